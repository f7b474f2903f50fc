import Configuration
import Foundation
import Logging
import Yams

/// Reads settings from flags, the environment and a config file (in that order of
/// precedence) and validates them, failing on the first unusable value with a
/// `ConfigurationError` that names it.
public struct SettingsLoader: Sendable {
    /// Flag values given on the command line, keyed by setting.
    public var flags: [Setting: String]
    /// The process environment.
    public var environment: [String: String]

    public init(flags: [Setting: String] = [:], environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.flags = flags
        self.environment = environment
    }

    /// The validated settings.
    public func load() throws -> OmneoIDSettings {
        try rejectUnknownEnvironment()
        let file = try loadConfigFile()
        let reader = ConfigReader(providers: [
            InMemoryProvider(name: "flags", values: values(flags, secretNames: [])),
            EnvironmentVariablesProvider(
                environmentVariables: environment.filter { $0.key.hasPrefix("OMNEO_ID_") },
                secretsSpecifier: .dynamic { name, _ in Setting.all.contains { $0.isSecret && $0.environmentName == name } }
            ),
            InMemoryProvider(name: "config file", values: values(file?.values ?? [:], secretNames: [])),
        ])
        let source = SourceNamer(flags: flags, environment: environment, file: file)
        var read = SettingReader(reader: reader, source: source, environment: environment)
        return try read.settings()
    }

    private func values(_ raw: [Setting: String], secretNames: Set<String>) -> [AbsoluteConfigKey: ConfigValue] {
        var result: [AbsoluteConfigKey: ConfigValue] = [:]
        for (setting, value) in raw {
            result[AbsoluteConfigKey([setting.configKey])] = ConfigValue(.string(value), isSecret: setting.isSecret)
        }
        return result
    }

    private func rejectUnknownEnvironment() throws {
        let known = Set((Setting.all + Setting.fileVariants).map(\.environmentName))
        for name in environment.keys.sorted() where name.hasPrefix("OMNEO_ID_") && !known.contains(name) {
            throw ConfigurationError(setting: name, problem: "unknown setting")
        }
    }

    /// The config file named by `--config` or `OMNEO_ID_CONFIG`, if any.
    private func loadConfigFile() throws -> ConfigFile? {
        let path = flags[.config] ?? environment[Setting.config.environmentName]
        guard let path, !path.isEmpty else { return nil }
        return try ConfigFile(path: path)
    }
}

/// The keys and values of a YAML or JSON config file, checked against the known settings.
struct ConfigFile {
    let path: String
    let values: [Setting: String]

    init(path: String) throws {
        self.path = path
        let where_ = "\(Setting.config.environmentName) (\(path))"
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(setting: where_, problem: "cannot read the file")
        }
        let document: Any?
        do {
            // YAML 1.2 reads JSON as well.
            document = try Yams.load(yaml: text)
        } catch {
            throw ConfigurationError(setting: where_, problem: "not valid YAML or JSON")
        }
        guard let object = document as? [String: Any] else {
            if document == nil { self.values = [:]; return }
            throw ConfigurationError(setting: where_, problem: "the file must hold one mapping of setting names to values")
        }
        var values: [Setting: String] = [:]
        for (key, value) in object {
            let name = key.hasPrefix("OMNEO_ID_") ? String(key.dropFirst("OMNEO_ID_".count)).lowercased() : key
            guard let setting = (Setting.all + Setting.fileVariants).first(where: { $0.name == name }), setting != .config
            else {
                throw ConfigurationError(setting: "\(key) (\(path))", problem: "unknown setting")
            }
            switch value {
            case let string as String: values[setting] = string
            case let bool as Bool: values[setting] = bool ? "true" : "false"
            case let int as Int: values[setting] = String(int)
            case let double as Double: values[setting] = String(double)
            case let list as [Any]: values[setting] = list.map { "\($0)" }.joined(separator: ",")
            case is NSNull: continue
            default:
                throw ConfigurationError(setting: "\(key) (\(path))", problem: "must be a string, number, boolean or list")
            }
        }
        self.values = values
    }
}

/// Names the place a setting's value came from, so an error points at what the operator wrote.
struct SourceNamer {
    let flags: [Setting: String]
    let environment: [String: String]
    let file: ConfigFile?

    func name(of setting: Setting) -> String {
        if flags[setting] != nil { return setting.flag }
        if environment[setting.environmentName] != nil { return setting.environmentName }
        if let file, file.values[setting] != nil { return "\(setting.name) (\(file.path))" }
        return setting.environmentName
    }
}
