import Foundation
import NIOSSL
import PostgresNIO

/// A `postgres://` (or `postgresql://`) URL, as libpq and most tools spell a connection:
/// `postgres://user:password@host:5432/database?sslmode=require&schema=sandbox`.
///
/// User, password and database may be percent-encoded. Query parameters understood:
/// * `sslmode`: `disable`, `allow` and `prefer` (the default: TLS when the server offers it,
///   certificate not checked), `require` (TLS, certificate not checked), `verify-ca`
///   (certificate checked, not the host name), `verify-full` (both);
/// * `schema`: the schema to keep the tables in, created if missing (letters, digits, `_`);
/// * `application_name`: shown in `pg_stat_activity`.
///
/// Its ``description`` masks the password: log that, never the raw string.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
    public enum SSLMode: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String?
    public var sslMode: SSLMode
    public var schema: String?
    public var applicationName: String?

    /// Parses `string`; the error names what is wrong without repeating the password.
    public init(_ string: String) throws(PostgresURLError) {
        guard let components = URLComponents(string: string),
            let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql"
        else { throw PostgresURLError("not a postgres:// URL") }
        guard let host = components.host, !host.isEmpty else { throw PostgresURLError("the host is missing") }
        guard let username = components.user, !username.isEmpty else {
            throw PostgresURLError("the user name is missing")
        }
        self.host = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? 5432
        self.username = username
        self.password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else { throw PostgresURLError("the path must be only the database name") }
        self.database = path.isEmpty ? nil : path
        self.sslMode = .prefer
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else { throw PostgresURLError("unknown sslmode '\(value)'") }
                sslMode = mode
            case "schema":
                guard Self.isPlainIdentifier(value) else {
                    throw PostgresURLError("schema must be letters, digits and _ (not starting with a digit)")
                }
                schema = value
            case "application_name":
                applicationName = value
            default:
                throw PostgresURLError("unsupported parameter '\(item.name)'")
            }
        }
    }

    /// Whether `string` is meant as a PostgreSQL URL (`postgres://` or `postgresql://`, any case),
    /// as opposed to, say, a SQLite file path.
    public static func looksLikeOne(_ string: String) -> Bool {
        let lowered = string.prefix(13).lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// The URL with the password replaced by `***`.
    public var description: String {
        var components = URLComponents()
        components.scheme = "postgres"
        components.user = username
        components.password = password == nil ? nil : "***"
        components.host = host.contains(":") ? "[\(host)]" : host
        components.port = port
        components.path = "/" + (database ?? "")
        var query: [URLQueryItem] = []
        if sslMode != .prefer { query.append(URLQueryItem(name: "sslmode", value: sslMode.rawValue)) }
        if let schema { query.append(URLQueryItem(name: "schema", value: schema)) }
        if let applicationName { query.append(URLQueryItem(name: "application_name", value: applicationName)) }
        components.queryItems = query.isEmpty ? nil : query
        return components.string ?? "postgres://\(host):\(port)"
    }

    /// `string` with any password masked, parsable or not (for messages about bad settings).
    public static func redacting(_ string: String) -> String {
        if let url = try? PostgresURL(string) { return url.description }
        guard let schemeEnd = string.range(of: "://"), let at = string.range(of: "@", options: .backwards),
            schemeEnd.upperBound <= at.lowerBound
        else { return string }
        let userInfo = string[schemeEnd.upperBound..<at.lowerBound]
        guard let colon = userInfo.firstIndex(of: ":") else { return string }
        return String(string[..<colon]) + ":***" + String(string[at.lowerBound...])
    }

    /// A `PostgresClient` configuration for this URL (pool of at most `maximumConnections`).
    public func clientConfiguration(maximumConnections: Int = 20) -> PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.maximumConnections = maximumConnections
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }

    /// Run-time parameters sent when connecting: the schema as `search_path`, the application name.
    public var startupParameters: [(String, String)] {
        var parameters: [(String, String)] = []
        if let schema { parameters.append(("search_path", "\"\(schema)\"")) }
        if let applicationName { parameters.append(("application_name", applicationName)) }
        return parameters
    }

    /// A single-connection configuration for this URL (fails at once when the server cannot
    /// be reached, where a pool keeps retrying).
    public func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS =
            switch tlsMode {
            case .disable: .disable
            case .prefer(let configuration): .prefer(try NIOSSLContext(configuration: configuration))
            case .require(let configuration): .require(try NIOSSLContext(configuration: configuration))
            }
        var configuration = PostgresConnection.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.additionalStartupParameters = startupParameters
        return configuration
    }

    private var tls: PostgresClient.Configuration.TLS {
        switch tlsMode {
        case .disable: .disable
        case .prefer(let configuration): .prefer(configuration)
        case .require(let configuration): .require(configuration)
        }
    }

    private enum TLSMode {
        case disable
        case prefer(TLSConfiguration)
        case require(TLSConfiguration)
    }

    /// libpq's meaning of `sslmode`: only `verify-*` check the server's certificate.
    private var tlsMode: TLSMode {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable: return .disable
        case .allow, .prefer:
            configuration.certificateVerification = .none
            return .prefer(configuration)
        case .require:
            configuration.certificateVerification = .none
            return .require(configuration)
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
            return .require(configuration)
        case .verifyFull:
            return .require(configuration)
        }
    }

    /// Letters, digits and `_`, not starting with a digit, at most 63 characters: safe to
    /// quote as a PostgreSQL identifier.
    public static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63,
            first == "_" || ("a"..."z").contains(first) || ("A"..."Z").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
    }
}

/// A `postgres://` URL that cannot be used; the message never holds the password.
public struct PostgresURLError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    init(_ message: String) { self.message = message }

    public var description: String { "invalid PostgreSQL URL: \(message)" }
}
