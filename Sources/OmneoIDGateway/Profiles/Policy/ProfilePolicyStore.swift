import OmneoIDConfiguration
import Synchronization

/// The profile policy in force, swapped atomically when its rules file is reloaded (with the
/// signing keys: SIGHUP or a file change). Reading it takes a lock for a pointer copy only.
public final class ProfilePolicyStore: Sendable {
    public let setting: OmneoIDSettings.ProfilePolicyChoice
    private let current: Mutex<ProfilePolicy>

    /// Loads the policy `setting` names; a rules file that cannot be used throws a
    /// `ConfigurationError` naming the rule.
    public init(_ setting: OmneoIDSettings.ProfilePolicyChoice) throws {
        self.setting = setting
        self.current = Mutex(try Self.load(setting))
    }

    /// The policy for the next decision.
    public var policy: ProfilePolicy { current.withLock { $0 } }

    /// The rules file, when the policy comes from one.
    public var rulesFile: String? {
        if case .rulesFile(let path) = setting { return path }
        return nil
    }

    /// Re-reads the rules file (a no-op for `default` and `open`). On failure the current
    /// policy stays in force and the error is thrown.
    public func reload() throws {
        guard rulesFile != nil else { return }
        let policy = try Self.load(setting)
        current.withLock { $0 = policy }
    }

    static func load(_ setting: OmneoIDSettings.ProfilePolicyChoice) throws -> ProfilePolicy {
        switch setting {
        case .hardened: .hardened
        case .open: .open
        case .rulesFile(let path): try ProfilePolicyFile(path: path).load()
        }
    }
}
