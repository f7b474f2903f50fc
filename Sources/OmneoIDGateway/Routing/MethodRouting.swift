import HTTPTypes
import Hummingbird
import OmneoHTTP

/// Every method NIO's HTTP parser accepts. (`M-SEARCH`, which NIO renames `MSEARCH` and which
/// is SSDP rather than HTTP, is left out and stays a 404.)
enum KnownMethods {
    static let all = [
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "QUERY", "PURGE", "COPY",
        "MOVE", "LOCK", "UNLOCK", "MKCOL", "PROPFIND", "PROPPATCH", "SEARCH", "REPORT", "LINK", "UNLINK", "BIND",
        "REBIND", "UNBIND", "ACL", "MKACTIVITY", "CHECKOUT", "MERGE", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE",
        "MKCALENDAR", "SOURCE",
    ].compactMap { HTTPRequest.Method($0) }
}

extension RouterMethods {
    /// Answers every other known method on `path` with 405 and `Allow: <allowed>`, so a
    /// wrong method on a real path is told apart from a path that does not exist (404).
    func refuseOtherMethods(on path: RouterPath, allowing allowed: [HTTPRequest.Method]) {
        let allow = allowed.map(\.rawValue).joined(separator: ", ")
        for method in KnownMethods.all where !allowed.contains(method) {
            on(path, method: method) { _, _ -> Response in
                throw OmneoHTTPError.methodNotAllowed(allow: allow)
            }
        }
    }
}
