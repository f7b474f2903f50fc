import Foundation
import OmneoModels

/// An ID token and when it expires (the `data.token` and `data.exp` of `POST /auth/token`).
public struct IDToken: Sendable, Hashable, CustomStringConvertible {
    /// The compact JWT, sent as `Authorization: Bearer <token>`.
    public var token: String
    /// The token's `exp`.
    public var expiresAt: Date

    public init(token: String, expiresAt: Date) {
        self.token = token
        self.expiresAt = expiresAt
    }

    /// The token of a `POST /auth/token` answer.
    public init(_ grant: TokenGrant) {
        self.init(token: grant.token, expiresAt: Date(timeIntervalSince1970: TimeInterval(grant.exp)))
    }

    /// Whether the token expires within `margin` seconds of `now` (or has expired).
    public func expires(within margin: TimeInterval, of now: Date = Date()) -> Bool {
        expiresAt.timeIntervalSince(now) <= margin
    }

    /// Redacted: tokens are credentials and stay out of logs.
    public var description: String { "IDToken(expiresAt: \(expiresAt))" }
}
