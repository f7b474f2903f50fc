import NIOCore
import NIOPosix

// Run Swift concurrency on NIO's event loops (the singleton `MultiThreadedEventLoopGroup`
// that Hummingbird and AsyncHTTPClient already use), so a request's handler, its upstream
// call and its response writes stay on one thread instead of hopping between the global
// concurrency pool and the event loops (docs/PERFORMANCE.md §1).
//
// This must happen before any task runs on the global executor, and on the main thread:
// here, as the first statement of the program. Tests never reach this file, so they keep
// the default executor. When installation is not possible (returns false) the process
// simply runs on the default executor, as before.
_ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()

await OmneoID.runAsync()

extension OmneoID {
    /// `AsyncParsableCommand.main()`: parses the arguments and awaits the chosen subcommand's
    /// `run()`. Called from an `async` function on purpose: in top-level code, `OmneoID.main()`
    /// resolves to `ParsableCommand`'s synchronous `main()`, which does not run async subcommands.
    static func runAsync() async {
        await Self.main()
    }
}
