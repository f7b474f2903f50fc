import ArgumentParser
import OmneoIDConfiguration

/// The flags `keys …` reads (the rest of the settings still come from the environment and
/// the config file, and are validated as for `serve`).
struct KeysOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: .init(Setting.config.help, valueName: "config"))
    var config: String?
    @Option(name: .customLong("data-dir"), help: .init(Setting.dataDir.help, valueName: "data-dir"))
    var dataDir: String?
    @Option(name: .customLong("keys-file"), help: .init(Setting.keysFile.help, valueName: "keys-file"))
    var keysFile: String?
    @Option(name: .customLong("token-alg"), help: .init(Setting.tokenAlg.help, valueName: "token-alg"))
    var tokenAlg: String?

    var flags: [Setting: String] {
        var flags: [Setting: String] = [:]
        flags[.config] = config
        flags[.dataDir] = dataDir
        flags[.keysFile] = keysFile
        flags[.tokenAlg] = tokenAlg
        return flags
    }

    func load(adding more: [Setting: String] = [:]) throws -> OmneoIDSettings {
        try SettingsOptions.load(flags: flags.merging(more) { $1 })
    }
}

/// The flags `sandbox` reads.
struct SandboxOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: .init(Setting.config.help, valueName: "config"))
    var config: String?
    @Option(name: .customLong("data-dir"), help: .init(Setting.dataDir.help, valueName: "data-dir"))
    var dataDir: String?
    @Option(name: .customLong("sandbox-port"), help: .init(Setting.sandboxPort.help, valueName: "sandbox-port"))
    var sandboxPort: String?
    @Option(name: .customLong("sandbox-token"), help: .init(Setting.sandboxToken.help, valueName: "sandbox-token"))
    var sandboxToken: String?
    @Option(name: .customLong("sandbox-token-file"), help: .init(Setting.sandboxToken.fileVariant.help, valueName: "file"))
    var sandboxTokenFile: String?
    @Option(name: .customLong("sandbox-db"), help: .init(Setting.sandboxDB.help, valueName: "sandbox-db"))
    var sandboxDb: String?
    @Option(name: .customLong("sandbox-db-file"), help: .init(Setting.sandboxDB.fileVariant.help, valueName: "file"))
    var sandboxDbFile: String?
    @Option(name: .customLong("log-level"), help: .init(Setting.logLevel.help, valueName: "log-level"))
    var logLevel: String?
    @Option(name: .customLong("log-format"), help: .init(Setting.logFormat.help, valueName: "log-format"))
    var logFormat: String?

    var flags: [Setting: String] {
        var flags: [Setting: String] = [:]
        flags[.config] = config
        flags[.dataDir] = dataDir
        flags[.sandboxPort] = sandboxPort
        flags[.sandboxToken] = sandboxToken
        flags[Setting.sandboxToken.fileVariant] = sandboxTokenFile
        flags[.sandboxDB] = sandboxDb
        flags[Setting.sandboxDB.fileVariant] = sandboxDbFile
        flags[.logLevel] = logLevel
        flags[.logFormat] = logFormat
        return flags
    }

    func load() throws -> OmneoIDSettings {
        try SettingsOptions.load(flags: flags)
    }
}
