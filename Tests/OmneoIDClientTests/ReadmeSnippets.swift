// The code of the README's "Swift client" section, compiled and run by ReadmeSnippetTests.
// Each ```swift block of that section must appear here verbatim (a test checks it).

import Foundation
import OmneoIDClient

/// App side: the ID token comes from your back end (`fetchToken`); the client asks for a
/// new one shortly before it expires, or once when the gateway rejects it.
func shopperHome(
    gateway: URL, newMobile: String, fetchToken: @escaping @Sendable () async throws -> IDToken
) async throws -> (greeting: String, wishlist: [ListItem], stores: [Location], problems: [String: [String]]) {
    let omneo = OmneoIDClient(baseURL: gateway, refreshToken: fetchToken)

    let profile = try await omneo.me.get()
    try await omneo.me.updateComms(Comms([.emailPromo: true]))
    try await omneo.me.addToWishlist(ListItemFields(sku: "SKU-123", name: "Linen shirt"))

    var problems: [String: [String]] = [:]
    do {
        try await omneo.me.update(ProfileFields(mobilePhone: newMobile))
    } catch let error as OmneoIDError where error.status == 422 {
        problems = error.errors  // Omneo's messages per field, e.g. ["mobile_phone": ["The mobile phone …"]]
    }

    let stores = try await omneo.locations.list(
        LocationQuery(isPublished: true, sort: [.ascending("name")], pageSize: 20))
    return ("Hello, \(profile.firstName ?? "there")", try await omneo.me.wishlist(), stores.data, problems)
}

/// Server side: mint an ID token for your signed-in customer. The API token never leaves the server.
func idToken(forMagentoCustomer customerID: String, gateway: URL, apiToken: String) async throws -> IDToken {
    let omneo = OmneoIDServerClient(baseURL: gateway, apiToken: apiToken)
    return try await omneo.mintToken(identifier: customerID, handle: "magento_id")
}
