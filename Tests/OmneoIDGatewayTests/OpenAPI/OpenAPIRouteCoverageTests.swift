import Foundation
import Hummingbird
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The document and the router agree: every documented operation is a route the router
/// serves, and every other route the router holds only refuses (405, `Allow` naming exactly
/// the documented methods of that path).
@Suite struct OpenAPIRouteCoverageTests {
    /// One (path template, method), with `{name}` and `**` written as `{}`.
    struct Route: Hashable, CustomStringConvertible {
        let path: String
        let method: String
        var description: String { "\(method) \(path)" }
    }

    static func normalised(_ path: String) -> String {
        path.replacing(/\{[^}]*\}/, with: "{}").replacing("**", with: "{}")
    }

    /// Every route registered on the gateway's router (`Router.routes`).
    static func served(by gateway: Gateway) -> Set<Route> {
        Set(gateway.makeRouter().routes.map { Route(path: normalised($0.path.description), method: $0.method.rawValue) })
    }

    static func documented(in document: JSON) -> Set<Route> {
        var routes: Set<Route> = []
        for (path, item) in document["paths"]?.object ?? [:] {
            // An explicit profile sub-resource is served by the route its `x-omneo-route` names.
            let route = item["x-omneo-route"]?.string ?? path
            for method in OpenAPIDocumentTests.methods where item[method] != nil {
                routes.insert(Route(path: normalised(route), method: method.uppercased()))
            }
        }
        return routes
    }

    @Test func everyDocumentedOperationIsServed() async throws {
        try await OpenAPIFixture.with { fixture in
            let served = Self.served(by: fixture.gateway.gateway)
            let documented = Self.documented(in: fixture.document)
            #expect(documented.subtracting(served).isEmpty, "documented but not routed: \(documented.subtracting(served))")
            #expect(Set(served.map(\.path)) == Set(documented.map(\.path)), "every routed path is documented")
        }
    }

    @Test func everyUndocumentedRouteIsA405NamingTheDocumentedMethods() async throws {
        try await OpenAPIFixture.with { fixture in
            let served = Self.served(by: fixture.gateway.gateway)
            let documented = Self.documented(in: fixture.document)
            let token = try await fixture.gateway.token(for: "5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01")
            let refused = served.subtracting(documented)
            #expect(!refused.isEmpty)
            for route in refused.sorted(by: { $0.description < $1.description }) {
                let path = route.path.replacingOccurrences(of: "{}", with: "1")
                let length = route.method == "CONNECT" ? "" : "Content-Length: 0\r\n"
                let response = try await RawHTTP.send(
                    "\(route.method) \(path) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\n\(length)Connection: close\r\n\r\n",
                    port: fixture.gateway.port)
                #expect(response.status == 405, "\(route) → \(response.status)")
                let allowed = Set((response.header("allow") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
                let expected = Set(documented.filter { $0.path == route.path }.map(\.method))
                #expect(allowed == expected, "\(route): Allow \(allowed) vs documented \(expected)")
            }
        }
    }
}
