import Foundation
import NIOCore
import NIOFoundationEssentialsCompat

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rewrites upstream URLs in a JSON answer (`links`, `meta.path`, `meta.links[].url` …)
/// without re-encoding the document: only the string values that name an upstream URL are
/// replaced; every other byte stays as the upstream sent it.
enum JSONURLRewriting {
    /// The largest answer rewritten; larger ones stream through unchanged.
    static let limit = 1024 * 1024

    /// The rewritten body, or `nil` when nothing had to change (or it is not JSON text).
    static func rewrite(_ body: ByteBuffer, _ rewriter: UpstreamURLRewriter) -> ByteBuffer? {
        let marker = Array(rewriter.marker.utf8)
        let bytes = body.readableBytesView
        // Fast path: the upstream's host (which holds no `/`, so no `\/` escaping) is absent.
        guard !marker.isEmpty, contains(bytes, marker) else { return nil }
        var output = ByteBuffer()
        output.reserveCapacity(bytes.count)
        var copiedUpTo = bytes.startIndex
        var index = bytes.startIndex
        var changed = false
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            // A string token: find its closing quote.
            var end = index + 1
            while end < bytes.endIndex && bytes[end] != UInt8(ascii: "\"") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard end < bytes.endIndex else { return nil }  // Not JSON text: leave it.
            let token = bytes[index...end]
            defer { index = end + 1 }
            guard !isKey(bytes, after: end), contains(token, marker),
                let text = try? JSONDecoder().decode(String.self, from: Data(token))
            else { continue }
            let replacement: String
            switch rewriter.rewrite(text[...]) {
            case .foreign: continue
            case .unmappable: replacement = "null"
            case .rewritten(let url): replacement = encoded(url)
            }
            output.writeBytes(bytes[copiedUpTo..<index])
            output.writeString(replacement)
            copiedUpTo = end + 1
            changed = true
        }
        guard changed else { return nil }
        output.writeBytes(bytes[copiedUpTo..<bytes.endIndex])
        return output
    }

    /// Whether `needle` (not empty) occurs in `bytes`: `memchr` + `memcmp` over the buffer's
    /// contiguous storage. (FoundationEssentials' generic `firstRange(of:)` on a `ByteBufferView` was a
    /// quarter of the data plane's CPU per `/profiles/me` in a profile.)
    static func contains(_ bytes: ByteBufferView, _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        let found = bytes.withContiguousStorageIfAvailable { haystack in
            needle.withUnsafeBufferPointer { needle -> Bool in
                guard var start = haystack.baseAddress, let wanted = needle.baseAddress else { return false }
                var remaining = haystack.count
                while remaining >= needle.count {
                    // The next place the first byte occurs, then the rest compared at once.
                    guard let hit = memchr(start, Int32(wanted.pointee), remaining - needle.count + 1) else { return false }
                    let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(candidate, wanted, needle.count) == 0 { return true }
                    let skipped = candidate - start + 1
                    start += skipped
                    remaining -= skipped
                }
                return false
            }
        }
        return found ?? (bytes.firstRange(of: needle) != nil)
    }

    /// Whether the next non-space byte after `end` is `:` (the token is an object key).
    private static func isKey(_ bytes: ByteBufferView, after end: Int) -> Bool {
        var index = end + 1
        while index < bytes.endIndex, [0x20, 0x09, 0x0a, 0x0d].contains(bytes[index]) { index += 1 }
        return index < bytes.endIndex && bytes[index] == UInt8(ascii: ":")
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    private static func encoded(_ url: String) -> String {
        // A String always encodes.
        String(decoding: try! encoder.encode(url), as: UTF8.self)
    }
}
