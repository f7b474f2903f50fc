import Hummingbird

extension RouteTable {
    /// Registers `families` (every family by default) on `router`, each under its mount: its
    /// methods behind the route's guards (authentication, per-token limit) and answered by
    /// `handler(family)`; every other known method 405 with `Allow`, before any guard.
    static func register(
        _ families: [RouteFamily] = RouteFamily.allCases, on router: Router<GatewayRequestContext>, guards: RouteGuards,
        handler: (RouteFamily) -> RouteHandler
    ) {
        let api = router.group(RouterPath(Gateway.basePath))
        for family in families {
            let route = route(family)
            switch route.mount {
            case .api: add(route, handler(family), guards: guards, to: api)
            case .root: add(route, handler(family), guards: guards, to: router)
            }
        }
    }

    private static func add(
        _ route: Route, _ handler: RouteHandler, guards: RouteGuards, to parent: some RouterMethods<GatewayRequestContext>
    ) {
        parent.refuseOtherMethods(on: route.routerPath, allowing: route.methods)
        let group = parent.group()
        for middleware in guards.middlewares(for: route) {
            group.add(middleware: middleware)
        }
        switch handler {
        case .open(let respond):
            for method in route.methods { group.on(route.routerPath, method: method, use: respond) }
        case .idToken(let respond):
            let authenticated = group.group(context: IDTokenRequestContext.self)
            for method in route.methods { authenticated.on(route.routerPath, method: method, use: respond) }
        case .profile(let respond):
            let authenticated = group.group(context: ProfileRequestContext.self)
            for method in route.methods { authenticated.on(route.routerPath, method: method, use: respond) }
        }
    }
}
