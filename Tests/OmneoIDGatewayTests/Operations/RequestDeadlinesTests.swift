import Testing

@testable import OmneoIDGateway

/// The connection deadlines' decisions (the channel handler only carries them out).
@Suite struct RequestDeadlinesTests {
    static let second: UInt64 = 1_000_000_000

    static func deadlines() -> RequestDeadlines {
        RequestDeadlines(headLimit: .seconds(10), stallLimit: .seconds(10))
    }

    @Test func aHeadMustBeCompleteTenSecondsAfterItsFirstByte() {
        var state = Self.deadlines()
        #expect(state.bytesArrived(now: 0) == 10 * Self.second)
        // More bytes of the same head do not extend it (a slowloris drips one at a time).
        #expect(state.bytesArrived(now: 9 * Self.second) == nil)
        #expect(state.timerFired(now: 10 * Self.second) == .answerTimeoutAndClose)
    }

    @Test func aWaitingConnectionHasNoHeadDeadline() {
        var state = Self.deadlines()
        #expect(state.timerFired(now: 100 * Self.second) == .nothing)
    }

    @Test func eachBodyStallMayLastTenSeconds() {
        var state = Self.deadlines()
        _ = state.bytesArrived(now: 0)
        #expect(state.headParsed(now: 1 * Self.second) == 11 * Self.second)
        state.readRequested(now: 1 * Self.second)
        _ = state.bytesArrived(now: 8 * Self.second)  // progress moves the deadline
        state.readRequested(now: 8 * Self.second)
        #expect(state.timerFired(now: 11 * Self.second) == .checkAgain(at: 18 * Self.second))
        #expect(state.timerFired(now: 18 * Self.second) == .answerTimeoutAndClose)
    }

    @Test func aStallWhileTheGatewayHoldsReadsBackDoesNotCount() {
        var state = Self.deadlines()
        _ = state.bytesArrived(now: 0)
        _ = state.headParsed(now: 0)
        _ = state.bytesArrived(now: 1 * Self.second)  // and no read asked for since (backpressure)
        #expect(state.timerFired(now: 11 * Self.second) == .checkAgain(at: 21 * Self.second))
        state.readRequested(now: 30 * Self.second)
        #expect(state.timerFired(now: 39 * Self.second) == .checkAgain(at: 40 * Self.second))
        #expect(state.timerFired(now: 40 * Self.second) == .answerTimeoutAndClose)
    }

    @Test func onceAnAnswerHasStartedAStallOnlyCloses() {
        var state = Self.deadlines()
        _ = state.bytesArrived(now: 0)
        _ = state.headParsed(now: 0)
        state.readRequested(now: 0)
        state.answerHeadWritten()
        #expect(state.timerFired(now: 10 * Self.second) == .close)
    }

    @Test func aReadRequestIsDoneWithItsDeadlinesUntilTheNextHead() {
        var state = Self.deadlines()
        _ = state.bytesArrived(now: 0)
        _ = state.headParsed(now: 0)
        state.requestEnded()
        #expect(state.timerFired(now: 60 * Self.second) == .nothing)
        state.answerHeadWritten()
        state.answerEnded()
        #expect(state.phase == .waiting)
        #expect(state.bytesArrived(now: 100 * Self.second) == 110 * Self.second)
    }
}
