extension PostgresSandboxStore {
    func addresses(profileID: String, page request: PageRequest) async throws -> StorePage<AddressRecord> {
        try await page(AddressRecord.self, [.equals(column: "profile_id", value: .text(profileID))], request)
    }

    func address(profileID: String, id: Int) async throws -> AddressRecord? {
        try await record(AddressRecord.self, Self.scoped(profileID, .id(id)))
    }

    func insertAddress(_ record: AddressRecord) async throws -> AddressRecord {
        try await insert(record)
    }

    func updateAddress(profileID: String, id: Int, _ change: @escaping @Sendable (inout AddressRecord) throws -> Void)
        async throws -> AddressRecord?
    {
        try await update(AddressRecord.self, Self.scoped(profileID, .id(id)), change)
    }

    func deleteAddress(profileID: String, id: Int) async throws -> Bool {
        try await delete(AddressRecord.self, Self.scoped(profileID, .id(id)))
    }
}
