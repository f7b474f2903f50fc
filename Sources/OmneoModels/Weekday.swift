/// A day of the week as Omneo writes it in `normal_hours` (`MON` … `SUN`); open like ``Gender``.
public struct Weekday: OpenValue {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let monday = Weekday(rawValue: "MON")
    public static let tuesday = Weekday(rawValue: "TUE")
    public static let wednesday = Weekday(rawValue: "WED")
    public static let thursday = Weekday(rawValue: "THU")
    public static let friday = Weekday(rawValue: "FRI")
    public static let saturday = Weekday(rawValue: "SAT")
    public static let sunday = Weekday(rawValue: "SUN")

    /// Monday first, as Omneo lists them.
    public static let allCases: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday]
}
