import GRDB

extension GRDBSandboxStore {
    func addresses(profileID: String, page: PageRequest) async throws -> StorePage<AddressRecord> {
        try await read { db in
            try Self.page(AddressRecord.filter(Column("profile_id") == profileID).order(Column("id")), page, db)
        }
    }

    func address(profileID: String, id: Int) async throws -> AddressRecord? {
        try await read { db in try Self.addressRequest(profileID, id).fetchOne(db) }
    }

    func insertAddress(_ record: AddressRecord) async throws -> AddressRecord {
        try await insert(record)
    }

    func updateAddress(profileID: String, id: Int, _ change: @escaping @Sendable (inout AddressRecord) throws -> Void)
        async throws -> AddressRecord?
    {
        try await update(Self.addressRequest(profileID, id), change)
    }

    func deleteAddress(profileID: String, id: Int) async throws -> Bool {
        try await delete(Self.addressRequest(profileID, id))
    }

    static func addressRequest(_ profileID: String, _ id: Int) -> QueryInterfaceRequest<AddressRecord> {
        AddressRecord.filter(Column("profile_id") == profileID && Column("id") == id)
    }
}
