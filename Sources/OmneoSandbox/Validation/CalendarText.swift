import Foundation

/// Checks of the date and time texts Omneo uses (`YYYY-MM-DD`, `HH:MM:SS`).
enum CalendarText {
    /// Whether `text` is a time `HH:MM:SS`.
    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard text.count == 8, parts.count == 3, parts.allSatisfy({ $0.count == 2 }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2])
        else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
    }

    /// Whether `text` is a calendar date `YYYY-MM-DD` that exists.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2])
        else { return false }
        let components = DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month, day: day)
        return components.isValidDate
    }
}
