import Hummingbird

extension RouteTable {
    /// What answers a route family's served methods.
    typealias Handler = @Sendable (Request, GatewayRequestContext) async throws -> Response

    /// Registers `families` (every family by default) on `router`, each under its mount: its
    /// methods answered by `handler(family)`, every other known method 405 with `Allow`.
    static func register(
        _ families: [RouteFamily] = RouteFamily.allCases, on router: Router<GatewayRequestContext>,
        handler: (RouteFamily) -> Handler
    ) {
        let api = router.group(RouterPath(Gateway.basePath))
        for family in families {
            let route = route(family)
            switch route.mount {
            case .api: add(route, handler(family), to: api)
            case .root: add(route, handler(family), to: router)
            }
        }
    }

    private static func add(_ route: Route, _ handler: @escaping Handler, to group: some RouterMethods<GatewayRequestContext>) {
        for method in route.methods {
            group.on(route.routerPath, method: method, use: handler)
        }
        group.refuseOtherMethods(on: route.routerPath, allowing: route.methods)
    }
}
