/// The JOSE header of a token under verification: `alg`, `typ`, `kid`, and whether any
/// member the verifier refuses to honour is present.
///
/// Each present member must have the right JSON type (`"alg": null` is malformed, not absent).
struct ReceivedHeader: Decodable {
    /// Members that would let the token choose its own key or demand unknown processing.
    static let refusedMembers: Set<String> = ["jwk", "jku", "x5u", "x5c", "crit"]

    let alg: String?
    let typ: String?
    let kid: String?
    let hasRefusedMember: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberName.self)
        hasRefusedMember = container.allKeys.contains { Self.refusedMembers.contains($0.stringValue) }
        func string(_ name: String) throws -> String? {
            let key = MemberName(name)
            return container.contains(key) ? try container.decode(String.self, forKey: key) : nil
        }
        alg = try string("alg")
        typ = try string("typ")
        kid = try string("kid")
    }
}

/// Any JSON member name, for containers whose keys are not fixed.
struct MemberName: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { self.stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue _: Int) { nil }
}
