extension CreditDefinitionRecord: PostgresSerialRecord {
    static var tableName: String { "credit_definitions" }
}

extension CreditRecord: PostgresSerialRecord {
    static var tableName: String { "credits" }
}

extension PostgresSandboxStore {
    func creditDefinitions(page request: PageRequest) async throws -> StorePage<CreditDefinitionRecord> {
        try await page(CreditDefinitionRecord.self, [], request)
    }

    func creditDefinitions(ids: [Int]) async throws -> [CreditDefinitionRecord] {
        try await records(CreditDefinitionRecord.self, where: "id", in: ids)
    }

    func creditDefinition(_ key: ResourceKey) async throws -> CreditDefinitionRecord? {
        switch key {
        case .id(let id):
            try await record(CreditDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
        case .handle(let handle):
            try await record(CreditDefinitionRecord.self, [.equals(column: "handle", value: .text(handle))])
        }
    }

    func insertCreditDefinition(_ record: CreditDefinitionRecord) async throws -> CreditDefinitionRecord {
        try await insert(record)
    }

    func updateCreditDefinition(
        id: Int, _ change: @escaping @Sendable (inout CreditDefinitionRecord) throws -> Void
    ) async throws -> CreditDefinitionRecord? {
        try await update(CreditDefinitionRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteCreditDefinition(id: Int) async throws -> Bool {
        try await delete(CreditDefinitionRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func credits(_ query: StoreQuery) async throws -> StorePage<CreditRecord> {
        try await page(CreditRecord.self, query.conditions, sort: query.sort, query.page)
    }

    func credit(id: Int) async throws -> CreditRecord? {
        try await record(CreditRecord.self, [.equals(column: "id", value: .integer(id))])
    }

    func insertCredit(_ record: CreditRecord) async throws -> CreditRecord {
        try await insert(record)
    }

    func updateCredit(id: Int, _ change: @escaping @Sendable (inout CreditRecord) throws -> Void) async throws
        -> CreditRecord?
    {
        try await update(CreditRecord.self, [.equals(column: "id", value: .integer(id))], change)
    }

    func deleteCredit(id: Int) async throws -> Bool {
        try await delete(CreditRecord.self, [.equals(column: "id", value: .integer(id))])
    }
}
