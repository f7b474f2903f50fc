/// The route families of the public listener; each is declared once, in ``RouteTable``.
enum RouteFamily: String, CaseIterable, Sendable {
    case jwks
    case healthLive
    case healthReady
    case openAPIDocument
    case tokenMint
    case tokenRevoke
    case findOrCreate
    case profileMe
    case profileMeRest
    case locations
    case location
}
