import Foundation
import PostgresNIO

/// Decodes a `Decodable` record from a row, column by coding key, the way GRDB does for SQLite:
/// text, integer, boolean and double columns map to `String`, `Int`, `Bool`, `Double`; any other
/// type is JSON stored as text.
struct PostgresRowDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from row: PostgresRow) throws -> T {
        try T(from: RowDecoder(row: row.makeRandomAccess()))
    }
}

private struct RowDecoder: Decoder {
    let row: PostgresRandomAccessRow
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowContainer<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: [], debugDescription: "a row decodes as a keyed container only"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: [], debugDescription: "a row decodes as a keyed container only"))
    }
}

private struct RowContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: PostgresRandomAccessRow
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { row.compactMap { Key(stringValue: $0.columnName) } }

    func contains(_ key: Key) -> Bool { row.contains(key.stringValue) }

    func decodeNil(forKey key: Key) throws -> Bool {
        try cell(key).bytes == nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let cell = try cell(key)
        guard cell.bytes != nil else {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: [key], debugDescription: "column is NULL"))
        }
        switch T.self {
        case is String.Type: return try cell.decode(String.self) as! T
        case is Int.Type: return try cell.decode(Int.self) as! T
        case is Bool.Type: return try cell.decode(Bool.self) as! T
        case is Double.Type: return try cell.decode(Double.self) as! T
        default:
            let json = try cell.decode(String.self)
            return try JSONDecoder().decode(T.self, from: Data(json.utf8))
        }
    }

    private func cell(_ key: Key) throws -> PostgresCell {
        guard row.contains(key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no such column"))
        }
        return row[key.stringValue]
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: [key], debugDescription: "nested values are JSON text"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: [key], debugDescription: "nested values are JSON text"))
    }

    func superDecoder() throws -> any Decoder { throw unsupported }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw unsupported }

    private var unsupported: DecodingError {
        DecodingError.typeMismatch(Any.self, .init(codingPath: [], debugDescription: "unsupported"))
    }
}
