import ArgumentParser
import Foundation
import OmneoIDConfiguration
import OmneoIDGateway

/// `omneo-id keys`: the private signing-keys file (`OMNEO_ID_KEYS_FILE`).
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Generate, rotate, prune or show the signing keys.",
        subcommands: [Generate.self, Rotate.self, Activate.self, Prune.self, JWKSCommand.self]
    )

    /// `keys generate`: a new file with one key.
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the keys file with one new key.")
        @Flag(help: "Replace an existing keys file (every token it signed stops verifying).") var force = false
        @OptionGroup var options: KeysOptions

        func run() async throws {
            let settings = try options.load()
            let keys = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).generate(algorithm: settings.tokenAlgorithm, force: force)
            }
            print("Created \(settings.keysFile) with key \(keys.activeKey.kid) (\(settings.tokenAlgorithm.rawValue)).")
        }
    }

    /// `keys rotate`: a new key, published at once, signing after `--activate-after`.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a new key: published (JWKS) and verifying at once, signing only after --activate-after.",
            discussion: "Distribute the file to every replica within --activate-after (they re-read it within 5 s of "
                + "a change, or on SIGHUP); from then on every replica signs with the new key. Earlier keys keep "
                + "verifying until pruned. See docs/OPERATIONS.md, \"Rotating keys\".")
        @Option(
            name: .customLong("activate-after"),
            help: ArgumentHelp(
                "Seconds until the new key signs; 0 signs at once. 600 outlasts a Secret's propagation and the "
                    + "300 s JWKS caches of external verifiers."))
        var activateAfter: Int = 600
        @OptionGroup var options: KeysOptions

        func validate() throws {
            guard (0...7 * 86_400).contains(activateAfter) else {
                throw ValidationError("--activate-after must be 0 to 604800 seconds.")
            }
        }

        func run() async throws {
            let settings = try options.load()
            let keys = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).rotate(
                    algorithm: settings.tokenAlgorithm, activateAfter: TimeInterval(activateAfter))
            }
            let new = keys.keys[keys.keys.count - 1]
            if activateAfter == 0 {
                print("Signing key is now \(new.kid); \(keys.keys.count) key(s) in \(settings.keysFile).")
            } else {
                let at = ISO8601DateFormatter().string(from: new.activatesAt)
                print("Added key \(new.kid), signing from \(at) (or `omneo-id keys activate`); until then "
                    + "\(keys.activeKey.kid) signs. \(keys.keys.count) key(s) in \(settings.keysFile).")
            }
        }
    }

    /// `keys activate`: a staged key signs from now on.
    struct Activate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a staged key (from keys rotate) sign now, before its --activate-after time.",
            discussion: "Only once every replica has the file with that key, and external verifiers have "
                + "refreshed their JWKS; otherwise they refuse its tokens (401).")
        @Option(name: .customLong("kid"), help: "The staged key to activate (default: every staged key).")
        var kid: String?
        @OptionGroup var options: KeysOptions

        func run() async throws {
            let settings = try options.load()
            let result = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).activate(algorithm: settings.tokenAlgorithm, kid: kid)
            }
            guard !result.activated.isEmpty else {
                throw CommandFailure.report(
                    kid.map { "no staged key \($0) in \(settings.keysFile)" } ?? "no staged key in \(settings.keysFile)",
                    CommandFailure.failed)
            }
            print("Signing key is now \(result.keys.activeKey.kid); \(result.keys.keys.count) key(s) in \(settings.keysFile).")
        }
    }

    /// `keys prune`: drops keys no unexpired token can need.
    struct Prune: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove keys retired longer than the token TTL ago.")
        @OptionGroup var options: KeysOptions
        @Option(name: .customLong("token-ttl"), help: .init(Setting.tokenTTL.help, valueName: "token-ttl"))
        var tokenTtl: String?

        func run() async throws {
            var more: [Setting: String] = [:]
            more[.tokenTTL] = tokenTtl
            let settings = try options.load(adding: more)
            let result = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).prune(
                    algorithm: settings.tokenAlgorithm, tokenTTL: settings.tokenTTL)
            }
            let removed = result.removed.isEmpty ? "none" : result.removed.joined(separator: ", ")
            print("Removed: \(removed); \(result.keys.keys.count) key(s) left in \(settings.keysFile).")
        }
    }

    /// `keys jwks`: the public JWKS, as served at `/.well-known/jwks.json`.
    struct JWKSCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jwks", abstract: "Print the public keys (JWKS) of the keys file.")
        @OptionGroup var options: KeysOptions

        func run() async throws {
            let settings = try options.load()
            let keys = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).load(algorithm: settings.tokenAlgorithm)
            }
            print(String(decoding: keys.publicJWKSJSON(), as: UTF8.self))
        }
    }

    /// Runs a key-file operation; a failure is one `omneo-id:` line on standard error and
    /// exit status 2 (an unusable keys file is a configuration problem, see `CommandFailure`).
    static func perform<T>(_ operation: () throws -> T) throws -> T {
        do {
            return try operation()
        } catch let error as SigningKeyError {
            throw CommandFailure.report(error.description, CommandFailure.invalid)
        }
    }
}
