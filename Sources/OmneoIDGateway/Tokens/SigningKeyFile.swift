import Foundation
import OmneoIDConfiguration

#if canImport(Glibc)
    import Glibc
    #if canImport(CoreFoundation)
        import CoreFoundation  // where Foundation's Linux overlay puts `struct stat`
    #endif
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The private keys file (`OMNEO_ID_KEYS_FILE`, default `$OMNEO_ID_DATA_DIR/keys.jwks.json`).
///
/// Format: a JWKS `{"keys": [...]}`, pretty-printed, oldest key first; each key is a private
/// JWK with `kty`, `crv`, `alg`, `use: "sig"`, `kid`, `x`/`y`/`d` (ES256, EdDSA) or `k`
/// (HS256, 32 random bytes), and the custom member `iat`, the key's creation time in Unix
/// seconds. The newest key (greatest `iat`; the later one on a tie) signs.
///
/// The file is written with mode 0600 (its directory 0700 when created) by writing a temporary
/// file beside it and renaming it over, so readers only ever see a whole file. It is refused
/// when readable or writable by "other" users. Replicas share this one file.
public struct SigningKeyFile: Sendable {
    /// The default file name inside the data directory.
    public static let defaultFileName = "keys.jwks.json"
    /// Files larger than this are refused, whatever they hold.
    static let maximumSize = 1 << 20

    /// The file's path.
    public let path: String

    /// The file at `path`.
    public init(path: String) {
        self.path = path
    }

    /// The default file, `keys.jwks.json`, in `dataDirectory`.
    public init(dataDirectory: String) {
        self.path = (dataDirectory as NSString).appendingPathComponent(Self.defaultFileName)
    }

    /// Whether something exists at ``path``.
    public var exists: Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Reads the keys; every key must use `algorithm`.
    public func load(algorithm: TokenAlgorithm) throws(SigningKeyError) -> SigningKeySet {
        try SigningKeySet(privateJWKS: readContents(), algorithm: algorithm, path: path)
    }

    /// Reads the keys, or, when the file does not exist, creates it with one new key.
    ///
    /// Creation is atomic and never replaces a file: when two replicas start at once, one
    /// creates the file and the other reads it.
    /// - Returns: the keys, and whether the file was created.
    public func loadOrCreate(
        algorithm: TokenAlgorithm, now: Date = Date()
    ) throws(SigningKeyError) -> (keys: SigningKeySet, created: Bool) {
        if exists {
            return (try load(algorithm: algorithm), false)
        }
        let keys = SigningKeySet.generate(algorithm: algorithm, now: now)
        if try write(keys.privateJWKSJSON(), replacing: false) {
            return (keys, true)
        }
        return (try load(algorithm: algorithm), false)
    }

    /// Writes a new file with one new key. Refuses to replace an existing file unless `force`.
    public func generate(
        algorithm: TokenAlgorithm, force: Bool = false, now: Date = Date()
    ) throws(SigningKeyError) -> SigningKeySet {
        let keys = SigningKeySet.generate(algorithm: algorithm, now: now)
        if force {
            _ = try write(keys.privateJWKSJSON(), replacing: true)
        } else if !(try write(keys.privateJWKSJSON(), replacing: false)) {
            throw .alreadyExists(path: path)
        }
        return keys
    }

    /// Adds a new key to the file; earlier keys stay for verification. With `activateAfter`
    /// > 0 the new key is staged: published at once, signing only after that many seconds
    /// (see ``SigningKeySet/rotate(now:activateAfter:)``).
    /// - Returns: the keys now in the file.
    public func rotate(
        algorithm: TokenAlgorithm, now: Date = Date(), activateAfter: TimeInterval = 0
    ) throws(SigningKeyError) -> SigningKeySet {
        var keys = try load(algorithm: algorithm)
        keys.rotate(now: now, activateAfter: activateAfter)
        try save(keys)
        return keys
    }

    /// Makes the staged key `kid` (or every staged key) sign from `now` on.
    /// - Returns: the keys now in the file and the activated `kid`s (the file is rewritten
    ///   only when there was one).
    public func activate(
        algorithm: TokenAlgorithm, kid: String? = nil, now: Date = Date()
    ) throws(SigningKeyError) -> (keys: SigningKeySet, activated: [String]) {
        var keys = try load(algorithm: algorithm)
        let activated = keys.activate(kid: kid, now: now)
        if !activated.isEmpty { try save(keys) }
        return (keys, activated)
    }

