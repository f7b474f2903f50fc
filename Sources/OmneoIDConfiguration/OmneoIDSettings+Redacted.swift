/// Settings hold secrets (tokens, API-token hashes, database passwords): printing, dumping
/// or logging them shows only where the gateway listens and what it talks to.
extension OmneoIDSettings: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        let upstream =
            switch self.upstream {
            case .embeddedSandbox: "embedded sandbox"
            case .remote(let url, _): url
            }
        return "OmneoIDSettings(\(host):\(port), admin \(adminHost):\(adminPort), upstream \(upstream), secrets redacted)"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["summary": description])
    }
}
