import Foundation

/// The standard `process_*` metrics of a Prometheus client (CPU time, resident and virtual
/// memory, open and maximum file descriptors, start time), read from `/proc/self` when
/// `/metrics` is scraped. Linux only; elsewhere nothing is written. The reads are a few small
/// procfs files, answered from kernel memory without blocking.
struct ProcessMetrics {
    /// The exposition text (with `# HELP` and `# TYPE`), or empty when `/proc` is not there.
    static func exposition() -> String {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return "" }
        // Fields after "pid (comm)": state is field 3; utime 14, stime 15, starttime 22, vsize 23, rss 24.
        let fields = stat[stat.index(after: close)...].split(separator: " ").map(String.init)
        func field(_ number: Int) -> Double? {
            let index = number - 3
            return fields.indices.contains(index) ? Double(fields[index]) : nil
        }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let pageSize = Double(sysconf(Int32(_SC_PAGESIZE)))
        var lines: [String] = []
        func add(_ name: String, _ type: String, _ help: String, _ value: Double?) {
            guard let value else { return }
            lines.append("# HELP \(name) \(help)")
            lines.append("# TYPE \(name) \(type)")
            lines.append("\(name) \(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))")
        }
        if let user = field(14), let system = field(15), ticks > 0 {
            add("process_cpu_seconds_total", "counter", "Total user and system CPU time spent in seconds.", (user + system) / ticks)
        }
        add("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", field(24).map { $0 * pageSize })
        add("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.", field(23))
        if let start = field(22), ticks > 0, let boot = bootTime() {
            add("process_start_time_seconds", "gauge", "Start time of the process since unix epoch in seconds.", boot + start / ticks)
        }
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count).map(Double.init)
        add("process_open_fds", "gauge", "Number of open file descriptors.", fds)
        add("process_max_fds", "gauge", "Maximum number of open file descriptors.", maxOpenFiles())
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The soft limit on open files (`Max open files` of `/proc/self/limits`).
    private static func maxOpenFiles() -> Double? {
        guard let limits = try? String(contentsOfFile: "/proc/self/limits", encoding: .utf8) else { return nil }
        for line in limits.split(separator: "\n") where line.hasPrefix("Max open files") {
            let words = line.dropFirst("Max open files".count).split(separator: " ")
            return words.first.flatMap { Double($0) }
        }
        return nil
    }

    /// `btime` of `/proc/stat`: when the machine booted, in Unix seconds.
    private static func bootTime() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
        for line in stat.split(separator: "\n") where line.hasPrefix("btime ") {
            return Double(line.dropFirst("btime ".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
