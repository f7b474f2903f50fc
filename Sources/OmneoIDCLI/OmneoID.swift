import ArgumentParser
import OmneoIDGateway

/// `omneo-id`: the token-scoped identity proxy for the Omneo API, and its tools.
///
/// The entry point is `main.swift`, which first makes NIO's event loops Swift concurrency's
/// global executor and then calls `OmneoID.main()`.
struct OmneoID: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omneo-id",
        abstract: "Token-scoped identity proxy in front of the Omneo customer-data API.",
        discussion: "Exit status: 0 done; 1 failed while doing its job (a port in use, the upstream unreachable "
            + "or refusing, an unknown profile); 2 invalid input (a flag, a setting, the data directory or keys file).",
        version: BuildInfo.version,
        subcommands: [ServeCommand.self, CheckCommand.self, SandboxCommand.self, KeysCommand.self, TokenCommand.self]
    )
}
