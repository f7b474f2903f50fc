import HTTPTypes

/// What a shopper's token may do under `/profiles/me` (`OMNEO_ID_PROFILE_POLICY`): one table
/// read by the proxy, the OpenAPI document and the docs.
///
/// A request may go upstream when the first rule whose resource matches its path and whose
/// methods include its method allows it; that rule refusing it, or no such rule → refused (403). The decision is
/// synchronous and allocation-light, so an HTTP route or a channel handler can ask it.
public struct ProfilePolicy: Sendable, Equatable {
    /// `default`, `open`, or the rules file's path.
    public let name: String
    public let rules: [ProfilePolicyRule]

    public init(name: String, rules: [ProfilePolicyRule]) {
        self.name = name
        self.rules = rules
    }

    /// The answer for one request.
    public enum Decision: Sendable, Equatable {
        /// Forward it (streaming its body).
        case forward
        /// Forward it only if its body is a JSON object without any of these fields.
        case checkFields([BodyFieldPattern])
        /// 403, nothing goes upstream.
        case refuse
    }

    /// May `method` on `resource` (the validated segments after `/profiles/me`) go upstream?
    public func decide(_ method: HTTPRequest.Method, on resource: some Collection<PathSegment>) -> Decision {
        for rule in rules where rule.methods.contains(method) && rule.resource.matches(resource) {
            if rule.refuses { return .refuse }
            let hasBody = method == .post || method == .put || method == .patch
            return hasBody && !rule.refusedFields.isEmpty ? .checkFields(rule.refusedFields) : .forward
        }
        return .refuse
    }
}

extension ProfilePolicy {
    /// `open`: every forwarded method on every sub-resource, as Omneo's own ID service does.
    public static let open = ProfilePolicy(
        name: "open", rules: [ProfilePolicyRule("/**", Set(ProfilePolicyRule.knownMethods))])

    /// `default`: reads everywhere; writes only where a front end needs them (DESIGN §2.2).
    /// Identities, tags, profile type, `*_bounced` flags, purge, resync, update-type, deleting
    /// the profile, transactions, points, ledgers and tiers stay the retailer's. Omneo answers
    /// two GETs with a write — `GET /transactions/{id}/unattach` takes the transaction off the
    /// profile, `GET /resync` re-sends the profile to the tenant's integrations — so those reads
    /// are refused before the rule that allows reads.
    public static let hardened = ProfilePolicy(
        name: "default",
        rules: [
            ProfilePolicyRule.refused("/transactions/*/unattach", [.get, .head]),
            ProfilePolicyRule.refused("/resync", [.get, .head]),
            ProfilePolicyRule("/**", [.get, .head]),
            ProfilePolicyRule("/", [.put, .patch], refusing: ["tags", "identities", "profile_type", "attributes"]),
            ProfilePolicyRule("/attributes/comms", [.put, .patch], refusing: ["*_bounced"]),
            ProfilePolicyRule("/comms", [.put, .patch], refusing: ["*_bounced"]),
            ProfilePolicyRule("/attributes/appearance", [.post, .put, .patch, .delete]),
            ProfilePolicyRule("/attributes/dates/**", [.post, .put, .patch, .delete]),
            ProfilePolicyRule("/attributes/custom/*:*", [.post, .put, .patch, .delete]),
            ProfilePolicyRule("/addresses/**", [.post, .put, .patch, .delete]),
            ProfilePolicyRule("/lists/**", [.post, .put, .patch, .delete]),
            ProfilePolicyRule("/redeem", [.post]),
            ProfilePolicyRule("/benefits/*/redeem", [.post]),
        ])
}
