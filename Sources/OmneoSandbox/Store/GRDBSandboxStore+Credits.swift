import GRDB

extension CreditDefinitionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "credit_definitions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension CreditRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "credits"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension GRDBSandboxStore {
    func creditDefinitions(page: PageRequest) async throws -> StorePage<CreditDefinitionRecord> {
        try await read { db in try Self.page(CreditDefinitionRecord.order(Column("id")), page, db) }
    }

    func creditDefinitions(ids: [Int]) async throws -> [CreditDefinitionRecord] {
        try await read { db in
            try CreditDefinitionRecord.filter(ids.contains(Column("id"))).order(Column("id")).fetchAll(db)
        }
    }

    func creditDefinition(_ key: ResourceKey) async throws -> CreditDefinitionRecord? {
        try await read { db in
            switch key {
            case .id(let id): try CreditDefinitionRecord.filter(key: id).fetchOne(db)
            case .handle(let handle): try CreditDefinitionRecord.filter(Column("handle") == handle).fetchOne(db)
            }
        }
    }

    func insertCreditDefinition(_ record: CreditDefinitionRecord) async throws -> CreditDefinitionRecord {
        try await insert(record)
    }

    func updateCreditDefinition(
        id: Int, _ change: @escaping @Sendable (inout CreditDefinitionRecord) throws -> Void
    ) async throws -> CreditDefinitionRecord? {
        try await update(CreditDefinitionRecord.filter(key: id), change)
    }

    func deleteCreditDefinition(id: Int) async throws -> Bool {
        try await delete(CreditDefinitionRecord.filter(key: id))
    }

    func credits(_ query: StoreQuery) async throws -> StorePage<CreditRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: CreditRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func credit(id: Int) async throws -> CreditRecord? {
        try await read { db in try CreditRecord.filter(key: id).fetchOne(db) }
    }

    func insertCredit(_ record: CreditRecord) async throws -> CreditRecord {
        try await insert(record)
    }

    func updateCredit(id: Int, _ change: @escaping @Sendable (inout CreditRecord) throws -> Void) async throws
        -> CreditRecord?
    {
        try await update(CreditRecord.filter(key: id), change)
    }

    func deleteCredit(id: Int) async throws -> Bool {
        try await delete(CreditRecord.filter(key: id))
    }
}
