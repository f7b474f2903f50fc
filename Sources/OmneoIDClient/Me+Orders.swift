import Foundation
import OmneoModels

extension OmneoIDClient.Me {
    /// A page of the profile's orders, the latest first, each with its lines; `externalID`
    /// and `orderNumber` keep only those (`GET /profiles/me/orders`).
    public func orders(externalID: String? = nil, orderNumber: String? = nil, page: Int? = nil, pageSize: Int? = nil)
        async throws -> PageEnvelope<Order>
    {
        var query = pagingQuery(page: page, pageSize: pageSize)
        if let externalID { query.append(URLQueryItem(name: "filter[external_id]", value: externalID)) }
        if let orderNumber { query.append(URLQueryItem(name: "filter[order_number]", value: orderNumber)) }
        return try await client.page(Order.self, path("orders"), query: query)
    }

    /// One of the profile's orders (`GET /profiles/me/orders/{id}`).
    public func order(_ id: Int) async throws -> Order {
        try await client.data(Order.self, .get, path("orders", String(id)))
    }

    /// The profile's orders grouped by order number, the latest first
    /// (`GET /profiles/me/group_orders`, Laravel's plain paginator).
    public func groupedOrders(page: Int? = nil, pageSize: Int? = nil) async throws -> [GroupedOrder] {
        try await client.data(
            [GroupedOrder].self, .get, path("group_orders"), query: pagingQuery(page: page, pageSize: pageSize))
    }
}
