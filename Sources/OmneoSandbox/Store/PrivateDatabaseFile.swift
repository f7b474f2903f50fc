#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The sandbox's SQLite file is private to the user running it (it holds shoppers' data):
/// its folder is created 0700 and the file 0600 before SQLite opens it. SQLite gives the
/// `-wal` and `-shm` files it makes the mode of the database file, so they are 0600 too;
/// ones left from an earlier run are tightened here as well.
enum PrivateDatabaseFile {
    /// Creates the parent folder (0700, if missing) and the file (0600), or tightens an existing file.
    static func prepare(_ path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            chmod(directory, 0o700)
        }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        defer { close(fd) }
        fchmod(fd, 0o600)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            chmod(path + suffix, 0o600)
        }
    }
}
