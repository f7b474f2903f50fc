import ArgumentParser
import Foundation
import OmneoIDConfiguration
import OmneoIDGateway

/// `omneo-id keys`: the private signing-keys file (`OMNEO_ID_KEYS_FILE`).
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Generate, rotate, prune or show the signing keys.",
        subcommands: [Generate.self, Rotate.self, Prune.self, JWKSCommand.self]
    )

    /// `keys generate`: a new file with one key.
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the keys file with one new key.")
        @Flag(help: "Replace an existing keys file (every token it signed stops verifying).") var force = false
        @OptionGroup var options: SettingsOptions

        func run() async throws {
            let settings = try options.load()
            let keys = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).generate(algorithm: settings.tokenAlgorithm, force: force)
            }
            print("Created \(settings.keysFile) with key \(keys.activeKey.kid) (\(settings.tokenAlgorithm.rawValue)).")
        }
    }

    /// `keys rotate`: a new signing key; earlier keys stay for verification.
    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a new signing key; earlier keys keep verifying until pruned.",
            discussion: "Running gateways pick the new key up when they reload the keys file (SIGHUP) or restart.")
        @OptionGroup var options: SettingsOptions

        func run() async throws {
            let settings = try options.load()
            let keys = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).rotate(algorithm: settings.tokenAlgorithm)
            }
            print("Signing key is now \(keys.activeKey.kid); \(keys.keys.count) key(s) in \(settings.keysFile).")
        }
    }

    /// `keys prune`: drops keys no unexpired token can need.
    struct Prune: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove keys retired longer than the token TTL ago.")
        @OptionGroup var options: SettingsOptions

        func run() async throws {
            let settings = try options.load()
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
        @OptionGroup var options: SettingsOptions

        func run() async throws {
            let settings = try options.load()
            let keys = try KeysCommand.perform {
                try SigningKeyFile(path: settings.keysFile).load(algorithm: settings.tokenAlgorithm)
            }
            print(String(decoding: keys.publicJWKSJSON(), as: UTF8.self))
        }
    }

    /// Runs a key-file operation; a failure is one line on standard error and exit status 1.
    static func perform<T>(_ operation: () throws -> T) throws -> T {
        do {
            return try operation()
        } catch let error as SigningKeyError {
            FileHandle.standardError.write(Data("omneo-id: \(error.description)\n".utf8))
            throw ExitCode.failure
        }
    }
}
