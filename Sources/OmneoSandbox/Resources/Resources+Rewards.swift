import Foundation
import OmneoModels

extension Resources {
    static func rewardDefinition(_ record: RewardDefinitionRecord) -> RewardDefinition {
        RewardDefinition(
            id: record.id ?? 0, name: record.name, handle: record.handle, type: record.type, value: record.value,
            period: record.period, periodType: record.periodType, isAssignable: record.isAssignable,
            isPublished: record.isPublished, description: record.description, tags: record.tags,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// A reward with its definition, local times and state at `now` (UTC `YYYY-MM-DD HH:MM:SS`):
    /// expired once `expires_at` has passed, active while not expired and not used up.
    static func reward(_ record: RewardRecord, definition: RewardDefinitionRecord?, now: String) -> Reward {
        let zone = TimeZone(identifier: record.timezone) ?? LocalTime.utcZone
        let isExpired = record.expiresAt.map { $0 <= now } ?? false
        return Reward(
            id: record.id ?? 0, profileID: record.profileID, definition: definition.map(rewardDefinition),
            valueInitial: record.valueInitial, valueRemaining: record.valueRemaining, issuedAt: record.issuedAt,
            issuedLocalAt: LocalTime.local(record.issuedAt, in: zone), expiresAt: record.expiresAt,
            expiresLocalAt: record.expiresAt.flatMap { LocalTime.local($0, in: zone) }, timezone: record.timezone,
            isActive: !isExpired && record.valueRemaining > 0, isExpired: isExpired, externalID: record.externalID,
            meta: JSONText.decode(record.meta), createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Rewards with their definitions.
    static func rewards(_ records: [RewardRecord], store: any SandboxStore) async throws -> [Reward] {
        let definitions = Dictionary(
            uniqueKeysWithValues: try await store.rewardDefinitions(ids: Array(Set(records.map(\.rewardDefinitionID))))
                .map { ($0.id ?? 0, $0) })
        let now = Timestamp.now()
        return records.map { reward($0, definition: definitions[$0.rewardDefinitionID], now: now) }
    }
}
