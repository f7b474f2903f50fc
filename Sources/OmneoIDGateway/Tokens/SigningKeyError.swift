import OmneoIDConfiguration

/// Why a signing-key file or key set could not be used. Each description is one line, names the
/// file where there is one and says what to do; it never contains key material.
public enum SigningKeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read (missing, not a regular file, permission denied, too large).
    case unreadable(path: String, reason: String)
    /// The file is readable by users other than its owner and group; it holds private keys.
    case insecurePermissions(path: String, mode: UInt32)
    /// The file is not a private JWKS this service wrote (bad JSON, bad key, missing member).
    case corrupt(path: String?, reason: String)
    /// The file holds keys for another algorithm than the configured one.
    case algorithmMismatch(path: String?, found: String, configured: TokenAlgorithm)
    /// `generate` was asked to replace an existing file without `force`.
    case alreadyExists(path: String)
    /// Writing the file (or creating its directory) failed.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "keys file \(path) cannot be read: \(reason)"
        case .insecurePermissions(let path, let mode):
            return "keys file \(path) is accessible by other users (mode \(String(mode & 0o777, radix: 8))); "
                + "it holds private keys: run `chmod 600 \(path)`"
        case .corrupt(let path, let reason):
            return "\(Self.name(path)) is not a valid private JWKS: \(reason)"
        case .algorithmMismatch(let path, let found, let configured):
            return "\(Self.name(path)) holds \(found) keys but OMNEO_ID_TOKEN_ALG is \(configured.rawValue); "
                + "set OMNEO_ID_TOKEN_ALG=\(found) or generate new keys with `omneo-id keys generate --force`"
        case .alreadyExists(let path):
            return
                "keys file \(path) already exists; use --force to replace it (tokens signed by its keys stop verifying)"
        case .writeFailed(let path, let reason):
            return "keys file \(path) cannot be written: \(reason)"
        }
    }

    private static func name(_ path: String?) -> String {
        path.map { "keys file \($0)" } ?? "key set"
    }
}
