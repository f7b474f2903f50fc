import Foundation

/// One `posix_spawn` call: the child's standard streams, descriptors, signal state, working
/// directory, arguments and environment; the read ends of its capture pipes.
struct ChildSpawn {
    let pid: pid_t
    /// The read end of standard output's pipe (`.capture`), for the caller to read and close.
    let outputPipe: Int32?
    /// The read end of standard error's pipe (`.capture`), for the caller to read and close.
    let errorPipe: Int32?

    init(
        executable: String, arguments: [String], environment: [String: String], directory: String?,
        standardOutput: ChildProcess.Output, standardError: ChildProcess.Output
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipes = Pipes()
        do {
            try Self.check(posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0), "stdin")
            let outputPipe = try pipes.redirect(standardOutput, to: 1, in: &actions)
            let errorPipe = try pipes.redirect(standardError, to: 2, in: &actions)
            // Foundation closed every descriptor above 2 in the child; posix_spawn does not.
            guard let addCloseFrom = GlibcExtensions.addCloseFrom else {
                throw ChildProcessError.unsupported("posix_spawn_file_actions_addclosefrom_np (glibc 2.34)")
            }
            try Self.check(addCloseFrom(&actions, 3), "closefrom")
            if let directory {
                guard let addChangeDirectory = GlibcExtensions.addChangeDirectory else {
                    throw ChildProcessError.unsupported("posix_spawn_file_actions_addchdir_np (glibc 2.29)")
                }
                try Self.check(addChangeDirectory(&actions, directory), "chdir \(directory)")
            }
            pid = try Self.spawn(executable, [executable] + arguments, environment.map { "\($0.key)=\($0.value)" }, &actions)
            pipes.closeChildEnds()
            self.outputPipe = outputPipe
            self.errorPipe = errorPipe
        } catch {
            pipes.closeAll()
            throw error
        }
    }

    private static func spawn(
        _ executable: String, _ arguments: [String], _ environment: [String],
        _ actions: inout posix_spawn_file_actions_t
    ) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Default dispositions for every signal and an empty mask, whatever the test process set.
        var mask = sigset_t()
        sigemptyset(&mask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        try check(posix_spawnattr_setsigmask(&attributes, &mask), "sigmask")
        try check(posix_spawnattr_setsigdefault(&attributes, &defaults), "sigdefault")
        try check(posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)), "flags")

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else { throw ChildProcessError.spawnFailed(executable: executable, errno: result) }
        return pid
    }

    static func check(_ result: Int32, _ step: String) throws {
        guard result == 0 else { throw ChildProcessError.setUpFailed(step: step, errno: result) }
    }

    /// The capture pipes made for one spawn: the child's (write) ends are closed in the test
    /// process once the child has them; the read ends go to the caller (or are closed on failure).
    private struct Pipes {
        var childEnds: [Int32] = []
        var readEnds: [Int32] = []

        mutating func redirect(
            _ output: ChildProcess.Output, to descriptor: Int32, in actions: inout posix_spawn_file_actions_t
        ) throws -> Int32? {
            switch output {
            case .null:
                try ChildSpawn.check(posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0), "/dev/null")
            case .file(let path):
                let flags = O_WRONLY | O_CREAT | O_TRUNC | O_APPEND
                try ChildSpawn.check(posix_spawn_file_actions_addopen(&actions, descriptor, path, flags, 0o644), path)
            case .standardOutput:
                try ChildSpawn.check(posix_spawn_file_actions_adddup2(&actions, 1, descriptor), "dup2")
            case .capture:
                var ends: [Int32] = [-1, -1]
                guard let pipe2 = GlibcExtensions.pipe2 else { throw ChildProcessError.unsupported("pipe2") }
                guard pipe2(&ends, O_CLOEXEC) == 0 else { throw ChildProcessError.setUpFailed(step: "pipe", errno: errno) }
                readEnds.append(ends[0])
                childEnds.append(ends[1])
                // dup2 clears close-on-exec on the copy: the child keeps exactly this one.
                try ChildSpawn.check(posix_spawn_file_actions_adddup2(&actions, ends[1], descriptor), "dup2")
                return ends[0]
            }
            return nil
        }

        func closeChildEnds() { childEnds.forEach { close($0) } }

        func closeAll() { (childEnds + readEnds).forEach { close($0) } }
    }
}

public enum ChildProcessError: Error, CustomStringConvertible {
    case spawnFailed(executable: String, errno: Int32)
    case setUpFailed(step: String, errno: Int32)
    case unsupported(String)

    public var description: String {
        switch self {
        case .spawnFailed(let executable, let error): "posix_spawn \(executable): \(String(cString: strerror(error)))"
        case .setUpFailed(let step, let error): "posix_spawn set-up (\(step)): \(String(cString: strerror(error)))"
        case .unsupported(let function): "this C library lacks \(function)"
        }
    }
}
