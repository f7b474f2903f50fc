import HTTPTypes
import NIOCore
import OmneoHTTP

/// A `/locations` cache miss on one client connection: it waits for the fill (led here or
/// joined, `LocationMisses.fill`) and makes the answer the route would write from its result,
/// `X-Cache: MISS` (`StoredResponse.answer`), or the route's 502/504 when the fill failed.
final class LocationRelay: DataPlaneRelay {
    /// What the dispatcher prepared.
    struct Plan {
        let location: LocationTarget
        let method: HTTPRequest.Method
        /// The request's headers (`If-None-Match` decides a 304).
        let headers: HTTPFields
        /// Adds CORS, `X-Request-Id` and `Date` to the client's answer.
        let finish: (inout HTTPFields) -> Void
        let record: DataPlaneAnswer.Record
        var closesConnection: Bool
    }

    private var plan: Plan
    private let onAnswered: (LocationRelay, DataPlaneAnswer) -> Void
    private var isCancelled = false
    private(set) var record: DataPlaneAnswer.Record

    /// - Parameter onAnswered: called once, on the connection's loop, with the answer to write.
    init(plan: Plan, onAnswered: @escaping (LocationRelay, DataPlaneAnswer) -> Void) {
        self.plan = plan
        self.record = plan.record
        self.onAnswered = onAnswered
    }

    /// Starts (or joins) the fill through `pool`, the connection's loop's.
    func start(_ misses: LocationMisses, pool: UpstreamConnectionPool) {
        misses.fill(plan.location, requestID: plan.record.requestID, pool: pool) { [self] result in
            guard !isCancelled else { return }
            onAnswered(self, answer(result))
        }
    }

    func channelWritable() {}

    func closeAfterAnswer() {
        plan.closesConnection = true
    }

    /// The client went away: the fill goes on for the others (and the cache), nothing is written.
    func cancel() {
        isCancelled = true
    }

    private func answer(_ result: Result<StoredResponse, OmneoHTTPError>) -> DataPlaneAnswer {
        var record = plan.record
        switch result {
        case .success(let stored):
            let answer = stored.answer(method: plan.method, headers: plan.headers, cacheStatus: "MISS", age: nil)
            record.status = answer.status.code
            return DataPlaneAnswer(
                answer, finish: plan.finish, closesConnection: plan.closesConnection, record: record)
        case .failure(let error):
            record.status = error.status.code
            return DataPlaneAnswer(error: error, finish: plan.finish, closesConnection: plan.closesConnection, record: record)
        }
    }
}

extension DataPlaneAnswer {
    /// A `StoredResponse`'s answer, as the route writes it (a 304 and HEAD without a body).
    init(
        _ stored: StoredResponse.Answer, finish: (inout HTTPFields) -> Void, closesConnection: Bool, record: Record
    ) {
        let body: ByteBuffer? = if case .bytes(let bytes) = stored.body { bytes } else { nil }
        var headers = stored.headers
        finish(&headers)
        self.init(
            response: HTTPResponse(status: stored.status, headerFields: headers), body: body,
            closesConnection: closesConnection, record: record)
    }

    /// An error answer as `OmneoErrorMiddleware` renders it (Omneo's JSON body, with its length).
    init(error: OmneoHTTPError, finish: (inout HTTPFields) -> Void, closesConnection: Bool, record: Record) {
        let rendered = JSONBody.rendered(error.body, status: error.status, headers: error.headers)
        var headers = rendered.headers
        finish(&headers)
        self.init(
            response: HTTPResponse(status: rendered.status, headerFields: headers), body: rendered.body,
            closesConnection: closesConnection, record: record)
    }
}
