import Foundation
import HTTPTypes
import OmneoHTTP
import OmneoIDConfiguration
@testable import OmneoIDGateway
import Testing

/// The profile policy's decisions, row by row, without HTTP.
struct ProfilePolicyTableTests {
    static func segments(_ path: String) -> [PathSegment] {
        path.split(separator: "/").map { PathSegment(decoded: String($0))! }
    }

    static func decide(_ policy: ProfilePolicy, _ method: HTTPRequest.Method, _ path: String) -> ProfilePolicy.Decision {
        policy.decide(method, on: segments(path))
    }

    static let profileFields = ["tags", "identities", "profile_type", "attributes"]

    /// Every row of DESIGN §2.2's table under `default`: (method, path, allowed?).
    static let defaultRows: [(String, String, Bool)] = [
        ("PUT", "/", true), ("PATCH", "/", true), ("POST", "/", false), ("DELETE", "/", false),
        ("PUT", "/attributes/comms", true), ("PATCH", "/comms", true), ("POST", "/attributes/comms", false),
        ("DELETE", "/comms", false),
        ("PUT", "/attributes/appearance", true), ("POST", "/attributes/appearance", true),
        ("DELETE", "/attributes/appearance", true),
        ("POST", "/attributes/dates", true), ("PUT", "/attributes/dates/3", true), ("DELETE", "/attributes/dates/3", true),
        ("PUT", "/attributes/custom/shop:size", true), ("DELETE", "/attributes/custom/shop:size", true),
        ("PUT", "/attributes/custom/nocolon", false), ("PUT", "/attributes/custom", false),
        ("POST", "/addresses", true), ("PUT", "/addresses/7", true), ("DELETE", "/addresses/7", true),
        ("POST", "/lists", true), ("PUT", "/lists/wishlist", true), ("POST", "/lists/wishlist/items", true),
        ("PATCH", "/lists/wishlist/items/42", true), ("DELETE", "/lists/wishlist/items/42", true),
        ("POST", "/redeem", true), ("POST", "/benefits/12/redeem", true), ("PUT", "/redeem", false),
        ("POST", "/benefits/12", false),
        ("POST", "/identities", false), ("PUT", "/identities/magento_id", false), ("DELETE", "/identities/id/4", false),
        ("POST", "/purge", false), ("POST", "/resync", false), ("POST", "/update-type", false),
        ("PUT", "/update-type", false), ("POST", "/transactions", false), ("POST", "/points", false),
        ("POST", "/ledgers", false), ("PUT", "/tiers", false), ("PUT", "/attachments", false),
        ("PUT", "/attributes", false), ("PUT", "/attributes/other", false),
        // Omneo's `GET /transactions/{id}/unattach` takes the transaction off the profile: a write.
        ("GET", "/transactions/3/unattach", false), ("HEAD", "/transactions/3/unattach", false),
        ("GET", "/transactions/3", true), ("GET", "/transactions/3/items", true),
        // `GET /resync` makes Omneo re-send the profile to the tenant's integrations.
        ("GET", "/resync", false), ("HEAD", "/resync", false),
    ]

    @Test func everyRowOfTheDefaultTable() {
        for (method, path, allowed) in Self.defaultRows {
            let decision = Self.decide(.hardened, HTTPRequest.Method(method)!, path)
            #expect((decision != .refuse) == allowed, "\(method) \(path)")
        }
    }

    @Test func readsAreAllowedEverywhereUnderDefault() {
        for path in ["/", "/identities", "/transactions/3/items", "/attributes/comms", "/x/y/z"] {
            #expect(Self.decide(.hardened, .get, path) == .forward, "GET \(path)")
            #expect(Self.decide(.hardened, .head, path) == .forward, "HEAD \(path)")
        }
    }

    @Test func profileAndCommsWritesHaveTheirFieldsChecked() {
        let profile = Self.decide(.hardened, .put, "/")
        #expect(profile == .checkFields(Self.profileFields.map { BodyFieldPattern($0)! }))
        #expect(Self.decide(.hardened, .patch, "/comms") == .checkFields([BodyFieldPattern("*_bounced")!]))
        #expect(Self.decide(.hardened, .put, "/attributes/comms") == .checkFields([BodyFieldPattern("*_bounced")!]))
        #expect(Self.decide(.hardened, .post, "/lists") == .forward)
    }

    @Test func openAllowsEveryMethodEverywhereWithoutChecks() {
        for method in ProfilePolicyRule.knownMethods {
            for path in ["/", "/identities", "/purge", "/attributes/comms"] {
                #expect(Self.decide(.open, method, path) == .forward, "\(method) \(path)")
            }
        }
    }

    @Test func fieldPatternsFindTopLevelNestedGlobAndArrayFields() throws {
        func first(_ pattern: String, _ json: String) throws -> String? {
            let body = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
            return BodyFieldPattern(pattern)!.firstMatch(in: body)
        }
        #expect(try first("tags", #"{"tags":null}"#) == "tags")
        #expect(try first("tags", #"{"first_name":"A"}"#) == nil)
        #expect(try first("*_bounced", #"{"email_promo":true,"sms_bounced":false}"#) == "sms_bounced")
        #expect(try first("attributes.comms.*_bounced", #"{"attributes":{"comms":{"email_bounced":true}}}"#)
            == "attributes.comms.email_bounced")
        #expect(try first("attributes.comms.*_bounced", #"{"attributes":{"comms":{"email_promo":true}}}"#) == nil)
        #expect(try first("identities.handle", #"{"identities":[{"id":1},{"handle":"x"}]}"#) == "identities.handle")
        #expect(BodyFieldPattern("a..b") == nil)
    }

    @Test func resourcePatterns() throws {
        let rest = try ResourcePattern("/lists/**")
        #expect(rest.matches(Self.segments("/lists")))
        #expect(rest.matches(Self.segments("/lists/a/items/3")))
        #expect(!rest.matches(Self.segments("/listsx")))
        #expect(try ResourcePattern("/").matches(Self.segments("/")))
        #expect(try !ResourcePattern("/").matches(Self.segments("/a")))
        #expect(try ResourcePattern("/benefits/*/redeem").matches(Self.segments("/benefits/9/redeem")))
        #expect(try ResourcePattern("/a/*:*").matches(Self.segments("/a/ns:handle")))
        #expect(try !ResourcePattern("/a/*:*").matches(Self.segments("/a/nscolon")))
        #expect(throws: ResourcePattern.Problem.notAbsolute) { try ResourcePattern("lists") }
        #expect(throws: ResourcePattern.Problem.misplacedRest) { try ResourcePattern("/**/items") }
        #expect(throws: ResourcePattern.Problem.emptySegment) { try ResourcePattern("/a//b") }
    }
}
