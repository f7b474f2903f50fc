import HTTPTypes
import Hummingbird
import OmneoHTTP
import OmneoModels

/// `/id/api/v1/profiles/me[/…]` → `{upstream}/profiles/{sub}[/…]`, for a profile token only,
/// as the profile policy allows. The token was verified, and found to be a profile's, before
/// (``ProfileRequestContext``).
struct ProfileProxyRoutes {
    let forwarder: Forwarder
    let policy: ProfilePolicyStore
    let admission: ProxyAdmission

    func forward(_ request: Request, context profile: ProfileRequestContext) async throws -> Response {
        let profileID = profile.profileID
        let context = profile.gateway
        guard let rest = context.target.segments(after: ["id", "api", "v1", "profiles", "me"]) else {
            throw OmneoHTTPError.notFound
        }
        // Held from here (a field-checked body is read before forwarding) until the answer is written.
        let ticket = try admission.admit(profileID: profileID.rawValue)
        try WriteMediaType.check(request.method, request.headers)
        var body = Forwarder.RequestBody.stream
        switch policy.policy.decide(request.method, on: rest) {
        case .refuse:
            throw OmneoHTTPError.unauthorizedAction
        case .forward:
            break
        case .checkFields(let refused):
            let bytes = try await CheckedJSONBody.read(request, maxBody: forwarder.maxBody)
            if let bytes { try CheckedJSONBody.check(bytes, refusing: refused) }
            body = .bytes(bytes)
        }
        return try await forwarder.forward(request, to: .profile(profileID, rest), body: body, profileID: profileID.rawValue, context: context)
            .holding(ticket)
    }
}
