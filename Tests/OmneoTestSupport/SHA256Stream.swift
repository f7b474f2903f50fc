import Crypto
import NIOCore

/// SHA-256 of a body read in pieces.
public struct SHA256Stream {
    private var hasher = SHA256()
    public private(set) var count = 0

    public init() {}

    public mutating func update(_ buffer: ByteBuffer) {
        count += buffer.readableBytes
        buffer.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
    }

    public var hex: String {
        hasher.finalize().map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
