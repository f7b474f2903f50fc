/// The deadlines of one client connection (DESIGN §2.2, *Resources are bounded per
/// caller*), as a plain state machine that a channel handler drives:
/// * a request head must be complete within `headLimit` of its first byte (slowloris);
/// * while a request body is being read, each stall (no byte while the gateway is asking
///   for more) may last at most `stallLimit`;
/// * between requests the connection's idle timeout applies (Hummingbird's `idleTimeout`).
///
/// A stall does not count while the gateway itself holds reads back (backpressure from a
/// slow upstream): the clock restarts when the gateway asks for bytes again.
struct RequestDeadlines {
    enum Phase: Equatable {
        /// No byte of the next request yet.
        case waiting
        /// Bytes of a request head arrived; it is not complete.
        case head
        /// The head is complete; its body is being read.
        case body
        /// The whole request was read; the answer is being made.
        case handling
    }

    /// What the handler does when its timer fires.
    enum Expiry: Equatable {
        case nothing
        /// Check again at this instant (the deadline moved).
        case checkAgain(at: UInt64)
        /// Deadline passed and no answer has started: answer 408, then close.
        case answerTimeoutAndClose
        /// Deadline passed while an answer is being written: close.
        case close
    }

    let headLimit: UInt64
    let stallLimit: UInt64
    private(set) var phase = Phase.waiting
    /// When the current phase's limit runs out (nanoseconds, same clock as `now`).
    private(set) var deadline: UInt64?
    private(set) var answerStarted = false
    /// Whether the gateway has asked for bytes that have not arrived yet.
    private var reading = true

    init(headLimit: Duration, stallLimit: Duration) {
        self.headLimit = Self.nanoseconds(headLimit)
        self.stallLimit = Self.nanoseconds(stallLimit)
    }

    /// Bytes arrived from the client. Returns a deadline to arm a timer for, if one started.
    mutating func bytesArrived(now: UInt64) -> UInt64? {
        reading = false
        switch phase {
        case .waiting:
            phase = .head
            deadline = now + headLimit
            return deadline
        case .body:
            deadline = now + stallLimit
            return nil
        case .head, .handling:
            return nil
        }
    }

    /// The gateway asked for more bytes (after a read, or after holding back).
    mutating func readRequested(now: UInt64) {
        if !reading, phase == .body { deadline = max(deadline ?? 0, now + stallLimit) }
        reading = true
    }

    /// A request head was parsed. Returns a deadline to arm a timer for.
    mutating func headParsed(now: UInt64) -> UInt64? {
        phase = .body
        deadline = now + stallLimit
        return deadline
    }

    mutating func requestEnded() {
        phase = .handling
        deadline = nil
    }

    mutating func answerHeadWritten() {
        answerStarted = true
    }

    mutating func answerEnded() {
        answerStarted = false
        if phase == .handling { phase = .waiting }
    }

    /// The timer armed for an earlier deadline fired at `now`.
    mutating func timerFired(now: UInt64) -> Expiry {
        guard let deadline, phase == .head || phase == .body else { return .nothing }
        if now < deadline { return .checkAgain(at: deadline) }
        if phase == .body && !reading {
            // The gateway is holding reads back, not the client stalling.
            self.deadline = now + stallLimit
            return .checkAgain(at: now + stallLimit)
        }
        self.deadline = nil
        return answerStarted ? .close : .answerTimeoutAndClose
    }

    static func nanoseconds(_ duration: Duration) -> UInt64 {
        let parts = duration.components
        return UInt64(max(0, parts.seconds)) * 1_000_000_000 + UInt64(max(0, parts.attoseconds) / 1_000_000_000)
    }
}
