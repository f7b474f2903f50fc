/// `# HELP` text for every metric the gateway makes through swift-metrics (which has no help
/// text): added to the exposition in front of each family's `# TYPE` line.
enum MetricHelp {
    static let text: [String: String] = [
        "omneo_id_http_requests_total": "Requests answered by the public listener, by route template, method and status.",
        "omneo_id_http_request_duration_seconds": "Time to the response head, by route template, method and status.",
        "omneo_id_upstream_request_duration_seconds":
            "Time to the upstream's response head, by call (json: the gateway's own calls; proxy: forwarded requests).",
        "omneo_id_upstream_errors_total":
            "Upstream calls that failed, by call and kind (unavailable, timeout, bad_response, status_5xx).",
        "omneo_id_tokens_minted_total": "ID tokens minted, by kind (profile, anonymous).",
        "omneo_id_locations_cache_hits_total": "Location requests answered from the cache.",
        "omneo_id_locations_cache_misses_total": "Location fetches from the upstream (callers sharing one fetch count once).",
        "omneo_id_rate_limited_total": "Requests refused with 429, by limit.",
        "omneo_id_rate_limit_evictions_total": "Rate-limit buckets dropped before they had refilled (table full), by limit.",
    ]

    /// `exposition` with a `# HELP` line before each `# TYPE` line of a known family that has none.
    static func adding(to exposition: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(exposition.count + 2048)
        var previousLineWasHelp = false
        for line in exposition.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("# TYPE "), !previousLineWasHelp,
                let name = text.dropFirst("# TYPE ".count).split(separator: " ").first,
                let help = Self.text[String(name)]
            {
                result.append(contentsOf: Array("# HELP \(name) \(help)\n".utf8))
            }
            previousLineWasHelp = text.hasPrefix("# HELP ")
            result.append(contentsOf: line)
            result.append(UInt8(ascii: "\n"))
        }
        if exposition.last != UInt8(ascii: "\n"), !result.isEmpty { result.removeLast() }
        return result
    }
}
