import NIOCore
import Synchronization

/// A client's request body on its way upstream: fails with `BodyTooLarge` as soon as more
/// than `limit` bytes have passed (counted while streaming, nothing collected), ends as
/// soon as a declared length has passed, and reports to `tracker` while a read is pending.
struct LimitedBody<Base: AsyncSequence & Sendable>: AsyncSequence, Sendable where Base.Element == ByteBuffer {
    typealias Element = ByteBuffer
    let base: Base
    let limit: Int
    let declaredLength: Int?
    let tracker: UploadTracker

    struct AsyncIterator: AsyncIteratorProtocol {
        let base: Base
        /// Made on the first read, and only if the tracker still allows reading: once the
        /// response is done, Hummingbird reads what is left, and there must be one reader.
        var iterator: Base.AsyncIterator?
        let limit: Int
        let declaredLength: Int?
        let tracker: UploadTracker
        var seen = 0

        mutating func next() async throws -> ByteBuffer? {
            if let declaredLength, seen >= declaredLength { return nil }
            guard tracker.begin() else { throw UploadAbandoned() }
            defer { tracker.end() }
            if iterator == nil { iterator = base.makeAsyncIterator() }
            guard let buffer = try await iterator!.next() else { return nil }
            seen += buffer.readableBytes
            if seen > limit { throw BodyTooLarge() }
            return buffer
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base, iterator: nil, limit: limit, declaredLength: declaredLength, tracker: tracker)
    }
}

/// The request body passed `OMNEO_ID_MAX_BODY`: 413.
struct BodyTooLarge: Error {}

/// The answer is complete while the upstream was still reading the request body (it
/// answered early): the rest of the upload is not sent.
struct UploadAbandoned: Error {}

/// Makes sure only one party reads the client's request body at a time.
///
/// Hummingbird reads whatever is left of a request body once the response is written;
/// the HTTP client may still be reading that same body (an upstream may answer before it
/// has read it all). Two readers at once is a crash. So before the response ends, the
/// forwarder calls ``close()``: no read starts after that, and a read in progress is
/// waited for.
final class UploadTracker: Sendable {
    private struct State {
        var busy = false
        var closed = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Whether a read may start (false once closed); if so, it is in progress until ``end()``.
    func begin() -> Bool {
        state.withLock { state in
            guard !state.closed else { return false }
            state.busy = true
            return true
        }
    }

    func end() {
        let waiters = state.withLock { state in
            state.busy = false
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Stops further reads and returns once none is in progress.
    func close() async {
        // Fast path (every request without a body, and most with one): no suspension.
        let idle = state.withLock { state in
            state.closed = true
            return !state.busy
        }
        if idle { return }
        await withCheckedContinuation { continuation in
            let idle = state.withLock { state in
                if state.busy {
                    state.waiters.append(continuation)
                    return false
                }
                return true
            }
            if idle { continuation.resume() }
        }
    }
}
