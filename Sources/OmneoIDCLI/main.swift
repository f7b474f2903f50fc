// Swift concurrency runs on its default executor (the cooperative pool), not on NIO's event
// loops. Installing NIO's singleton event-loop group as the global executor
// (`NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()`)
// was tried (docs/PERFORMANCE.md §1) and removed: it saved no measurable CPU, and it hung
// about 1 shutdown in 25 (docs/DECISIONS.md, "Shutdown"). NIO runs those jobs on the event
// loop as a *serial* executor, so every call into nonisolated async code re-enqueues itself —
// on the same event loop. swift-async-algorithms' `merge` (under Hummingbird's date cache and
// ServiceLifecycle's `cancelOnGracefulShutdown`) holds a lock across such a re-enqueue
// (`withUnsafeThrowingContinuation`); the next job on that loop that wants the lock blocks the
// thread for good, and the job that would release it is queued behind it.

import ArgumentParser
import Foundation

await OmneoID.runAsync()

extension OmneoID {
    /// `AsyncParsableCommand.main()`: parses the arguments and awaits the chosen subcommand's
    /// `run()`. Called from an `async` function on purpose: in top-level code, `OmneoID.main()`
    /// resolves to `ParsableCommand`'s synchronous `main()`, which does not run async subcommands.
    ///
    /// Usage errors exit 2 like every other invalid input (`CommandFailure`), not
    /// ArgumentParser's 64.
    static func runAsync() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(CommandFailure.invalid.rawValue)
            }
            exit(withError: error)
        }
    }
}
