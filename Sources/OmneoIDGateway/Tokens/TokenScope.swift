import OmneoModels

/// Who an ID token speaks for: one Omneo profile, or an anonymous visitor.
public enum TokenScope: Sendable, Hashable {
    /// A token for one profile; its `sub` and `pid` are this id.
    case profile(ProfileID)
    /// A token for no profile: no `sub`, and `pid` is the string `"null"`.
    case anonymous

    /// The `scope` claim value: `"profile"` or `"anonymous"`.
    public var claimValue: String {
        switch self {
        case .profile: "profile"
        case .anonymous: "anonymous"
        }
    }

    /// The profile id, or `nil` for an anonymous token.
    public var profileID: ProfileID? {
        if case .profile(let id) = self { id } else { nil }
    }
}
