import Foundation
import OmneoHTTP
import OmneoIDGateway
import Synchronization

/// Lines for the operator on standard output (URLs, the sandbox token), apart from the logs.
/// With `OMNEO_ID_LOG_FORMAT=json` each is a JSON event like the log lines
/// (`{"ts":…,"level":"notice","logger":"omneo-id","message":…}`), so a log pipeline reading
/// both streams never meets a line it cannot parse.
enum Console {
    private static let json = Mutex(false)

    /// Set once at start by `LogSetup`.
    static func setJSON(_ on: Bool) {
        json.withLock { $0 = on }
    }

    static func print(_ line: String) {
        guard json.withLock({ $0 }) else {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
            return
        }
        let event: [String: JSONValue] = [
            "ts": .string(JSONLogHandler.timestamp(Date())), "level": .string("notice"),
            "logger": .string("omneo-id"), "message": .string(line),
        ]
        guard let data = try? JSONBody.encoder.encode(event) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
