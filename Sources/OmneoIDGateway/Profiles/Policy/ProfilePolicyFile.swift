import Foundation
import HTTPTypes
import OmneoIDConfiguration
import Yams

/// A profile policy read from a YAML or JSON file:
///
/// ```yaml
/// rules:
///   - resource: /**            # every sub-resource
///     methods: [GET, HEAD]
///   - resource: /
///     methods: [PUT, PATCH]
///     refused_fields: [tags, identities, profile_type, attributes]
///   - resource: /lists/**
///     methods: [POST, PUT, PATCH, DELETE]
///   - resource: /transactions/*/unattach   # an exception: refused whatever follows
///     methods: [GET, HEAD]
///     refuse: true
/// ```
///
/// Placed before a wider rule, a rule with `refuse: true` refuses its methods there.
///
/// Every rule must be valid: an unknown key, method or an unusable pattern fails the whole
/// file with a `ConfigurationError` naming the rule (so a typo never widens or narrows the
/// policy silently).
public struct ProfilePolicyFile: Sendable {
    public let path: String
    /// How the operator named the file (e.g. `OMNEO_ID_PROFILE_POLICY`), for error lines.
    let setting: String

    public init(path: String, setting: String = Setting.profilePolicy.environmentName) {
        self.path = path
        self.setting = setting
    }

    static let ruleKeys: Set<String> = ["resource", "methods", "refused_fields", "refuse"]

    public func load() throws -> ProfilePolicy {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw problem("cannot read the rules file")
        }
        let document: Any?
        do {
            document = try Yams.load(yaml: text)  // YAML 1.2 reads JSON as well.
        } catch {
            throw problem("not valid YAML or JSON")
        }
        guard let top = document as? [String: Any], let list = top["rules"] as? [Any], Set(top.keys) == ["rules"] else {
            throw problem("the file must hold one key, `rules`, with a list of rules")
        }
        guard !list.isEmpty else { throw problem("`rules` is empty (everything would be refused)") }
        var rules: [ProfilePolicyRule] = []
        for (index, item) in list.enumerated() {
            rules.append(try rule(item, number: index + 1))
        }
        return ProfilePolicy(name: path, rules: rules)
    }

    private func rule(_ item: Any, number: Int) throws -> ProfilePolicyRule {
        guard let fields = item as? [String: Any] else { throw problem("rule \(number): must be a mapping") }
        let label = "rule \(number)" + ((fields["resource"] as? String).map { " (\($0))" } ?? "")
        if let unknown = fields.keys.sorted().first(where: { !Self.ruleKeys.contains($0) }) {
            throw problem("\(label): unknown key `\(unknown)` (known: resource, methods, refused_fields, refuse)")
        }
        guard let text = fields["resource"] as? String else { throw problem("\(label): `resource` is required") }
        let resource: ResourcePattern
        do {
            resource = try ResourcePattern(text)
        } catch {
            throw problem("\(label): resource \(error)")
        }
        let methods = try self.methods(fields["methods"], label: label)
        var refused: [BodyFieldPattern] = []
        if let value = fields["refused_fields"] {
            guard let names = value as? [Any], names.allSatisfy({ $0 is String }) else {
                throw problem("\(label): `refused_fields` must be a list of field paths")
            }
            for name in names.map({ $0 as! String }) {
                guard let pattern = BodyFieldPattern(name) else {
                    throw problem("\(label): refused field `\(name)` has an empty key")
                }
                refused.append(pattern)
            }
        }
        var refuses = false
        if let value = fields["refuse"] {
            guard let flag = value as? Bool else { throw problem("\(label): `refuse` must be true or false") }
            refuses = flag
        }
        if refuses && !refused.isEmpty {
            throw problem("\(label): a refusing rule has no `refused_fields` (it refuses the whole request)")
        }
        return ProfilePolicyRule(resource, methods: methods, refusedFields: refused, refuses: refuses)
    }

    private func methods(_ value: Any?, label: String) throws -> Set<HTTPRequest.Method> {
        if let all = value as? String, all == "*" { return Set(ProfilePolicyRule.knownMethods) }
        guard let names = value as? [Any], !names.isEmpty else {
            throw problem("\(label): `methods` must be a non-empty list (GET, HEAD, POST, PUT, PATCH, DELETE) or \"*\"")
        }
        var methods = Set<HTTPRequest.Method>()
        for name in names {
            guard let name = name as? String,
                let method = ProfilePolicyRule.knownMethods.first(where: { $0.rawValue == name.uppercased() })
            else {
                throw problem("\(label): unknown method `\(name)` (GET, HEAD, POST, PUT, PATCH or DELETE)")
            }
            methods.insert(method)
        }
        return methods
    }

    private func problem(_ text: String) -> ConfigurationError {
        ConfigurationError(setting: "\(setting) (\(path))", problem: text)
    }
}
