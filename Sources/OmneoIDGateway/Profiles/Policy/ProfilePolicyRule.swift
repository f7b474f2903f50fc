import HTTPTypes

/// One row of a profile policy: these methods on these sub-resources may go upstream, but a
/// body carrying one of `refusedFields` may not — or, for a refusing rule (`refuses`), may
/// not go upstream at all (an exception placed before a wider rule that allows them).
public struct ProfilePolicyRule: Sendable, Equatable {
    public let resource: ResourcePattern
    public let methods: Set<HTTPRequest.Method>
    /// Checked on POST, PUT and PATCH; such writes must then be JSON objects (see ``CheckedJSONBody``).
    public let refusedFields: [BodyFieldPattern]
    /// These methods here are refused (403), whatever later rules allow.
    public let refuses: Bool

    /// The methods a rule may name, in the order the docs list them.
    public static let knownMethods: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete]
    static let reads: Set<HTTPRequest.Method> = [.get, .head]

    public init(
        _ resource: ResourcePattern, methods: Set<HTTPRequest.Method>, refusedFields: [BodyFieldPattern] = [], refuses: Bool = false
    ) {
        self.resource = resource
        self.methods = methods
        self.refusedFields = refusedFields
        self.refuses = refuses
    }

    /// The rule's writable methods (those that are not reads), in the docs' order.
    public var writes: [HTTPRequest.Method] {
        if refuses { return [] }
        return Self.knownMethods.filter { methods.contains($0) && !Self.reads.contains($0) }
    }
}

extension ProfilePolicyRule {
    /// A rule of the built-in tables; their patterns are known to be valid.
    init(_ pattern: String, _ methods: Set<HTTPRequest.Method>, refusing fields: [String] = []) {
        self.init(try! ResourcePattern(pattern), methods: methods, refusedFields: fields.map { BodyFieldPattern($0)! })
    }

    /// A refusing rule of the built-in tables.
    static func refused(_ pattern: String, _ methods: Set<HTTPRequest.Method>) -> ProfilePolicyRule {
        ProfilePolicyRule(try! ResourcePattern(pattern), methods: methods, refuses: true)
    }
}
