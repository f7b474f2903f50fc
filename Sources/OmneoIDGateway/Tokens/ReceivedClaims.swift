/// The claims of a token under verification, decoded with no defaults.
///
/// Absent or `null` members are `nil` (except `sub`, whose mere presence is recorded); a member
/// of the wrong JSON type makes decoding fail. ``TokenVerifier`` applies the rules.
struct ReceivedClaims: Decodable {
    let iss: String?
    /// `aud` as a list: a string becomes a one-element list.
    let aud: [String]?
    /// Whether `sub` is present at all (an anonymous token must not have it, not even `null`).
    let hasSubject: Bool
    let sub: String?
    let pid: String?
    let scope: String?
    let iat: Double?
    let nbf: Double?
    let exp: Double?
    let jti: String?

    private enum CodingKeys: String, CodingKey {
        case iss, aud, sub, pid, scope, iat, nbf, exp, jti
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        iss = try container.decodeIfPresent(String.self, forKey: .iss)
        if let single = try? container.decodeIfPresent(String.self, forKey: .aud) {
            aud = [single]
        } else {
            aud = try container.decodeIfPresent([String].self, forKey: .aud)
        }
        hasSubject = container.contains(.sub)
        sub = hasSubject ? try container.decode(String.self, forKey: .sub) : nil
        pid = try container.decodeIfPresent(String.self, forKey: .pid)
        scope = try container.decodeIfPresent(String.self, forKey: .scope)
        iat = try container.decodeIfPresent(Double.self, forKey: .iat)
        nbf = try container.decodeIfPresent(Double.self, forKey: .nbf)
        exp = try container.decodeIfPresent(Double.self, forKey: .exp)
        jti = try container.decodeIfPresent(String.self, forKey: .jti)
    }
}
