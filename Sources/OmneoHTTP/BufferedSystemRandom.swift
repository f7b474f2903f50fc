import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's CSPRNG (`getentropy`), fetched 256 bytes at a time for request ids and trace
/// ids: `SystemRandomNumberGenerator` makes one `getrandom` system call per 64-bit word, and a
/// relayed request needed five of them. The words are the kernel's, handed out once each.
public struct BufferedSystemRandom: RandomNumberGenerator {
    private struct Words: ~Copyable {
        var storage = [UInt64](repeating: 0, count: 32)
        var next = 32
    }

    private static let words = Mutex(Words())

    public init() {}

    public mutating func next() -> UInt64 {
        Self.words.withLock { words in
            if words.next == words.storage.count {
                words.storage.withUnsafeMutableBytes { Self.fill($0) }
                words.next = 0
            }
            defer { words.next += 1 }
            return words.storage[words.next]
        }
    }

    private static func fill(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        // getentropy(3): the kernel's `getrandom`, at most 256 bytes per call.
        var offset = 0
        while offset < buffer.count {
            let count = min(256, buffer.count - offset)
            if getentropy(buffer.baseAddress! + offset, count) != 0 {
                // Cannot happen on Linux ≥ 3.17; never hand out zeros anyway.
                var system = SystemRandomNumberGenerator()
                for word in stride(from: offset, to: offset + count, by: 8) {
                    buffer.storeBytes(of: system.next() as UInt64, toByteOffset: word, as: UInt64.self)
                }
            }
            offset += count
        }
        #else
        arc4random_buf(buffer.baseAddress!, buffer.count)
        #endif
    }
}
