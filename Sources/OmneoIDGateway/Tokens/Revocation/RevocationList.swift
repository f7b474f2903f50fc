import OmneoModels
import Synchronization

/// The revocations in force, consulted by ``TokenVerifier`` on every verification (after its
/// cache), so checking a token stays a memory look-up: one atomic load while nothing is
/// revoked, else one short lock and two dictionary look-ups.
///
/// Entries are dropped once nothing they cover can still be valid (their ``Revocation/expiresAt``),
/// by ``removeExpired(now:)`` and whenever the list is full. It holds at most ``capacity``
/// entries from local revocations: when it is full of live entries a new one is refused
/// (``RevocationListFull``; `POST /auth/revoke` answers 503, so the caller knows and can retry),
/// never made room for by forgetting one still in force.
public final class RevocationList: Sendable {
    /// The default bound: about 20 MB of entries.
    public static let defaultCapacity = 200_000

    /// The most entries held.
    public let capacity: Int
    private let state: Mutex<State>
    /// Entries held; read without the lock on the hot path.
    private let entryCount = Atomic<Int>(0)

    private struct State {
        /// Revoked `jti`s and their `exp`.
        var tokens: [String: Int] = [:]
        /// Per profile: tokens issued at or before `revokedAt` are revoked, until `expiresAt`.
        var profiles: [ProfileID: (revokedAt: Int, expiresAt: Int)] = [:]
        var count: Int { tokens.count + profiles.count }

        mutating func removeExpired(now: Int) {
            tokens = tokens.filter { $0.value > now }
            profiles = profiles.filter { $0.value.expiresAt > now }
        }
    }

    /// An empty list holding at most `capacity` entries.
    public init(capacity: Int = RevocationList.defaultCapacity) {
        self.capacity = max(1, capacity)
        self.state = Mutex(State())
    }

    /// Number of entries held.
    public var count: Int { entryCount.load(ordering: .relaxed) }

    /// Whether `token` is covered by a revocation: its `jti` is revoked, or its profile was
    /// revoked at or after the token's `iat` (so a token minted in the same second as a
    /// log-out-everywhere is revoked too).
    public func isRevoked(_ token: VerifiedToken) -> Bool {
        guard entryCount.load(ordering: .relaxed) > 0 else { return false }
        return state.withLock { state in
            if state.tokens[token.jti] != nil { return true }
            if let id = token.profileID, let profile = state.profiles[id], token.issuedAt <= profile.revokedAt {
                return true
            }
            return false
        }
    }

    /// Adds `revocation` (merging with what is there: the later time wins), unless it has
    /// already expired at `now`.
    /// - Throws: ``RevocationListFull`` when the list is full of live entries and `revocation`
    ///   would add one.
    public func add(_ revocation: Revocation, now: Int) throws(RevocationListFull) {
        guard revocation.expiresAt > now else { return }
        let added = state.withLock { state -> Bool in
            if state.count >= capacity, !Self.isHeld(revocation, in: state) {
                state.removeExpired(now: now)
                guard state.count < capacity else { return false }
            }
            Self.merge(revocation, into: &state)
            entryCount.store(state.count, ordering: .relaxed)
            return true
        }
        guard added else { throw RevocationListFull() }
    }

    /// Adds every live one of `revocations` (a load from the shared store), ignoring the bound:
    /// what another replica recorded must hold here too.
    public func merge(_ revocations: some Sequence<Revocation>, now: Int) {
        state.withLock { state in
            for revocation in revocations where revocation.expiresAt > now {
                Self.merge(revocation, into: &state)
            }
            entryCount.store(state.count, ordering: .relaxed)
        }
    }

    /// Drops the entries that cover nothing any more.
    public func removeExpired(now: Int) {
        state.withLock { state in
            state.removeExpired(now: now)
            entryCount.store(state.count, ordering: .relaxed)
        }
    }

    private static func isHeld(_ revocation: Revocation, in state: State) -> Bool {
        switch revocation {
        case .token(let jti, _): state.tokens[jti] != nil
        case .profile(let id, _, _): state.profiles[id] != nil
        }
    }

    private static func merge(_ revocation: Revocation, into state: inout State) {
        switch revocation {
        case .token(let jti, let expiresAt):
            state.tokens[jti] = max(state.tokens[jti] ?? 0, expiresAt)
        case .profile(let id, let revokedAt, let expiresAt):
            let old = state.profiles[id]
            state.profiles[id] = (max(old?.revokedAt ?? 0, revokedAt), max(old?.expiresAt ?? 0, expiresAt))
        }
    }
}

/// The revocation list is full of live entries: the revocation was not recorded.
public struct RevocationListFull: Error, Sendable {}
