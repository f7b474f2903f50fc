/// A profile's lifecycle state (`omneo-sdk` `src/types/profile.ts`); open like ``Gender``.
public struct ProfileType: OpenValue {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let pending = ProfileType(rawValue: "pending")
    public static let temporary = ProfileType(rawValue: "temporary")
    public static let active = ProfileType(rawValue: "active")
    public static let deleted = ProfileType(rawValue: "deleted")

    public static let allCases: [ProfileType] = [.pending, .temporary, .active, .deleted]
}
