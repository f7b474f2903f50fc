import Foundation
import Logging
import OmneoHTTP

/// A swift-log handler writing one JSON object per line to standard error:
/// `{"ts":…,"level":…,"logger":…,"message":…, <metadata>}`.
///
/// `ts` is UTC with milliseconds (`2026-12-04T17:17:09.123Z`). Metadata keeps its type: whole
/// numbers, fractions and booleans given as `.stringConvertible` are JSON numbers and
/// booleans, everything else a string. Hummingbird's own `hb.request.id` is left out: the
/// gateway's `request_id` (the `X-Request-Id` it answers with) is the one request id.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    let write: @Sendable (String) -> Void

    public init(label: String, write: @escaping @Sendable (String) -> Void = JSONLogHandler.standardError) {
        self.label = label
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: JSONValue] = [
            "ts": .string(Self.timestamp(Date())),
            "level": .string(event.level.rawValue),
            "logger": .string(label),
            "message": .string(event.message.description),
        ]
        let merged = metadata.merging(metadataProvider?.get() ?? [:]) { $1 }.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged where fields[key] == nil && !Self.omitted.contains(key) {
            fields[key] = Self.json(value)
        }
        guard let data = try? JSONBody.encoder.encode(fields), let line = String(data: data, encoding: .utf8) else { return }
        write(line + "\n")
    }

    /// Metadata keys never written (a second request id).
    static let omitted: Set<String> = ["hb.request.id"]

    /// UTC, milliseconds: `2026-12-04T17:17:09.123Z`.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    static func json(_ value: Logger.Metadata.Value) -> JSONValue {
        switch value {
        case .string(let string): .string(string)
        case .stringConvertible(let convertible): typed(convertible)
        case .array(let array): .array(array.map(json))
        case .dictionary(let dictionary): .object(dictionary.mapValues(json))
        }
    }

    /// Numbers and booleans as themselves; anything else as its description.
    static func typed(_ value: any CustomStringConvertible & Sendable) -> JSONValue {
        switch value {
        case let bool as Bool: .bool(bool)
        case let int as Int: .number(Double(int))
        case let int as Int64: .number(Double(int))
        case let int as UInt: .number(Double(int))
        case let int as UInt64: .number(Double(int))
        case let int as Int32: .number(Double(int))
        case let int as UInt32: .number(Double(int))
        case let int as Int16: .number(Double(int))
        case let int as UInt16: .number(Double(int))
        case let double as Double where double.isFinite: .number(double)
        default: .string(value.description)
        }
    }

    /// Writes to standard error in one call per line.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(line.utf8))
    }
}
