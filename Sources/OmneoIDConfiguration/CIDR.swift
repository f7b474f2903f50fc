#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NIOCore

/// An IPv4 or IPv6 network such as `10.0.0.0/8` or `fd00::/8`.
public struct CIDR: Hashable, Sendable, CustomStringConvertible {
    let network: [UInt8]
    public let prefixLength: Int

    /// Parses `a.b.c.d/n`, `x:y::z/n`, or a bare address (a /32 or /128).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let bytes = CIDR.bytes(of: String(parts[0])) else { return nil }
        let maxLength = bytes.count * 8
        let length: Int
        if parts.count == 2 {
            guard let parsed = Int(parts[1]), (0...maxLength).contains(parsed) else { return nil }
            length = parsed
        } else {
            length = maxLength
        }
        self.network = CIDR.mask(bytes, to: length)
        self.prefixLength = length
    }

    /// Whether `address` (textual IPv4 or IPv6) lies in this network.
    public func contains(_ address: String) -> Bool {
        guard let bytes = CIDR.bytes(of: address) else { return false }
        return contains(bytes: bytes)
    }

    /// Whether the raw address bytes (4 or 16) lie in this network; IPv4-mapped IPv6 counts as IPv4.
    public func contains(bytes: [UInt8]) -> Bool {
        var bytes = bytes
        if bytes.count == 16, network.count == 4, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff,
            bytes[11] == 0xff
        {
            bytes = Array(bytes[12...])
        }
        guard bytes.count == network.count else { return false }
        return CIDR.mask(bytes, to: prefixLength) == network
    }

    public var description: String {
        let address = try? SocketAddress(packedIPAddress: ByteBuffer(bytes: network), port: 0)
        return "\(address?.ipAddress ?? "?")/\(prefixLength)"
    }

    /// The packed bytes of a textual IPv4 or IPv6 address.
    /// The packed bytes (4 or 16) of a textual IPv4 or IPv6 address; `nil` when it is not one.
    public static func bytes(of address: String) -> [UInt8]? {
        var v4 = [UInt8](repeating: 0, count: 4)
        if inet_pton(AF_INET, address, &v4) == 1 { return v4 }
        var v6 = [UInt8](repeating: 0, count: 16)
        if inet_pton(AF_INET6, address, &v6) == 1 { return v6 }
        return nil
    }

    static func mask(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bitsBefore = index * 8
            if length >= bitsBefore + 8 { return byte }
            if length <= bitsBefore { return 0 }
            return byte & ~(UInt8(0xff) >> (length - bitsBefore))
        }
    }
}
