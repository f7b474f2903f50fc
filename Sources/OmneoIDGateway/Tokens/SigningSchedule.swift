/// Which key signs at a given second: the newest (last) whose start has come, else the
/// first. A plain value the issuer consults at every mint, so a staged key takes over at
/// its activation time without a reload.
struct SigningSchedule: Sendable, Equatable {
    /// `kid` and the Unix second it signs from, oldest key first; never empty.
    let entries: [(kid: String, from: Int)]

    init(_ entries: [(kid: String, from: Int)]) {
        precondition(!entries.isEmpty)
        self.entries = entries
    }

    func kid(atSeconds now: Int) -> String {
        (entries.last { $0.from <= now } ?? entries[0]).kid
    }

    static func == (lhs: SigningSchedule, rhs: SigningSchedule) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.kid == $1.kid && $0.from == $1.from }
    }
}
