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
        // The only `Authorization` field, found without building an array of values.
        var only: String?
        for field in headers where field.name == .authorization {
            guard only == nil else { return nil }
            only = field.value
        }
        guard let value = only else { return nil }
        return asciiToken(value) ?? token(value)
    }

    /// `token(_:)` for the usual all-ASCII value, as a byte scan (this runs for every request
    /// the data plane serves); `nil` when the value is not plain ASCII `Bearer <token>`, for
    /// `token(_:)` to decide by its `Character` rules.
    private static func asciiToken(_ value: String) -> Substring? {
        let bytes = value.utf8
        var index = bytes.startIndex
        for expected in "bearer ".utf8 {
            guard index != bytes.endIndex else { return nil }
            var byte = bytes[index]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 0x20 }
            guard byte == expected else { return nil }
            index = bytes.index(after: index)
        }
        while index != bytes.endIndex, bytes[index] == UInt8(ascii: " ") { index = bytes.index(after: index) }
        let start = index
        guard start != bytes.endIndex else { return nil }
        let plain = bytes[start...].withContiguousStorageIfAvailable { token in
            token.allSatisfy { $0 != UInt8(ascii: " ") && $0 < 0x80 }
        }
        guard plain == true else { return nil }
        return value[start...]
    }

    private static func token(_ value: String) -> Substring? {
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
