/// Omneo's error body: `{"message": "...", "errors": {"field": ["..."]}}`.
///
/// `errors` is present only on 422 (validation) answers.
public struct ErrorBody: Codable, Sendable, Equatable, Error {
    public var message: String
    public var errors: [String: [String]]?

    public init(message: String, errors: [String: [String]]? = nil) {
        self.message = message
        self.errors = errors
    }

    /// 401, as Omneo words it.
    public static let unauthenticated = ErrorBody(message: "Unauthenticated.")
    /// 404, as Omneo words it.
    public static let notFound = ErrorBody(message: "Not Found.")
    /// 429, as Omneo words it.
    public static let tooManyAttempts = ErrorBody(message: "Too Many Attempts.")
    /// 405.
    public static let methodNotAllowed = ErrorBody(message: "Method Not Allowed.")

    /// 422 with one message per invalid field; the summary names the first problem, as Laravel does.
    public static func invalid(_ errors: [String: [String]]) -> ErrorBody {
        let first = errors.keys.sorted().first.flatMap { errors[$0]?.first } ?? "The given data was invalid."
        let more = errors.values.reduce(0) { $0 + $1.count } - 1
        let message = more > 0 ? "\(first) (and \(more) more error\(more == 1 ? "" : "s"))" : first
        return ErrorBody(message: message, errors: errors)
    }
}
