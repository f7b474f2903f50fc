import Foundation
import OmneoModels

/// A list's custom fields, as `omneo-sdk` `src/id/resources/profile/lists/custom-fields` calls them.
extension OmneoIDClient.Me {
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
        try await client.data(
            CustomField.self, .get, path("lists", list.segment, "custom-fields", "\(namespace):\(handle)"))
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
}
