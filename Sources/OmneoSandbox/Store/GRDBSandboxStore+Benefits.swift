import GRDB

extension BenefitDefinitionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "benefit_definitions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension BenefitRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "benefits"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension RedemptionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "redemptions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension GRDBSandboxStore {
    func benefitDefinitions(page: PageRequest) async throws -> StorePage<BenefitDefinitionRecord> {
        try await read { db in try Self.page(BenefitDefinitionRecord.order(Column("id")), page, db) }
    }

    func publishedBenefitDefinitions() async throws -> [BenefitDefinitionRecord] {
        try await read { db in
            try BenefitDefinitionRecord.filter(Column("is_published") == true).order(Column("id")).fetchAll(db)
        }
    }

    func benefitDefinitions(ids: [Int]) async throws -> [BenefitDefinitionRecord] {
        try await read { db in
            try BenefitDefinitionRecord.filter(ids.contains(Column("id"))).order(Column("id")).fetchAll(db)
        }
    }

    func benefitDefinition(_ key: ResourceKey) async throws -> BenefitDefinitionRecord? {
        try await read { db in
            switch key {
            case .id(let id): try BenefitDefinitionRecord.filter(key: id).fetchOne(db)
            case .handle(let handle): try BenefitDefinitionRecord.filter(Column("handle") == handle).fetchOne(db)
            }
        }
    }

    func insertBenefitDefinition(_ record: BenefitDefinitionRecord) async throws -> BenefitDefinitionRecord {
        try await insert(record)
    }

    func updateBenefitDefinition(
        id: Int, _ change: @escaping @Sendable (inout BenefitDefinitionRecord) throws -> Void
    ) async throws -> BenefitDefinitionRecord? {
        try await update(BenefitDefinitionRecord.filter(key: id), change)
    }

    func deleteBenefitDefinition(id: Int) async throws -> Bool {
        try await delete(BenefitDefinitionRecord.filter(key: id))
    }

    func benefits(_ query: StoreQuery) async throws -> StorePage<BenefitRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: BenefitRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func benefit(id: Int) async throws -> BenefitRecord? {
        try await read { db in try BenefitRecord.filter(key: id).fetchOne(db) }
    }

    func insertBenefit(_ record: BenefitRecord) async throws -> BenefitRecord {
        try await insert(record)
    }

    func updateBenefit(id: Int, _ change: @escaping @Sendable (inout BenefitRecord) throws -> Void) async throws
        -> BenefitRecord?
    {
        try await update(BenefitRecord.filter(key: id), change)
    }

    func deleteBenefit(id: Int) async throws -> Bool {
        try await delete(BenefitRecord.filter(key: id))
    }

    func redemptions(_ query: StoreQuery) async throws -> StorePage<RedemptionRecord> {
        try await read { db in
            try Self.page(Self.applying(query, to: RedemptionRecord.all(), tiebreak: "id"), query.page, db)
        }
    }

    func redemption(id: Int) async throws -> RedemptionRecord? {
        try await read { db in try RedemptionRecord.filter(key: id).fetchOne(db) }
    }

    func insertRedemption(_ record: RedemptionRecord) async throws -> RedemptionRecord {
        try await insert(record)
    }
}
