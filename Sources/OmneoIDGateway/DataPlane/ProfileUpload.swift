import NIOCore
import NIOHTTP1

/// The request side of a write relayed by the data plane (`POST|PUT|PATCH|DELETE
/// /profiles/me[/…]`): the client's body parts, up to its `end`, go to the upstream exchange as
/// they come, with backpressure (`wantsRead` is false while a part is being written upstream,
/// so the handler reads nothing more from the client meanwhile).
///
/// Past `OMNEO_ID_MAX_BODY` (a chunked body; a declared length over it never gets here) it
/// stops: `onTooLarge` answers the route's 413, and the rest of the body is read and dropped,
/// as Hummingbird drains a body its handler left. The same once the answer ended early (the
/// upstream answered, or failed, before the whole body was sent): `discardRest()`.
final class ProfileUpload {
    private let exchange: UpstreamExchange
    private let hasBody: Bool
    private let limit: Int
    private let onTooLarge: () -> Void
    /// A write upstream completed and none is pending: reading may resume.
    private let onWritten: () -> Void
    private var received = 0
    private var pendingWrites = 0
    private var isDiscarding = false
    /// The client's `end` arrived: nothing more belongs to this request.
    private(set) var isComplete = false

    init(
        exchange: UpstreamExchange, hasBody: Bool, limit: Int, onTooLarge: @escaping () -> Void,
        onWritten: @escaping () -> Void
    ) {
        self.exchange = exchange
        self.hasBody = hasBody
        self.limit = limit
        self.onTooLarge = onTooLarge
        self.onWritten = onWritten
    }

    /// Whether the handler may read more from the client now.
    var wantsRead: Bool { !isComplete && (isDiscarding || pendingWrites == 0) }

    func receive(_ part: HTTPServerRequestPart) {
        switch part {
        case .head:
            return
        case .body(let buffer):
            guard !isDiscarding else { return }
            received += buffer.readableBytes
            guard received <= limit else {
                isDiscarding = true
                return onTooLarge()
            }
            pendingWrites += 1
            // A failed write needs nothing here: the exchange fails too, and the relay answers.
            exchange.writeBodyPart(buffer).assumeIsolated().whenComplete { [self] _ in
                pendingWrites -= 1
                if pendingWrites == 0 { onWritten() }
            }
        case .end:
            isComplete = true
            if hasBody, !isDiscarding { exchange.finishBody() }
        }
    }

    /// The answer ended before the body: what is left of it is read and dropped.
    func discardRest() {
        isDiscarding = true
    }
}
