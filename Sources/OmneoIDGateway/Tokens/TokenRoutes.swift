import Hummingbird
import OmneoHTTP
import OmneoIDConfiguration
import OmneoModels

/// `POST /id/api/v1/auth/token` (mint an ID token), `POST /id/api/v1/auth/revoke` (log out,
/// or log out everywhere) and `GET /.well-known/jwks.json`.
/// The API token is checked before these handlers run (``APITokenAuthenticationMiddleware``).
struct TokenRoutes {
    let minter: TokenMinter
    let revoker: TokenRevoker
    let keyRing: KeyRing

    /// Largest mint request body read.
    static let maxBody = 16 * 1024

    /// `POST /auth/token` (``RouteFamily/tokenMint``).
    func mint(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let body = try await Self.object(from: request)
        let minted = try await minter.mint(try MintRequest(body), requestID: context.requestID)
        return JSONBody.response(
            DataEnvelope(data: TokenGrant(token: minted.token, exp: minted.expiresAt)),
            headers: [.cacheControl: "no-store"])
    }

    /// `POST /auth/revoke` (``RouteFamily/tokenRevoke``).
    func revoke(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        let body = try await Self.object(from: request)
        try await revoker.revoke(try RevokeRequest(body), requestID: context.requestID)
        return JSONBody.response(
            DataEnvelope(data: RevocationResult(revoked: true)), headers: [.cacheControl: "no-store"])
    }

    /// `GET|HEAD /.well-known/jwks.json` (``RouteFamily/jwks``).
    func jwks(_ request: Request, context: GatewayRequestContext) async throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json", .cacheControl: "public, max-age=300"],
            body: .init(byteBuffer: keyRing.publicJWKS))
    }

    /// The JSON object body; an empty body counts as `{}` (an anonymous token; for a revocation, 422).
    static func object(from request: Request) async throws -> [String: JSONValue] {
        if request.headers[.contentLength] == "0"
            || (request.headers[.contentLength] == nil && request.headers[.transferEncoding] == nil)
        {
            return [:]
        }
        return try await JSONBody.object(from: request, limit: maxBody)
    }
}
