import GRDB

extension GRDBSandboxStore {
    func customAttributes(profileID: String) async throws -> [CustomAttributeRecord] {
        try await read { db in
            try CustomAttributeRecord.filter(Column("profile_id") == profileID).order(Column("id")).fetchAll(db)
        }
    }

    func customAttribute(profileID: String, namespace: String, handle: String) async throws -> CustomAttributeRecord? {
        try await read { db in try Self.customAttributeRequest(profileID, namespace, handle).fetchOne(db) }
    }

    func insertCustomAttribute(_ record: CustomAttributeRecord) async throws -> CustomAttributeRecord {
        try await insert(record)
    }

    func updateCustomAttribute(
        profileID: String, namespace: String, handle: String,
        _ change: @escaping @Sendable (inout CustomAttributeRecord) throws -> Void
    ) async throws -> CustomAttributeRecord? {
        try await update(Self.customAttributeRequest(profileID, namespace, handle), change)
    }

    func deleteCustomAttribute(profileID: String, namespace: String, handle: String) async throws -> Bool {
        try await delete(Self.customAttributeRequest(profileID, namespace, handle))
    }

    static func customAttributeRequest(_ profileID: String, _ namespace: String, _ handle: String)
        -> QueryInterfaceRequest<CustomAttributeRecord>
    {
        CustomAttributeRecord.filter(
            Column("profile_id") == profileID && Column("namespace") == namespace && Column("handle") == handle)
    }
}
