import OmneoModels

extension OmneoIDClient.Me {
    /// Every custom attribute of the profile (`GET /profiles/me/attributes/custom`).
    public func customAttributes() async throws -> [CustomAttribute] {
        try await client.data([CustomAttribute].self, .get, path("attributes", "custom"))
    }

    /// The custom attribute `namespace:handle`.
    public func customAttribute(_ namespace: String, _ handle: String) async throws -> CustomAttribute {
        try await client.data(CustomAttribute.self, .get, path("attributes", "custom", "\(namespace):\(handle)"))
    }

    /// Creates or replaces the custom attribute `namespace:handle`.
    @discardableResult
    public func setCustomAttribute(_ namespace: String, _ handle: String, _ fields: CustomAttributeFields)
        async throws -> CustomAttribute
    {
        try await client.data(
            CustomAttribute.self, .put, path("attributes", "custom", "\(namespace):\(handle)"),
            body: JSONCoding.body(fields))
    }

    /// Removes the custom attribute `namespace:handle`.
    public func deleteCustomAttribute(_ namespace: String, _ handle: String) async throws {
        _ = try await client.send(.delete, path("attributes", "custom", "\(namespace):\(handle)"))
    }
}
