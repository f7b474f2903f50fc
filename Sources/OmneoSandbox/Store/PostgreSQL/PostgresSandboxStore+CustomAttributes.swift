extension PostgresSandboxStore {
    func customAttributes(profileID: String) async throws -> [CustomAttributeRecord] {
        try await records(CustomAttributeRecord.self, where: "profile_id", in: [profileID])
    }

    func customAttribute(profileID: String, namespace: String, handle: String) async throws -> CustomAttributeRecord? {
        try await record(CustomAttributeRecord.self, Self.customAttributeConditions(profileID, namespace, handle))
    }

    func insertCustomAttribute(_ record: CustomAttributeRecord) async throws -> CustomAttributeRecord {
        try await insert(record)
    }

    func updateCustomAttribute(
        profileID: String, namespace: String, handle: String,
        _ change: @escaping @Sendable (inout CustomAttributeRecord) throws -> Void
    ) async throws -> CustomAttributeRecord? {
        try await update(CustomAttributeRecord.self, Self.customAttributeConditions(profileID, namespace, handle), change)
    }

    func deleteCustomAttribute(profileID: String, namespace: String, handle: String) async throws -> Bool {
        try await delete(CustomAttributeRecord.self, Self.customAttributeConditions(profileID, namespace, handle))
    }

    static func customAttributeConditions(_ profileID: String, _ namespace: String, _ handle: String)
        -> [StoreCondition]
    {
        [
            .equals(column: "profile_id", value: .text(profileID)),
            .equals(column: "namespace", value: .text(namespace)),
            .equals(column: "handle", value: .text(handle)),
        ]
    }
}
