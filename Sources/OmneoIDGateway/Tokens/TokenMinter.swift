import NIOHTTP1
import OmneoHTTP
import OmneoModels

/// Turns a `MintRequest` into an ID token: looks the profile up upstream (with the
/// service token) when the request names one, then signs. Shared by `POST /auth/token`
/// and `omneo-id token`.
struct TokenMinter: Sendable {
    let issuer: TokenIssuer
    let upstream: Upstream

    /// 404 when the profile or identity does not exist upstream; 502/504 when the upstream fails.
    func mint(_ request: MintRequest, requestID: String? = nil) async throws -> MintedToken {
        let scope = try await resolve(request, requestID: requestID)
        let minted = try await issuer.mint(scope)
        upstream.metrics.tokenMinted(anonymous: scope == .anonymous)
        return minted
    }

    /// Whom `request` names: anonymous, or the profile it names as it exists upstream (looked up
    /// by id or by identity). Also used by `POST /auth/revoke`.
    /// - Throws: 404 when the profile or identity does not exist upstream; 502/504 when the upstream fails.
    func resolve(_ request: MintRequest, requestID: String? = nil) async throws -> TokenScope {
        switch request {
        case .anonymous:
            return .anonymous
        case .profile(let id):
            // An id that cannot be an Omneo profile id cannot exist upstream.
            guard let profileID = ProfileID(id) else { throw OmneoHTTPError.notFound }
            return .profile(try await lookUp(.GET, .profile(profileID), requestID: requestID))
        case .identity(let handle, let identifier):
            return .profile(
                try await lookUp(
                    .POST, "/profiles/search-id", body: IdentitySearch(type: handle, id: identifier),
                    requestID: requestID))
        }
    }

    private func lookUp(
        _ method: NIOHTTP1.HTTPMethod, _ path: UpstreamPath, body: IdentitySearch? = nil, requestID: String?
    ) async throws -> ProfileID {
        let response: Upstream.JSONResponse
        do {
            response = try await upstream.json(method, path, body: body, requestID: requestID)
        } catch let error as UpstreamError {
            throw error.httpError
        }
        switch response.status.code {
        case 200:
            do {
                return try response.decode(DataEnvelope<ProfileReference>.self).data.id
            } catch {
                throw UpstreamError.badResponse.httpError
            }
        case 404, 422:
            throw OmneoHTTPError.notFound
        default:
            throw UpstreamError.badResponse.httpError
        }
    }
}

/// The one field of a profile that minting needs.
struct ProfileReference: Codable, Sendable {
    let id: ProfileID
}
