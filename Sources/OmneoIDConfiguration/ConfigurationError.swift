/// A setting that cannot be used; its description is the one line printed before exiting.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    /// The setting as the operator wrote it, e.g. `OMNEO_ID_PORT` or `--port` or `port (config.yaml)`.
    public let setting: String
    public let problem: String

    public init(setting: String, problem: String) {
        self.setting = setting
        self.problem = problem
    }

    public var description: String { "invalid configuration: \(setting): \(problem)" }
}
