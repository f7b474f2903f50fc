import OmneoModels

/// One revocation: what it covers, and until when it must be remembered.
///
/// * ``token(jti:expiresAt:)`` — one ID token (a logout), by its `jti`; remembered until the
///   token's own `exp`.
/// * ``profile(_:revokedAt:expiresAt:)`` — every ID token of one profile issued at or before
///   `revokedAt` (log out everywhere); remembered until the last such token can have expired.
///
/// Times are Unix seconds. A revocation is the same value in memory, in PostgreSQL and in a
/// `NOTIFY` payload (see ``payload`` and ``init(payload:)``).
public enum Revocation: Sendable, Hashable {
    case token(jti: String, expiresAt: Int)
    case profile(ProfileID, revokedAt: Int, expiresAt: Int)

    /// When nothing it covers can still be valid: it may be forgotten after this.
    public var expiresAt: Int {
        switch self {
        case .token(_, let expiresAt), .profile(_, _, let expiresAt): expiresAt
        }
    }

    /// The stored form's `kind` column: `token` or `profile`.
    var kind: String {
        switch self {
        case .token: "token"
        case .profile: "profile"
        }
    }

    /// The stored form's `subject` column: the `jti`, or the profile id.
    var subject: String {
        switch self {
        case .token(let jti, _): jti
        case .profile(let id, _, _): id.rawValue
        }
    }

    /// The stored form's `revoked_at` column (for a token, 0: it covers that one token whenever issued).
    var revokedAt: Int {
        switch self {
        case .token: 0
        case .profile(_, let revokedAt, _): revokedAt
        }
    }

    /// The value of a stored row; `nil` for a row this version cannot read (skipped, never trusted
    /// as a narrower revocation than it is).
    init?(kind: String, subject: String, revokedAt: Int, expiresAt: Int) {
        switch kind {
        case "token":
            guard (1...128).contains(subject.utf8.count) else { return nil }
            self = .token(jti: subject, expiresAt: expiresAt)
        case "profile":
            guard let id = ProfileID(subject) else { return nil }
            self = .profile(id, revokedAt: revokedAt, expiresAt: expiresAt)
        default:
            return nil
        }
    }

    /// `kind revokedAt expiresAt subject`, space-separated (a `jti` holds no space: the verifier
    /// accepts only printable ASCII without it). Well under PostgreSQL's 8000-byte limit.
    var payload: String {
        "\(kind) \(revokedAt) \(expiresAt) \(subject)"
    }

    /// Reads ``payload``.
    init?(payload: String) {
        let parts = payload.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, let revokedAt = Int(parts[1]), let expiresAt = Int(parts[2]) else { return nil }
        self.init(kind: String(parts[0]), subject: String(parts[3]), revokedAt: revokedAt, expiresAt: expiresAt)
    }
}
