import Foundation
import OmneoModels

/// The back-end side of Omneo ID: mints ID tokens for shoppers with the tenant's API token.
///
/// Keep the API token on the server; hand apps only the ``IDToken``s minted here.
///
/// ```swift
/// let server = OmneoIDServerClient(baseURL: gatewayURL, apiToken: apiToken)
/// let token = try await server.mintToken(identifier: "1004993MH", handle: "magento_id")
/// ```
public struct OmneoIDServerClient: Sendable {
    let requester: Requester
    let apiToken: String

    /// - Parameters:
    ///   - baseURL: the gateway's API base, e.g. `https://id.example.com/id/api/v1`.
    ///   - apiToken: the tenant's Omneo API token.
    ///   - transport: how requests are sent (`URLSession` by default).
    public init(baseURL: URL, apiToken: String, transport: any HTTPTransport = URLSessionTransport()) {
        self.requester = Requester(baseURL: baseURL, transport: transport)
        self.apiToken = apiToken
    }

    /// A token for the Omneo profile `profileID`; 404 when there is no such profile.
    public func mintToken(profileID: String) async throws -> IDToken {
        guard !profileID.isEmpty else { throw OmneoIDError.invalidRequest("The profile id is empty.") }
        return try await mint(TokenRequest(id: profileID))
    }

    /// A token for the profile `profileID`.
    public func mintToken(profileID: ProfileID) async throws -> IDToken {
        try await mintToken(profileID: profileID.rawValue)
    }

    /// A token for the profile holding identity `identifier` under `handle`
    /// (e.g. `"1004993MH"`, `"magento_id"`); 404 when none does.
    public func mintToken(identifier: String, handle: String) async throws -> IDToken {
        guard !identifier.isEmpty, !handle.isEmpty else {
            throw OmneoIDError.invalidRequest("The identifier and the handle must not be empty.")
        }
        return try await mint(TokenRequest(id: identifier, idHandle: handle))
    }

    /// A token for no profile in particular: enough for ``OmneoIDClient/findOrCreateProfile(_:)``
    /// and ``OmneoIDClient/locations``, not for ``OmneoIDClient/me``.
    public func mintAnonymousToken() async throws -> IDToken {
        try await mint(TokenRequest())
    }

    private func mint(_ request: TokenRequest) async throws -> IDToken {
        let response = try await requester.send(
            .post, try RequestPath("auth", "token"), body: try JSONCoding.body(request), bearer: apiToken)
        return IDToken(try response.data(TokenGrant.self))
    }
}
