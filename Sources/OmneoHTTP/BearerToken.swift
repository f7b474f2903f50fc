import HTTPTypes
import Hummingbird

/// The credential of an `Authorization: Bearer …` header.
public enum BearerToken {
    /// The token of the request's only `Authorization` header, when it uses the Bearer scheme.
    ///
    /// Returns `nil` when there is no such header, more than one, another scheme, or an empty token.
    public static func from(_ request: Request) -> Substring? {
        from(request.headers)
    }

    public static func from(_ headers: HTTPFields) -> Substring? {
        var iterator = headers[values: .authorization].makeIterator()
        guard let value = iterator.next(), iterator.next() == nil else { return nil }
        let prefix = "bearer "
        guard value.utf8.count > prefix.utf8.count,
            value.prefix(prefix.count).lowercased() == prefix
        else { return nil }
        let token = value.dropFirst(prefix.count).drop(while: { $0 == " " })
        // Byte scan: `contains(" ")` on a Substring goes through a slow Foundation search;
        // over the contiguous UTF-8 bytes (always available for native strings) it is a memchr-like loop.
        guard !token.isEmpty else { return nil }
        let space = UInt8(ascii: " ")
        let hasSpace = token.utf8.withContiguousStorageIfAvailable { $0.contains(space) } ?? token.utf8.contains(space)
        guard !hasSpace else { return nil }
        return token
    }
}
