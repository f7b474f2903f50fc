import HTTPTypes
import Hummingbird
import OmneoTestSupport
import Testing

@testable import OmneoIDGateway

/// The route table is the one declaration of the public routes: the router, the OpenAPI
/// document and a dispatcher's `match` all agree with it.
@Suite struct RouteTableTests {
    static func segments(_ path: String) throws -> [PathSegment] {
        try RequestTarget(raw: path).segments
    }

    @Test func everyFamilyIsDeclaredOnceOnAPathOfItsOwn() {
        #expect(RouteTable.all.map(\.family) == RouteFamily.allCases)
        #expect(Set(RouteTable.all.map(\.template)).count == RouteTable.all.count)
        #expect(RouteTable.route(.location).template == "/id/api/v1/locations/{id}")
        #expect(RouteTable.route(.profileMeRest).template == "/id/api/v1/profiles/me/**")
        #expect(RouteTable.route(.jwks).template == "/.well-known/jwks.json")
        #expect(RouteTable.route(.profileMeRest).openAPIPath == "/id/api/v1/profiles/me/{path}")
    }

    @Test func matchNamesTheFamilyAndWhatItsParametersCaptured() throws {
        let rest = try #require(RouteTable.match(method: .get, segments: Self.segments("/id/api/v1/profiles/me/lists/a%20b")))
        #expect(rest.route.family == .profileMeRest)
        #expect(rest.captures.map(\.decoded) == ["lists", "a b"])
        let me = try #require(RouteTable.match(method: .delete, segments: Self.segments("/id/api/v1//profiles/me")))
        #expect(me.route.family == .profileMe)
        #expect(me.captures.isEmpty)
        let location = try #require(RouteTable.match(method: .head, segments: Self.segments("/id/api/v1/locations/12")))
        #expect(location.route.family == .location)
        #expect(location.captures.map(\.decoded) == ["12"])
        #expect(RouteTable.match(method: .get, segments: try Self.segments("/id/api/v1/locations"))?.route.family == .locations)
        #expect(RouteTable.match(method: .get, segments: try Self.segments("/health/ready"))?.route.family == .healthReady)
    }

    @Test func matchLeavesEverythingElseToTheRouter() throws {
        // Methods a family does not serve (405) and paths nobody serves (404).
        #expect(RouteTable.match(method: .options, segments: try Self.segments("/id/api/v1/profiles/me")) == nil)
        #expect(RouteTable.match(method: .post, segments: try Self.segments("/id/api/v1/locations")) == nil)
        #expect(RouteTable.match(segments: try Self.segments("/id/api/v1/profiles/other")) == nil)
        #expect(RouteTable.match(segments: try Self.segments("/id/api/v1/locations/1/2")) == nil)
        #expect(RouteTable.match(segments: try Self.segments("/id/api/v1")) == nil)
        #expect(RouteTable.match(segments: try Self.segments("/health/live/x")) == nil)
        #expect(RouteTable.match(segments: try Self.segments("/auth/token")) == nil)
    }

    @Test func theGatewaysRouterHoldsEveryKnownMethodOnEveryTemplateAndNothingElse() async throws {
        let gateway = try await GatewayHarness(upstreamURL: "http://127.0.0.1:1/api/v3")
        try await stopping(gateway) {
            let registered = Set(gateway.gateway.makeRouter().routes.map { "\($0.method.rawValue) \($0.path.description)" })
            let declared = Set(RouteTable.all.flatMap { route in KnownMethods.all.map { "\($0.rawValue) \(route.template)" } })
            #expect(registered == declared)
        }
    }

    @Test(arguments: [false, true])
    func theOpenAPIDocumentDescribesExactlyTheDeclaredMethods(locationsPublic: Bool) throws {
        guard case .object(let document) = OpenAPIDocument.make(locationsPublic: locationsPublic),
            case .object(let paths) = document["paths"]
        else {
            Issue.record("no paths")
            return
        }
        for route in RouteTable.all {
            guard case .object(let item) = paths[route.openAPIPath] else {
                Issue.record("\(route.openAPIPath) is not documented")
                continue
            }
            let documented = Set(item.keys.filter { KnownMethods.all.map { $0.rawValue.lowercased() }.contains($0) })
            #expect(documented == Set(route.methods.map { $0.rawValue.lowercased() }), "\(route.template)")
            let security = item.values.compactMap { value -> OpenAPIJSON? in
                guard case .object(let operation) = value else { return nil }
                return operation["security"]
            }
            let expected: OpenAPIJSON =
                switch route.authentication.required(locationsPublic: locationsPublic) {
                case .none: OpenAPIPaths.open
                case .apiToken: OpenAPIPaths.apiToken
                case .idToken, .profileIDToken, .idTokenUnlessLocationsPublic: OpenAPIPaths.idToken
                }
            #expect(security.allSatisfy { $0 == expected }, "\(route.template): \(security)")
        }
    }
}
