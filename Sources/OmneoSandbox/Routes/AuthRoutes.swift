import Hummingbird

/// `GET /auth/verify`: 200 for the sandbox token (the auth middleware refuses any other).
struct AuthRoutes {
    struct Verification: Codable, Sendable {
        var valid: Bool
    }

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("auth/verify") { _, _ in Respond.data(Verification(valid: true)) }
    }
}
