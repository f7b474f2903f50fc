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
        var base: Base.AsyncIterator
        let limit: Int
        let declaredLength: Int?
        let tracker: UploadTracker
        var seen = 0

        mutating func next() async throws -> ByteBuffer? {
            if let declaredLength, seen >= declaredLength { return nil }
            tracker.begin()
            defer { tracker.end() }
            guard let buffer = try await base.next() else { return nil }
            seen += buffer.readableBytes
            if seen > limit { throw BodyTooLarge() }
            return buffer
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), limit: limit, declaredLength: declaredLength, tracker: tracker)
    }
}

/// The request body passed `OMNEO_ID_MAX_BODY`: 413.
struct BodyTooLarge: Error {}

/// Knows whether the upload is in the middle of reading the client's body.
///
/// Hummingbird reads whatever is left of a request body once the response is written;
/// the HTTP client may still be waiting for the end of that same body. Two readers at once
/// is a crash, so the response waits until the upload is idle.
final class UploadTracker: Sendable {
    private struct State {
        var busy = false
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func begin() {
        state.withLock { $0.busy = true }
    }

    func end() {
        let waiters = state.withLock { state in
            state.busy = false
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once no read of the client's body is pending.
    func waitUntilIdle() async {
        // Fast path (every request without a body, and most with one): no suspension.
        if state.withLock({ !$0.busy }) { return }
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
