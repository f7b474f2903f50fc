import Foundation
import OmneoModels

/// Custom items, custom fields, shares and reservations of the shopper's lists, as `omneo-sdk`
/// `src/id/resources/profile/lists/{items,custom-fields,shares,reservations}` call them.
extension OmneoIDClient.Me {
    /// Adds an item for a product the shopper describes (`POST /profiles/me/lists/{list}/custom`).
    @discardableResult
    public func addCustomItem(_ fields: CustomListItemFields, to list: ListKey) async throws -> ListItem {
        try await client.data(ListItem.self, .post, path("lists", list.segment, "custom"), body: JSONCoding.body(fields))
    }

    /// A page of the list's custom fields, only those in `namespace` / with `handle` when given
    /// (`filter[namespace]`, `filter[handle]`).
    public func customFields(
        of list: ListKey, namespace: String? = nil, handle: String? = nil, page: Int? = nil, pageSize: Int? = nil
    ) async throws -> PageEnvelope<CustomField> {
        var query = pagingQuery(page: page, pageSize: pageSize)
        if let namespace { query.append(URLQueryItem(name: "filter[namespace]", value: namespace)) }
        if let handle { query.append(URLQueryItem(name: "filter[handle]", value: handle)) }
        return try await client.page(CustomField.self, path("lists", list.segment, "custom-fields"), query: query)
    }

    /// The list's custom field `namespace:handle`.
    public func customField(_ namespace: String, _ handle: String, of list: ListKey) async throws -> CustomField {
        try await client.data(CustomField.self, .get, path("lists", list.segment, "custom-fields", "\(namespace):\(handle)"))
    }

    /// Adds a custom field to the list (`namespace`, `handle`, `type` and `value` required).
    @discardableResult
    public func createCustomField(_ fields: CustomFieldFields, on list: ListKey) async throws -> CustomField {
        try await client.data(
            CustomField.self, .post, path("lists", list.segment, "custom-fields"), body: JSONCoding.body(fields))
    }

    /// Changes the list's custom field `namespace:handle` (its `name`, `type` and `value`).
    @discardableResult
    public func updateCustomField(
        _ namespace: String, _ handle: String, of list: ListKey, _ fields: CustomFieldFields
    ) async throws -> CustomField {
        try await client.data(
            CustomField.self, .put, path("lists", list.segment, "custom-fields", "\(namespace):\(handle)"),
            body: JSONCoding.body(fields))
    }

    /// Removes the list's custom field `namespace:handle`.
    public func deleteCustomField(_ namespace: String, _ handle: String, of list: ListKey) async throws {
        _ = try await client.send(.delete, path("lists", list.segment, "custom-fields", "\(namespace):\(handle)"))
    }

    /// Makes a share link for the list (`POST /profiles/me/lists/{list}/shares`).
    @discardableResult
    public func shareList(_ list: ListKey) async throws -> ListShare {
        try await client.data(ListShare.self, .post, path("lists", list.segment, "shares"))
    }

    /// Removes a share link of the list.
    public func deleteListShare(_ id: Int, of list: ListKey) async throws {
        _ = try await client.send(.delete, path("lists", list.segment, "shares", String(id)))
    }

    /// The reservations the shopper made, the latest first (`GET /profiles/me/reservations`).
    public func reservations(page: Int? = nil, pageSize: Int? = nil) async throws -> [ListItemReservation] {
        try await client.data(
            [ListItemReservation].self, .get, path("reservations"), query: pagingQuery(page: page, pageSize: pageSize))
    }
}
