import Logging
import OmneoIDConfiguration
import OmneoIDGateway

/// Installs the process-wide log handler: text by default, JSON lines with `OMNEO_ID_LOG_FORMAT=json`.
enum LogSetup {
    static func bootstrap(_ settings: OmneoIDSettings) {
        let level = settings.logLevel
        switch settings.logFormat {
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
        case .json:
            LoggingSystem.bootstrap { label in
                var handler = JSONLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
        }
    }
}