    /// Removes keys that no live token can be signed by (see ``SigningKeySet/prune(tokenTTL:now:)``).
    /// The file is rewritten only when a key was removed.
    /// - Returns: the keys now in the file, and the removed `kid`s.
    public func prune(
        algorithm: TokenAlgorithm, tokenTTL: Int, now: Date = Date()
    ) throws(SigningKeyError) -> (keys: SigningKeySet, removed: [String]) {
        var keys = try load(algorithm: algorithm)
        let removed = keys.prune(tokenTTL: tokenTTL, now: now)
        if !removed.isEmpty {
            try save(keys)
        }
        return (keys, removed)
    }

    /// Atomically replaces the file with `keys` (mode 0600).
    public func save(_ keys: SigningKeySet) throws(SigningKeyError) {
        _ = try write(keys.privateJWKSJSON(), replacing: true)
    }
}

// MARK: - POSIX I/O

extension SigningKeyFile {
    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Reads the whole file after checking it is a regular file no other user can access.
    func readContents() throws(SigningKeyError) -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, reason: Self.errorText(errno)) }
        defer { close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: Self.errorText(errno)) }
        guard info.st_mode & 0o170000 == 0o100000 else {
            throw .unreadable(path: path, reason: "not a regular file")
        }
        let mode = UInt32(info.st_mode)
        guard mode & 0o007 == 0 else { throw .insecurePermissions(path: path, mode: mode) }
        guard Int(info.st_size) <= Self.maximumSize else {
            throw .unreadable(path: path, reason: "larger than \(Self.maximumSize) bytes")
        }

        var contents: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: Self.errorText(errno))
            }
            if count == 0 { break }
            contents.append(contentsOf: buffer[0..<count])
            guard contents.count <= Self.maximumSize else {
                throw .unreadable(path: path, reason: "larger than \(Self.maximumSize) bytes")
            }
        }
        return Data(contents)
    }

    /// Writes `data` to a 0600 temporary file beside ``path``, then moves it into place.
    ///
    /// - Parameter replacing: `true` renames over any existing file; `false` only creates
    ///   (a hard link that fails when the file exists).
    /// - Returns: `false` when `replacing` is `false` and the file already existed.
    func write(_ data: Data, replacing: Bool) throws(SigningKeyError) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                throw .writeFailed(path: path, reason: "cannot create directory \(directory)")
            }
        }
        let name = (path as NSString).lastPathComponent
        let temporary =
            (directory.isEmpty ? "" : directory + "/")
            + ".\(name).tmp-\(Base64URL.encode(SecureRandom.bytes(9)))"

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .writeFailed(path: path, reason: Self.errorText(errno)) }
        var removeTemporary = true
        defer { if removeTemporary { unlink(temporary) } }

        let result = fillAndSync(fd, with: data)
        close(fd)
        try result.get()

        if replacing {
            guard rename(temporary, path) == 0 else { throw .writeFailed(path: path, reason: Self.errorText(errno)) }
            removeTemporary = false
        } else {
            if link(temporary, path) != 0 {
                let code = errno
                if code == EEXIST { return false }
                throw .writeFailed(path: path, reason: Self.errorText(code))
            }
        }
        syncDirectory(directory.isEmpty ? "." : directory)
        return true
    }

    /// Writes all of `data` to `fd` and flushes it to disk.
    private func fillAndSync(_ fd: Int32, with data: Data) -> Result<Void, SigningKeyError> {
        guard fchmod(fd, 0o600) == 0 else { return .failure(.writeFailed(path: path, reason: Self.errorText(errno))) }
        let bytes = [UInt8](data)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.writeFailed(path: path, reason: Self.errorText(errno)))
            }
            written += count
        }
        guard fsync(fd) == 0 else { return .failure(.writeFailed(path: path, reason: Self.errorText(errno))) }
        return .success(())
    }

    /// Flushes the directory entry so the new file survives a crash (best effort).
    private func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}

/// `write(2)`, named apart from ``SigningKeyFile/write(_:replacing:)``.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
