extension BenefitDefinitionRecord: PostgresSerialRecord {
    static var tableName: String { "benefit_definitions" }
}

extension BenefitRecord: PostgresSerialRecord {
    static var tableName: String { "benefits" }
}

extension RedemptionRecord: PostgresSerialRecord {
    static var tableName: String { "redemptions" }
}

extension PostgresSandboxStore {
    func benefitDefinitions(page request: PageRequest) async throws -> StorePage<BenefitDefinitionRecord> {
        try await page(BenefitDefinitionRecord.self, [], request)
    }

    func publishedBenefitDefinitions() async throws -> [BenefitDefinitionRecord] {
        try await records(BenefitDefinitionRecord.self, where: "is_published", in: [true])
    }

    func benefitDefinitions(ids: [Int]) async throws -> [BenefitDefinitionRecord] {
        try await records(BenefitDefinitionRecord.self, where: "id", in: ids)
    }

    func benefitDefinition(_ key: ResourceKey) async throws -> BenefitDefinitionRecord? {
        switch key {
        case .id(let id):
            try await record(BenefitDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
        case .handle(let handle):
            try await record(BenefitDefinitionRecord.self, [.equals(column: "handle", value: .text(handle))])
        }
    }

    func insertBenefitDefinition(_ record: BenefitDefinitionRecord) async throws -> BenefitDefinitionRecord {
        try await insert(record)
    }

    func updateBenefitDefinition(
        id: Int, _ change: @escaping @Sendable (inout BenefitDefinitionRecord) throws -> Void
    ) async throws -> BenefitDefinitionRecord? {
        try await update(BenefitDefinitionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteBenefitDefinition(id: Int) async throws -> Bool {
        try await delete(BenefitDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func benefits(_ query: StoreQuery) async throws -> StorePage<BenefitRecord> {
        try await page(BenefitRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func benefit(id: Int) async throws -> BenefitRecord? {
        try await record(BenefitRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertBenefit(_ record: BenefitRecord) async throws -> BenefitRecord {
        try await insert(record)
    }

    func updateBenefit(id: Int, _ change: @escaping @Sendable (inout BenefitRecord) throws -> Void) async throws
        -> BenefitRecord?
    {
        try await update(BenefitRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteBenefit(id: Int) async throws -> Bool {
        try await delete(BenefitRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func redemptions(_ query: StoreQuery) async throws -> StorePage<RedemptionRecord> {
        try await page(RedemptionRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func redemption(id: Int) async throws -> RedemptionRecord? {
        try await record(RedemptionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertRedemption(_ record: RedemptionRecord) async throws -> RedemptionRecord {
        try await insert(record)
    }
}
