import ArgumentParser

/// `omneo-id`: the token-scoped identity proxy for the Omneo API, and its tools.
///
/// The entry point is `main.swift`, which first makes NIO's event loops Swift concurrency's
/// global executor and then calls `OmneoID.main()`.
struct OmneoID: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omneo-id",
        abstract: "Token-scoped identity proxy in front of the Omneo customer-data API.",
        subcommands: [ServeCommand.self, SandboxCommand.self, KeysCommand.self, TokenCommand.self]
    )
}
