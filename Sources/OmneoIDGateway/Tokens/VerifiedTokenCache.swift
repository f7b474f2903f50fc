/// Verified tokens by their whole compact string, bounded in size. Not thread-safe by itself:
/// ``TokenVerifier`` keeps it behind its lock.
///
/// When full, expired entries are dropped first; if that frees too little, an arbitrary tenth
/// of the entries goes too (cheap, and a dropped token just costs one more signature check).
struct VerifiedTokenCache {
    /// The most entries held.
    let capacity: Int
    private var entries: [String: VerifiedToken] = [:]

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// Number of entries.
    var count: Int { entries.count }

    /// The entry for `token`, whatever its expiry; the caller re-checks it.
    func entry(for token: String) -> VerifiedToken? {
        entries[token]
    }

    /// Removes the entry for `token`.
    mutating func remove(_ token: String) {
        entries.removeValue(forKey: token)
    }

    /// Stores `verified` under `token`, evicting if full. `expiredBefore`: entries with
    /// `expiresAt` before this are dead.
    mutating func insert(_ verified: VerifiedToken, for token: String, expiredBefore: Int) {
        if entries.count >= capacity, entries[token] == nil {
            entries = entries.filter { $0.value.expiresAt >= expiredBefore }
            let target = capacity - max(1, capacity / 10)
            if entries.count > target {
                entries = Dictionary(uniqueKeysWithValues: entries.prefix(target).map { ($0.key, $0.value) })
            }
        }
        entries[token] = verified
    }

    /// Forgets every entry (keys changed).
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
    }
}
