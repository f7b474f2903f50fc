import Foundation

/// `YYYY-MM-DD HH:MM:SS` times read in one time zone and written in another (a reward's
/// local times and UTC). Plain synchronous conversions.
enum LocalTime {
    /// `text`, a time in `zone`, as the same instant in UTC; `nil` when it is not such a time.
    static func utc(_ text: String, in zone: TimeZone) -> String? {
        guard TransactionInput.isDateTime(text), let date = formatter(zone).date(from: text) else { return nil }
        return formatter(utcZone).string(from: date)
    }

    /// `text`, a UTC time, as the same instant in `zone`.
    static func local(_ text: String, in zone: TimeZone) -> String? {
        formatter(utcZone).date(from: text).map { formatter(zone).string(from: $0) }
    }

    /// `text`, a UTC time, moved by `count` of `unit` (`days`, `weeks`, `months`, `years`).
    static func adding(_ count: Int, _ unit: String, to text: String) -> String? {
        let component: Calendar.Component
        var amount = count
        switch unit {
        case "days": component = .day
        case "weeks": (component, amount) = (.day, count * 7)
        case "months": component = .month
        case "years": component = .year
        default: return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utcZone
        guard let date = formatter(utcZone).date(from: text),
            let moved = calendar.date(byAdding: component, value: amount, to: date)
        else { return nil }
        return formatter(utcZone).string(from: moved)
    }

    static let utcZone = TimeZone(identifier: "UTC")!

    private static func formatter(_ zone: TimeZone) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }
}
