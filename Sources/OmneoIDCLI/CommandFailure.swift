import ArgumentParser
import Foundation

/// The exit-status convention of every `omneo-id` command (README, "Exit status"):
///
/// * `0` — done (for `serve` and `sandbox`: stopped by SIGTERM/SIGINT after draining);
/// * `1` — the command was right but failed while doing its job: a listener could not bind,
///   the upstream was unreachable or refused, a looked-up profile does not exist;
/// * `2` — nothing was done because what it was given is wrong: an invalid flag or setting,
///   an unusable data directory or keys file.
///
/// Every failure is one line on standard error starting with `omneo-id: `.
enum CommandFailure {
    static let failed = ExitCode(1)
    static let invalid = ExitCode(2)

    /// Writes `omneo-id: <line>` to standard error and returns `code`, to be thrown.
    static func report(_ line: String, _ code: ExitCode) -> ExitCode {
        FileHandle.standardError.write(Data("omneo-id: \(line)\n".utf8))
        return code
    }
}
