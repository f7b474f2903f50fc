import Foundation
@testable import OmneoIDGateway
import Testing

/// The OpenAPI document says per path and method what a shopper may write, from the same
/// table the proxy reads.
struct ProfilePolicyOpenAPITests {
    static func item(_ policy: ProfilePolicy, rest: Bool) -> [String: OpenAPIJSON] {
        OpenAPIProxyPaths.pathItem(rest: rest, policy: policy).members
    }

    @Test func theDefaultPolicyIsDescribedPerPathAndMethod() {
        let me = Self.item(.hardened, rest: false)
        let put = me["put"]?.members["description"]
        #expect(put == .string(
            "Allowed by the profile policy at: `/` (JSON object ≤ 64 KiB without `tags`, `identities`, `profile_type`, "
                + "`attributes`); elsewhere 403."))
        #expect(me["delete"]?.members["description"] == .string("Refused everywhere here by the profile policy (403)."))
        #expect(me["put"]?.members["responses"]?.members["403"] != nil)
        #expect(me["put"]?.members["responses"]?.members["415"] != nil)
        #expect(me["x-omneo-profile-policy"] == .array([
            ["resource": "/**", "methods": ["GET", "HEAD"], "refused_fields": []],
            ["resource": "/", "methods": ["PUT", "PATCH"], "refused_fields": ["tags", "identities", "profile_type", "attributes"]],
        ]))
        let rest = Self.item(.hardened, rest: true)
        guard case .string(let post) = rest["post"]?.members["description"] else {
            Issue.record("no description")
            return
        }
        #expect(post.contains("`/lists/**`"))
        #expect(post.contains("`/benefits/*/redeem`"))
        #expect(!post.contains("identities"))
        #expect(rest["get"]?.members["description"] == .string(
            "Allowed by the profile policy at: `/**` (but not at `/transactions/*/unattach`, `/resync`); elsewhere 403."))
        guard case .array(let restRules) = rest["x-omneo-profile-policy"] else {
            Issue.record("no rules")
            return
        }
        #expect(restRules.first == ["resource": "/transactions/*/unattach", "methods": ["GET", "HEAD"], "refused_fields": [], "refuse": true])
        guard case .string(let text) = rest["description"] else { return }
        #expect(text.contains("| `/attributes/comms` | PUT, PATCH | `*_bounced` |"))
    }

    @Test func openIsDescribedAsOpen() {
        let me = Self.item(.open, rest: false)
        #expect(me["delete"]?.members["description"] == .string("Allowed by the profile policy at: `/**`; elsewhere 403."))
        guard case .string(let text) = me["description"] else { return }
        #expect(text.contains("(`open`)"))
        #expect(text.contains("| `/**` | POST, PUT, PATCH, DELETE | – |"))
    }

    @Test func theServedDocumentFollowsTheGatewaysPolicy() {
        let hardened = OpenAPIDocument.make(locationsPublic: false, policy: .hardened)
        let open = OpenAPIDocument.make(locationsPublic: false, policy: .open)
        #expect(hardened.members["paths"] != open.members["paths"])
    }
}
