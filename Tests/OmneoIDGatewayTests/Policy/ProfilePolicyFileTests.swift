import Foundation
import HTTPTypes
import OmneoIDConfiguration
@testable import OmneoIDGateway
import Testing

/// Rules files: what they allow, and the one line naming the rule when they cannot be used.
struct ProfilePolicyFileTests {
    static func write(_ text: String, ext: String = "yaml") throws -> String {
        let path = NSTemporaryDirectory() + "omneo-id-policy-\(UUID().uuidString).\(ext)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static let yaml = """
        rules:
          - resource: /**
            methods: [GET, HEAD]
          - resource: /
            methods: [put, PATCH]
            refused_fields: [tags, attributes.comms.*_bounced]
          - resource: /identities/**
            methods: "*"
        """

    @Test func aYAMLFileIsReadRuleByRule() throws {
        let path = try Self.write(Self.yaml)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let policy = try ProfilePolicyFile(path: path).load()
        #expect(policy.name == path)
        #expect(policy.rules.count == 3)
        let profile = policy.decide(.put, on: [])
        #expect(profile == .checkFields([BodyFieldPattern("tags")!, BodyFieldPattern("attributes.comms.*_bounced")!]))
        #expect(policy.decide(.delete, on: [PathSegment(decoded: "identities")!]) == .forward)
        #expect(policy.decide(.post, on: [PathSegment(decoded: "lists")!]) == .refuse)
        #expect(policy.decide(.delete, on: []) == .refuse)
    }

    @Test func aJSONFileIsReadToo() throws {
        let path = try Self.write(#"{"rules":[{"resource":"/lists/**","methods":["POST","DELETE"]}]}"#, ext: "json")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let policy = try ProfilePolicyFile(path: path).load()
        #expect(policy.decide(.post, on: [PathSegment(decoded: "lists")!]) == .forward)
        #expect(policy.decide(.get, on: [PathSegment(decoded: "lists")!]) == .refuse)
    }

    static let invalid: [(String, String)] = [
        ("rules: []", "`rules` is empty"),
        ("other: 1", "one key, `rules`"),
        ("rules:\n  - resource: lists\n    methods: [GET]", "rule 1 (lists): resource must start with `/`"),
        ("rules:\n  - resource: /**\n    methods: [GET]\n  - resource: /a\n    methods: [FETCH]",
            "rule 2 (/a): unknown method `FETCH`"),
        ("rules:\n  - resource: /a\n    methods: [GET]\n    refused_field: [tags]", "rule 1 (/a): unknown key `refused_field`"),
        ("rules:\n  - methods: [GET]", "rule 1: `resource` is required"),
        ("rules:\n  - resource: /a\n    methods: []", "rule 1 (/a): `methods` must be a non-empty list"),
        ("rules:\n  - resource: /**/x\n    methods: [GET]", "rule 1 (/**/x): resource `**` may only be the last segment"),
        ("rules:\n  - resource: /a\n    methods: [GET]\n    refused_fields: [a..b]", "rule 1 (/a): refused field `a..b`"),
        ("rules: [unclosed", "not valid YAML or JSON"),
        ("rules:\n  - resource: /a\n    methods: [GET]\n    refuse: yes please", "rule 1 (/a): `refuse` must be true or false"),
        ("rules:\n  - resource: /a\n    methods: [PUT]\n    refuse: true\n    refused_fields: [tags]",
            "rule 1 (/a): a refusing rule has no `refused_fields`"),
    ]

    @Test func aRefusingRuleIsAnExceptionToTheRulesAfterIt() throws {
        let path = try Self.write("rules:\n  - resource: /transactions/*/unattach\n    methods: [GET]\n    refuse: true\n"
            + "  - resource: /**\n    methods: [GET, HEAD]\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let policy = try ProfilePolicyFile(path: path).load()
        let unattach = ["transactions", "3", "unattach"].map { PathSegment(decoded: $0)! }
        #expect(policy.decide(.get, on: unattach) == .refuse)
        #expect(policy.decide(.head, on: unattach) == .forward)
        #expect(policy.decide(.get, on: unattach.prefix(2)) == .forward)
    }

    @Test(arguments: invalid)
    func anUnusableFileNamesTheRule(text: String, expected: String) throws {
        let path = try Self.write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try ProfilePolicyFile(path: path).load()
            Issue.record("accepted: \(text)")
        } catch let error as ConfigurationError {
            #expect(error.setting == "OMNEO_ID_PROFILE_POLICY (\(path))")
            #expect(error.problem.contains(expected), "\(error.problem)")
        }
    }

    @Test func aReloadSwapsTheRulesAndAFailedOneKeepsThem() throws {
        let path = try Self.write("rules:\n  - resource: /**\n    methods: [GET]")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try ProfilePolicyStore(.rulesFile(path))
        let lists = [PathSegment(decoded: "lists")!]
        #expect(store.policy.decide(.post, on: lists) == .refuse)
        try "rules:\n  - resource: /lists/**\n    methods: [POST]".write(toFile: path, atomically: true, encoding: .utf8)
        try store.reload()
        #expect(store.policy.decide(.post, on: lists) == .forward)
        try "rules:\n  - resource: /lists/**\n    methods: [SEND]".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ConfigurationError.self) { try store.reload() }
        #expect(store.policy.decide(.post, on: lists) == .forward)
    }
}
