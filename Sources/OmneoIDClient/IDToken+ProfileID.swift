import Foundation
import OmneoModels

extension IDToken {
    /// The Omneo profile the token is for (its `pid` claim); `nil` for an anonymous token or
    /// one that cannot be read.
    ///
    /// Read without verifying the signature, for display and routing only: the gateway
    /// verifies every token it is sent.
    public var profileID: ProfileID? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let payload = Self.base64URLDecoded(parts[1]),
            let claims = try? JSONDecoder().decode(ProfileClaim.self, from: payload),
            let pid = claims.pid, pid != "null"
        else { return nil }
        return ProfileID(pid)
    }

    private struct ProfileClaim: Decodable {
        var pid: String?
    }

    private static func base64URLDecoded(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
