import Foundation
import PostgresNIO

/// The columns of an `Encodable` record and their bindings, the way GRDB stores records in
/// SQLite: `String`, `Int`, `Bool`, `Double` as such, `nil` as `NULL` (never left out), any
/// other type as JSON text.
struct PostgresRowEncoder {
    /// Column names in the record's coding order, and one value per column.
    struct Columns {
        var names: [String] = []
        var values: [PostgresColumnValue] = []

        /// The value of `name`, if the record has such a column.
        func value(of name: String) -> PostgresColumnValue? {
            names.firstIndex(of: name).map { values[$0] }
        }

        /// These columns without `name`.
        func removing(_ name: String) -> Columns {
            guard let index = names.firstIndex(of: name) else { return self }
            var columns = self
            columns.names.remove(at: index)
            columns.values.remove(at: index)
            return columns
        }
    }

    static func columns<T: Encodable>(of record: T) throws -> Columns {
        let storage = ColumnStorage()
        try record.encode(to: RowEncoder(storage: storage))
        return storage.columns
    }
}

/// One column value, ready to bind.
enum PostgresColumnValue: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int)
    case bool(Bool)
    case double(Double)

    func bind(to bindings: inout PostgresBindings) {
        switch self {
        case .null: bindings.appendNull()
        case .text(let value): bindings.append(value)
        case .integer(let value): bindings.append(value)
        case .bool(let value): bindings.append(value)
        case .double(let value): bindings.append(value)
        }
    }
}

private final class ColumnStorage {
    var columns = PostgresRowEncoder.Columns()

    func set(_ name: String, _ value: PostgresColumnValue) {
        if let index = columns.names.firstIndex(of: name) {
            columns.values[index] = value
        } else {
            columns.names.append(name)
            columns.values.append(value)
        }
    }
}

private struct RowEncoder: Encoder {
    let storage: ColumnStorage
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(RowContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure("a record encodes as a keyed container only")
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        preconditionFailure("a record encodes as a keyed container only")
    }
}

private struct RowContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: ColumnStorage
    var codingPath: [any CodingKey] { [] }

    private static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    mutating func encodeNil(forKey key: Key) throws { storage.set(key.stringValue, .null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        storage.set(key.stringValue, try Self.columnValue(value))
    }

    // Synthesised `Encodable` skips `nil` optionals through `encodeIfPresent`; a row needs NULL.
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        storage.set(key.stringValue, try value.map(Self.columnValue) ?? .null)
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        storage.set(key.stringValue, value.map(PostgresColumnValue.text) ?? .null)
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        storage.set(key.stringValue, value.map(PostgresColumnValue.integer) ?? .null)
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        storage.set(key.stringValue, value.map(PostgresColumnValue.bool) ?? .null)
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        storage.set(key.stringValue, value.map(PostgresColumnValue.double) ?? .null)
    }

    static func columnValue<T: Encodable>(_ value: T) throws -> PostgresColumnValue {
        switch value {
        case let value as String: return .text(value)
        case let value as Int: return .integer(value)
        case let value as Bool: return .bool(value)
        case let value as Double: return .double(value)
        default: return .text(String(decoding: try jsonEncoder.encode(value), as: UTF8.self))
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        preconditionFailure("nested values are stored as JSON text")
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure("nested values are stored as JSON text")
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure("unsupported") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure("unsupported") }
}
