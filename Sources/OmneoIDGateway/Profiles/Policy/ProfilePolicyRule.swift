import HTTPTypes

/// One row of a profile policy: these methods on these sub-resources may go upstream, but a
/// body carrying one of `refusedFields` may not.
public struct ProfilePolicyRule: Sendable, Equatable {
    public let resource: ResourcePattern
    public let methods: Set<HTTPRequest.Method>
    /// Checked on POST, PUT and PATCH; such writes must then be JSON objects (see ``CheckedJSONBody``).
    public let refusedFields: [BodyFieldPattern]

    /// The methods a rule may name, in the order the docs list them.
    public static let knownMethods: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete]
    static let reads: Set<HTTPRequest.Method> = [.get, .head]

    public init(_ resource: ResourcePattern, methods: Set<HTTPRequest.Method>, refusedFields: [BodyFieldPattern] = []) {
        self.resource = resource
        self.methods = methods
        self.refusedFields = refusedFields
    }

    /// The rule's writable methods (those that are not reads), in the docs' order.
    public var writes: [HTTPRequest.Method] {
        Self.knownMethods.filter { methods.contains($0) && !Self.reads.contains($0) }
    }
}

extension ProfilePolicyRule {
    /// A rule of the built-in tables; their patterns are known to be valid.
    init(_ pattern: String, _ methods: Set<HTTPRequest.Method>, refusing fields: [String] = []) {
        self.init(try! ResourcePattern(pattern), methods: methods, refusedFields: fields.map { BodyFieldPattern($0)! })
    }
}
