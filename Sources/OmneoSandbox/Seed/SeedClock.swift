import Foundation

/// The time a sandbox database is seeded at: seeded rows that must stay valid (unexpired
/// points, rewards and benefits) expire relative to it, so the balances of a fresh sandbox
/// do not depend on the day it is seeded.
struct SeedClock: Sendable {
    let now: Date

    /// `now` plus `years`, at the end of that day (UTC), `YYYY-MM-DD 23:59:59`.
    func endOfDay(yearsFromNow years: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let date = calendar.date(byAdding: .year, value: years, to: now) ?? now
        return String(Timestamp.string(from: date).prefix(10)) + " 23:59:59"
    }
}
