import HTTPTypes
import Hummingbird
import OmneoHTTP
import OmneoModels

/// `POST /id/api/v1/profiles`: find-or-create a shopper's profile, changing only comms flags.
///
/// Open to any valid ID token, anonymous included, so the answer is the same 200 whether
/// the profile existed or not (DESIGN §2.3).
struct FindOrCreateRoutes {
    let service: FindOrCreateService
    /// The largest body read; a signup is small, so this is far below `OMNEO_ID_MAX_BODY`.
    let maxBody: Int

    static let bodyLimit = 64 * 1024

    init(upstream: Upstream, maxBody: Int, lock: any ProfileLock) {
        self.service = FindOrCreateService(upstream: upstream, lock: lock)
        self.maxBody = min(maxBody, Self.bodyLimit)
    }

    /// The token was verified before (``IDTokenRequestContext``).
    func findOrCreate(_ request: Request, context authenticated: IDTokenRequestContext) async throws -> Response {
        let context = authenticated.gateway
        let body = try await JSONBody.object(from: request, limit: maxBody)
        let signup = try ProfileSignup(validating: body)
        let outcome = try await service.run(signup, requestID: context.requestID, logger: context.logger)
        context.logger.debug("find-or-create", metadata: ["outcome": "\(outcome.rawValue)"])
        return Self.success()
    }

    /// The one answer for created, updated and unchanged alike.
    static func success() -> Response {
        JSONBody.response(DataEnvelope(data: SuccessBody()), headers: [.cacheControl: "no-store"])
    }
}
