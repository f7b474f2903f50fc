import OmneoSandbox
import Testing

@testable import OmneoIDGateway

/// The explicit profile sub-resources of the document: the sandbox's live answers through the
/// gateway conform to their typed schemas, and what the profile policy refuses is documented
/// as 403 only.
@Suite struct OpenAPIProfileResourceTests {
    static let me = "/id/api/v1/profiles/me"

    /// (template, concrete path) for a GET of every explicit sub-resource, on the seeded shopper.
    static let reads: [(String, String)] = [
        ("/attributes/comms", "/attributes/comms"),
        ("/addresses", "/addresses"),
        ("/addresses/{address}", "/addresses/1"),
        ("/lists", "/lists"),
        ("/lists/{list}", "/lists/wishlist"),
        ("/lists/{list}/items", "/lists/wishlist/items"),
        ("/lists/{list}/items/{item}", "/lists/wishlist/items/1"),
        ("/identities", "/identities"),
        ("/attributes/dates", "/attributes/dates"),
        ("/attributes/custom/{attribute}", "/attributes/custom/loyalty:member_since"),
        ("/attributes/appearance", "/attributes/appearance"),
        ("/balances", "/balances"),
        ("/regions", "/regions"),
    ]

    @Test func everyExplicitSubResourceIsDocumented() async throws {
        #expect(Set(Self.reads.map(\.0)) == Set(OpenAPIProfileResource.all.map(\.path)))
    }

    @Test func liveReadsConformToTheTypedSchemas() async throws {
        try await OpenAPIFixture.with { fixture in
            let token = try await fixture.gateway.token(for: SandboxSeed.magentoProfileID)
            for (template, path) in Self.reads {
                let answer = try await fixture.send(.GET, Self.me + path, token: token)
                #expect(answer.status == 200, "\(path): \(answer.status) \(answer.body)")
                // Typed, not the pass-through `default`.
                let schema = fixture.documentedResponse(Self.me + template, "GET", status: 200)?["content"]?["application/json"]?["schema"]
                #expect(schema?["$ref"]?.string?.hasSuffix("ProxiedResource") == false, "\(template)")
                #expect(fixture.violations(of: answer, for: Self.me + template, "GET") == [], "\(template)")
                let head = try await fixture.send(.HEAD, Self.me + path, token: token)
                #expect(head.status == 200, "HEAD \(path)")
                #expect(fixture.violations(of: head, for: Self.me + template, "HEAD") == [], "HEAD \(template)")
            }
            let items = try JSON.parse(try await fixture.send(.GET, Self.me + "/lists/wishlist/items", token: token).body)
            #expect(items["data"]?.array?.compactMap { $0["sku"]?.string } == ["LIN-SHIRT-NVY-M", "WOOL-CARDI-OAT-S", "TOTE-CANVAS-BLK"])
        }
    }

    @Test func liveWritesConformAndRefusalsAre403() async throws {
        try await OpenAPIFixture.with { fixture in
            let token = try await fixture.gateway.token(for: SandboxSeed.magentoProfileID)
            let items = Self.me + "/lists/{list}/items"
            let created = try await fixture.send(
                .POST, Self.me + "/lists/wishlist/items", token: token, body: #"{"sku":"SOCK-1","name":"Socks","quantity":2}"#)
            #expect(created.status == 201, "\(created.body)")
            #expect(fixture.violations(of: created, for: items, "POST") == [])
            let id = try #require(try JSON.parse(created.body)["data"]?["id"]?.number.map { Int($0) })

            let item = Self.me + "/lists/{list}/items/{item}"
            let updated = try await fixture.send(.PUT, Self.me + "/lists/wishlist/items/\(id)", token: token, body: #"{"quantity":3}"#)
            #expect(updated.status == 200, "\(updated.body)")
            #expect(fixture.violations(of: updated, for: item, "PUT") == [])
            let deleted = try await fixture.send(.DELETE, Self.me + "/lists/wishlist/items/\(id)", token: token)
            #expect(deleted.status == 204)
            #expect(fixture.violations(of: deleted, for: item, "DELETE") == [])

            let comms = try await fixture.send(.PUT, Self.me + "/attributes/comms", token: token, body: #"{"email_promo":false}"#)
            #expect(comms.status == 200, "\(comms.body)")
            #expect(fixture.violations(of: comms, for: Self.me + "/attributes/comms", "PUT") == [])
            let bounced = try await fixture.send(.PUT, Self.me + "/attributes/comms", token: token, body: #"{"email_bounced":false}"#)
            #expect(bounced.status == 403)
            #expect(fixture.violations(of: bounced, for: Self.me + "/attributes/comms", "PUT") == [])

            // Refused by the default policy: documented as 403 only, and answered so.
            for template in ["/identities", "/regions"] {
                let refused = try await fixture.send(.POST, Self.me + template, token: token, body: #"{"handle":"x","identifier":"y","region_id":1}"#)
                #expect(refused.status == 403, "\(template)")
                #expect(fixture.violations(of: refused, for: Self.me + template, "POST") == [])
                let statuses = fixture.document["paths"]?[Self.me + template]?["post"]?["responses"]?.object?.keys.sorted() ?? []
                #expect(statuses.contains("403") && !statuses.contains { $0.hasPrefix("2") || $0 == "default" }, "\(template): \(statuses)")
            }
        }
    }

    /// The same path documents a success under `open` and only 403 under the default policy.
    @Test func refusalsFollowThePolicyInForce() {
        func responses(_ policy: ProfilePolicy, _ path: String, _ method: String) -> Set<String> {
            let document = OpenAPIDocument.make(locationsPublic: false, policy: policy)
            let operation = document.members["paths"]?.members[Self.me + path]?.members[method]
            return Set(operation?.members["responses"]?.members.keys.map { $0 } ?? [])
        }
        #expect(responses(.open, "/identities", "post").contains("201"))
        #expect(!responses(.hardened, "/identities", "post").contains("201"))
        #expect(responses(.hardened, "/identities", "post").contains("403"))
        #expect(responses(.hardened, "/lists/{list}/items", "post").contains("201"))
        #expect(responses(.hardened, "/addresses/{address}", "delete").contains("204"))
    }
}
