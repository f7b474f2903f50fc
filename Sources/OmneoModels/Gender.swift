/// A profile's gender (open: unknown values are kept, e.g. the SDK's `witheld` spelling).
public struct Gender: OpenValue {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let male = Gender(rawValue: "male")
    public static let female = Gender(rawValue: "female")
    public static let withheld = Gender(rawValue: "withheld")
    public static let other = Gender(rawValue: "other")

    public static let allCases: [Gender] = [.male, .female, .withheld, .other]
}
