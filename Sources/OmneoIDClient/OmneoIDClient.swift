import Foundation
import OmneoModels

/// The app side of Omneo ID: the signed-in shopper's profile and the retailer's locations,
/// called with an ID token that the client keeps fresh.
///
/// The client knows when its token expires. It asks `refreshToken` (typically a call to
/// your own back end, which uses ``OmneoIDServerClient``) for a new one shortly before
/// then, and once more if the server rejects a token with 401, retrying that call once.
/// Concurrent calls share a single refresh.
///
/// ```swift
/// let omneo = OmneoIDClient(baseURL: gatewayURL) { try await myBackend.idToken() }
/// let profile = try await omneo.me.get()
/// ```
public struct OmneoIDClient: Sendable {
    let requester: Requester
    let tokens: TokenKeeper

    /// The signed-in shopper's profile (`/profiles/me/…`); needs a profile token.
    public var me: Me { Me(client: self) }
    /// The retailer's locations (`/locations`).
    public var locations: Locations { Locations(client: self) }

    /// - Parameters:
    ///   - baseURL: the gateway's API base, e.g. `https://id.example.com/id/api/v1`.
    ///   - token: a token already at hand; without one the first call asks `refreshToken`.
    ///   - refreshMargin: how many seconds before expiry a token is replaced (default 60).
    ///   - transport: how requests are sent (`URLSession` by default).
    ///   - refreshToken: returns a new ID token; its errors are rethrown by the call that needed it.
    public init(
        baseURL: URL, token: IDToken? = nil, refreshMargin: TimeInterval = 60,
        transport: any HTTPTransport = URLSessionTransport(),
        refreshToken: @escaping @Sendable () async throws -> IDToken
    ) {
        self.init(
            baseURL: baseURL, token: token, refreshMargin: refreshMargin, transport: transport, now: { Date() },
            refreshToken: refreshToken)
    }

    init(
        baseURL: URL, token: IDToken?, refreshMargin: TimeInterval, transport: any HTTPTransport,
        now: @escaping @Sendable () -> Date, refreshToken: @escaping @Sendable () async throws -> IDToken
    ) {
        self.requester = Requester(baseURL: baseURL, transport: transport)
        self.tokens = TokenKeeper(token: token, margin: refreshMargin, now: now, refresh: refreshToken)
    }

    /// Finds the shopper by e-mail (then mobile) or creates them; on an existing profile only
    /// the comms flags sent change. Works with an anonymous token. The answer is the same
    /// whether the profile existed or not.
    public func findOrCreateProfile(_ signup: ProfileSignupFields) async throws {
        let response = try await send(.post, try RequestPath("profiles"), body: try JSONCoding.body(signup))
        guard try response.data(SuccessBody.self).success else {
            throw OmneoIDError.unexpectedResponse(status: response.status, detail: "The answer did not report success.")
        }
    }

    /// Sends with the current token; after a 401, once more with a refreshed one.
    func send(
        _ method: HTTPMethod, _ path: RequestPath, query: [URLQueryItem] = [], body: Data? = nil
    ) async throws -> TransportResponse {
        let token = try await tokens.current()
        do {
            return try await requester.send(method, path, query: query, body: body, bearer: token.token)
        } catch let error as OmneoIDError where error.status == 401 {
            let fresh = try await tokens.replacing(token.token)
            return try await requester.send(method, path, query: query, body: body, bearer: fresh.token)
        }
    }

    /// `data` of the answer, decoded.
    func data<T: Codable & Sendable>(
        _ type: T.Type, _ method: HTTPMethod, _ path: RequestPath, query: [URLQueryItem] = [],
        body: Data? = nil
    ) async throws -> T {
        try await send(method, path, query: query, body: body).data(type)
    }

    /// A page of a collection.
    func page<T: Codable & Sendable>(
        _ type: T.Type, _ path: RequestPath, query: [URLQueryItem]
    ) async throws -> PageEnvelope<T> {
        try await send(.get, path, query: query).decode(PageEnvelope<T>.self)
    }
}
