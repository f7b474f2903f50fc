import Foundation
import Hummingbird
import NIOCore
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// `/locations` cannot be used to spend the service token (DESIGN §2.4, issue 14): only
/// Omneo's list parameters reach the upstream, misses are limited per client and per
/// token, and 404s are cached briefly.
@Suite struct LocationAbuseTests {
    @Test func onlyOmneosListParametersAreAccepted() async throws {
        try await Operations.withGateway { upstream, gateway in
            let token = try await gateway.anonymousToken()
            for query in ["cb=1", "filter[type]=store&cb=2", "x", "filter=1", "filter[]=1", "page%5Bsize%5D=1&_=3", "%63b=1"] {
                let answer = try await Operations.send(.GET, gateway.baseURL + "/locations?" + query, token: token)
                #expect(answer.status == 400, "\(query)")
                #expect(answer.body.contains(#""message""#))
            }
            #expect(upstream.requests.isEmpty)
            for query in [
                // (Raw and escaped brackets are not mixed here: the test client would escape the `%`.)
                "filter[is_published]=1&filter[is_permanently_closed]=0", "filter%5Bis_published%5D=1&page%5Bsize%5D=2",
                "page[size]=5&page[number]=2", "sort=-name",
                "per_page=4&page=2", "include=address", "",
            ] {
                let answer = try await Operations.send(.GET, gateway.baseURL + "/locations?" + query, token: token)
                #expect(answer.status == 200, "\(query): \(answer.body)")
            }
        }
    }

    @Test func misses404AreCachedBriefly() async throws {
        let notFound: RecordingUpstream.Handler = { _ in
            Response(
                status: .notFound, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: #"{"message":"Not Found."}"#)))
        }
        try await Operations.withGateway(handler: notFound) { upstream, gateway in
            let token = try await gateway.anonymousToken()
            let start = ContinuousClock.now
            for _ in 0..<5 {
                let answer = try await Operations.send(.GET, gateway.baseURL + "/locations/424242", token: token)
                #expect(answer.status == 404)
                #expect(answer.body == #"{"message":"Not Found."}"#)
            }
            // One fetch, unless the machine was so slow that the 404's short lifetime ran out.
            let elapsed = ContinuousClock.now - start
            #expect(upstream.requests.count == 1 || elapsed >= .seconds(StoredResponse.notFoundLifetime))
            #expect(upstream.requests.count < 5)
            #expect(StoredResponse.notFoundLifetime <= 5)
        }
    }

    @Test func cacheMissesAreLimitedPerClientWhileHitsAreNot() async throws {
        let burst = 20
        try await Operations.withGateway(configure: {
            $0.locationsPublic = true
            $0.rateLimitLocationsMissesIP = RateLimitRouteTests.slow(burst: burst)
        }) { upstream, gateway in
            var statuses: [UInt] = []
            // A cache-busting loop of distinct (valid) queries, without any token.
            for page in 0..<(burst + 10) {
                statuses.append(try await Operations.send(.GET, gateway.baseURL + "/locations?page=\(page)").status)
            }
            #expect(statuses.prefix(burst).allSatisfy { $0 == 200 })
            #expect(statuses.dropFirst(burst).allSatisfy { $0 == 429 })
            #expect(upstream.requests.count == burst)
            // What is cached is still served.
            #expect(try await Operations.send(.GET, gateway.baseURL + "/locations?page=0").status == 200)
        }
    }

    @Test func theMissLimitsAreOnByDefault() {
        let settings = OmneoIDSettings()
        #expect(settings.rateLimitLocationsMissesIP == .init(perSecond: 10, burst: 50))
        #expect(settings.rateLimitLocationsMissesToken == .init(perSecond: 5, burst: 30))
    }

    @Test func cacheMissesAreLimitedPerToken() throws {
        let budget = LocationMissBudget(
            metrics: .disabled, maxKeys: 1_000, ipLimit: .init(perSecond: 1.0 / 3600, burst: 100),
            tokenLimit: .init(perSecond: 1.0 / 3600, burst: 2))
        let client = RateLimitKey(hashing: "203.0.113.1")
        let token = RateLimitKey(hashing: "anonymous:jti-1")
        try budget.take(client: client, token: token)
        try budget.take(client: client, token: token)
        #expect(throws: (any Error).self) { try budget.take(client: client, token: token) }
        try budget.take(client: client, token: RateLimitKey(hashing: "anonymous:jti-2"))
    }
}

@Suite struct LocationQueryTests {
    @Test func namesAreReadWithEscapedBrackets() throws {
        #expect(LocationQuery.decoded("filter%5Bis_permanently_closed%5D") == "filter[is_permanently_closed]")
        #expect(LocationQuery.isAccepted("filter[is_published]"))
        try LocationQuery.validate("filter[is_published]=1&filter%5Bis_permanently_closed%5D=0")
        #expect(throws: (any Error).self) { try LocationQuery.validate("cb=1") }
    }
}
