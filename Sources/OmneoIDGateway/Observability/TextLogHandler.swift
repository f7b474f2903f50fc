import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// swift-log's `StreamLogHandler` text format, line for line —
/// `<timestamp> <level> <label>: <key=value …> [<source>] <message>` — but cheaper per request:
///
/// * metadata is formatted when a line is written, not on every change: `StreamLogHandler`
///   sorts and formats all metadata each time a key is set, and the gateway (`request_id`)
///   and Hummingbird (`hb.request.id`) set one per request even when nothing is logged;
/// * lines go through ``LogLineWriter`` (buffered, no `FILE` lock; `notice` and above at once).
public struct TextLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    let label: String
    let writer: LogLineWriter

    public init(
        label: String, metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider,
        writer: LogLineWriter = .standardError
    ) {
        self.label = label
        self.metadataProvider = metadataProvider
        self.writer = writer
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let pretty = Self.prettify(Self.effectiveMetadata(base: metadata, provider: metadataProvider, event: event))
        let line =
            "\(Self.timestamp()) \(event.level)\(label.isEmpty ? "" : " ")\(label):\(pretty.map { " \($0)" } ?? "") [\(event.source)] \(event.message)\n"
        writer.write(line, urgent: event.level > .info)
    }

    /// As `StreamLogHandler`: the handler's metadata, then the provider's, then the event's; an
    /// error adds `error.message` and `error.type`.
    static func effectiveMetadata(base: Logger.Metadata, provider: Logger.MetadataProvider?, event: LogEvent) -> Logger.Metadata {
        var metadata = base
        if let provided = provider?.get(), !provided.isEmpty {
            metadata.merge(provided, uniquingKeysWith: { _, provided in provided })
        }
        if let explicit = event.metadata, !explicit.isEmpty {
            metadata.merge(explicit, uniquingKeysWith: { _, explicit in explicit })
        }
        if let error = event.error {
            metadata["error.message"] = "\(error)"
            metadata["error.type"] = "\(String(reflecting: type(of: error)))"
        }
        return metadata
    }

    /// `key=value` pairs sorted by key, space-separated; `nil` when there are none.
    static func prettify(_ metadata: Logger.Metadata) -> String? {
        if metadata.isEmpty { return nil }
        return metadata.lazy.sorted(by: { $0.key < $1.key }).map { "\($0)=\($1)" }.joined(separator: " ")
    }

    /// Local time as `%Y-%m-%dT%H:%M:%S%z`, like `StreamLogHandler` (with `localtime_r`, which
    /// does not re-read the time zone file on every call as `localtime` does).
    static func timestamp() -> String {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil else { return "<unknown>" }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let count = strftime(buffer.baseAddress!, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &local)
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: count), as: UTF8.self)
        }
    }
}
