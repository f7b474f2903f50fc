import Foundation

/// Omneo's timestamp format: `YYYY-MM-DD HH:MM:SS`, UTC.
enum Timestamp {
    /// The current time in Omneo's format.
    static func now() -> String {
        string(from: Date())
    }

    static func string(from date: Date) -> String {
        // "2026-11-29T21:33:00Z" → "2026-11-29 21:33:00"
        let iso = date.formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(
                .colon
            ).dateTimeSeparator(.standard))
        return String(iso.replacingOccurrences(of: "T", with: " ").prefix(19))
    }
}
