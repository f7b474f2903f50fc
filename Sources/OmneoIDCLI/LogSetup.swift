import Logging
import OmneoIDConfiguration
import OmneoIDGateway

/// Installs the process-wide log handler: text by default, JSON lines with `OMNEO_ID_LOG_FORMAT=json`.
///
/// Text lines are swift-log's `StreamLogHandler` format (`TextLogHandler`), written through
/// `LogLineWriter` (buffered: `info` and below may wait up to 200 ms, `notice` and above are
/// written at once).
enum LogSetup {
    static func bootstrap(_ settings: OmneoIDSettings) {
        Console.setJSON(settings.logFormat == .json)
        let level = settings.logLevel
        switch settings.logFormat {
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = TextLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            LogLineWriter.startPeriodicFlush()
        case .json:
            LoggingSystem.bootstrap { label in
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
        }
    }
}
