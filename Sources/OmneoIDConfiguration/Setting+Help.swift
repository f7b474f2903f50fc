/// Defaults and `…_FILE` companions of the settings, for `--help` and for reading secrets
/// from files.
extension Setting {
    /// The default as the README's table gives it (`nil`: unset by default).
    static let defaults: [String: String] = [
        "host": "127.0.0.1", "port": "8080", "admin_host": "127.0.0.1", "admin_port": "9090",
        "upstream_url": "unset: the embedded sandbox", "upstream_token": "the sandbox's when embedded",
        "upstream_timeout": "30", "tenant": "sandbox", "issuer": "omneo-id", "token_ttl": "3600", "token_alg": "ES256",
        "auth_mode": "upstream", "data_dir": "./.omneo-id", "keys_file": "$DATA_DIR/keys.jwks.json",
        "sandbox_port": "8081", "sandbox_token": "random, printed at start", "sandbox_db": "$DATA_DIR/sandbox.sqlite",
        "database_url": "unset: per-process lock", "max_body": "10485760", "cors_origins": "none (no CORS)",
        "cors_allowed_headers": "Authorization, Content-Type, X-Request-Id, If-None-Match, traceparent, tracestate",
        "locations_public": "false", "locations_cache_ttl": "60", "trusted_proxies": "none",
        "rate_limit_token_mint": "10/s:20", "rate_limit_token_mint_failures_ip": "10/m:20",
        "rate_limit_profiles_me": "20/s:40", "rate_limit_find_or_create_ip": "5/s:10",
        "rate_limit_find_or_create_token": "2/s:5", "rate_limit_max_keys": "100000", "log_level": "info",
        "log_format": "text", "ready_requires_upstream": "false", "data_plane": "on",
    ]

    /// `(OMNEO_ID_X; default: …)`, or `(OMNEO_ID_X or OMNEO_ID_X_FILE; …)` for secrets.
    var helpSuffix: String {
        var variables = environmentName
        if isSecret { variables += " or " + environmentName + "_FILE" }
        guard let value = Self.defaults[name] else { return "(\(variables))" }
        return "(\(variables); default: \(value))"
    }

    /// The setting naming a file that holds this secret's value: `upstream_token_file`,
    /// `OMNEO_ID_UPSTREAM_TOKEN_FILE`, `--upstream-token-file`.
    public var fileVariant: Setting {
        Setting(name + "_file", help: "File holding the \(environmentName) value (one line).")
    }

    /// The `…_FILE` companions of every secret.
    public static var fileVariants: [Setting] { all.filter(\.isSecret).map(\.fileVariant) }
}
