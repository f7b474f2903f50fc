import Foundation
import Logging
import OmneoHTTP

/// A swift-log handler writing one JSON object per line to standard error:
/// `{"ts":…,"level":…,"logger":…,"message":…, <metadata>}`.
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
            "ts": .string(Date().formatted(.iso8601)),
            "level": .string(event.level.rawValue),
            "logger": .string(label),
            "message": .string(event.message.description),
        ]
        let merged = metadata.merging(metadataProvider?.get() ?? [:]) { $1 }.merging(event.metadata ?? [:]) { $1 }
        for (key, value) in merged where fields[key] == nil {
            fields[key] = Self.json(value)
        }
        guard let data = try? JSONBody.encoder.encode(fields), let line = String(data: data, encoding: .utf8) else { return }
        write(line + "\n")
    }

    static func json(_ value: Logger.Metadata.Value) -> JSONValue {
        switch value {
        case .string(let string): .string(string)
        case .stringConvertible(let convertible): .string(convertible.description)
        case .array(let array): .array(array.map(json))
        case .dictionary(let dictionary): .object(dictionary.mapValues(json))
        }
    }

    /// Writes to standard error in one call per line.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(line.utf8))
    }
}
