import OmneoModels

extension Resources {
    static func tierDefinition(_ record: TierDefinitionRecord) -> TierDefinition {
        TierDefinition(
            id: record.id ?? 0, name: record.name, handle: record.handle, description: record.description,
            valueMin: record.valueMin, valueMaintain: record.valueMaintain, isAssignable: record.isAssignable,
            isFloor: record.isFloor, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// The profile's place among the tiers now (``TierProgressRule``).
    static func tierProgress(of profileID: String, store: any SandboxStore) async throws -> TierProgress {
        TierProgressRule.progress(
            profileID: profileID, definitions: try await store.tierDefinitions().map(tierDefinition),
            assigned: try await store.profileTier(profileID: profileID),
            transactions: try await store.transactions(profileID: profileID), now: Timestamp.now())
    }
}
