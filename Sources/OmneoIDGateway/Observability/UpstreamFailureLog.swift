import Logging
import NIOCore
import Synchronization

/// One warning line per upstream failure that reaches a client (`unavailable`, `timeout`,
/// `refused_credentials`, `bad_response`, `status_5xx`), with the call and the request id,
/// at most one per second per kind: the lines held back in between are counted and the
/// next line of that kind says how many (`suppressed`). Never the token or the URL's query.
final class UpstreamFailureLog: Sendable {
    typealias Clock = @Sendable () -> UInt64

    private struct KindState {
        var lastLogged: UInt64?
        var suppressed = 0
    }

    let logger: Logger
    private let now: Clock
    private let states = Mutex<[String: KindState]>([:])
    static let interval: UInt64 = 1_000_000_000

    init(logger: Logger = Logger(label: "omneo-id.upstream"), now: @escaping Clock = { NIODeadline.now().uptimeNanoseconds }) {
        self.logger = logger
        self.now = now
    }

    /// Logs the failure, unless one of the same kind was logged less than a second ago.
    func report(call: String, kind: String, requestID: String?) {
        let now = now()
        let suppressed: Int? = states.withLock { states in
            var state = states[kind, default: KindState()]
            defer { states[kind] = state }
            if let last = state.lastLogged, now - last < Self.interval {
                state.suppressed += 1
                return nil
            }
            let suppressed = state.suppressed
            state.lastLogged = now
            state.suppressed = 0
            return suppressed
        }
        guard let suppressed else { return }
        logger.warning(
            "upstream failure",
            metadata: [
                "upstream.call": .string(call),
                "upstream.kind": .string(kind),
                "request_id": .string(requestID ?? "-"),
                "suppressed": .stringConvertible(suppressed),
            ])
    }
}
