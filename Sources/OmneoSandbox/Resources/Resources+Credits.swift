import Foundation
import OmneoModels

extension Resources {
    static func creditDefinition(_ record: CreditDefinitionRecord) -> CreditDefinition {
        var definition = CreditDefinition(id: record.id ?? 0, name: record.name, handle: record.handle, type: record.type)
        definition.value = record.value
        definition.period = record.period
        definition.periodType = record.periodType
        definition.description = record.description
        definition.isPublished = record.isPublished
        definition.isExtendable = record.isExtendable
        definition.isAssignable = record.isAssignable
        definition.isReleasable = record.isReleasable
        definition.isReassignable = record.isReassignable
        definition.requireSecurityCode = record.requireSecurityCode
        definition.tags = record.tags
        definition.meta = JSONText.decode(record.meta)
        definition.createdAt = record.createdAt
        definition.updatedAt = record.updatedAt
        return definition
    }

    static func credit(_ record: CreditRecord, definition: CreditDefinitionRecord?) -> Credit {
        var credit = Credit(
            id: record.id ?? 0, profileID: record.profileID, creditDefinitionID: record.creditDefinitionID,
            definition: definition.map(creditDefinition))
        credit.creatorProfileID = record.creatorProfileID
        credit.staffID = record.staffID
        credit.locationID = record.locationID
        credit.name = record.name
        credit.recipientFirstName = record.recipientFirstName
        credit.recipientEmail = record.recipientEmail
        credit.message = record.message
        credit.timezone = record.timezone
        credit.issuedAt = record.issuedAt
        credit.expiresAt = record.expiresAt
        credit.releasedAt = record.releasedAt
        credit.valueInitial = record.valueInitial
        credit.valueRemaining = record.valueRemaining
        credit.externalID = record.externalID
        credit.creditNumber = record.creditNumber
        credit.securityCode = record.securityCode
        credit.meta = JSONText.decode(record.meta)
        credit.createdAt = record.createdAt
        credit.updatedAt = record.updatedAt
        return credit
    }

    /// Credits with their definitions.
    static func credits(_ records: [CreditRecord], store: any SandboxStore) async throws -> [Credit] {
        let definitions = Dictionary(
            uniqueKeysWithValues: try await store.creditDefinitions(ids: Array(Set(records.map(\.creditDefinitionID))))
                .map { ($0.id ?? 0, $0) })
        return records.map { credit($0, definition: definitions[$0.creditDefinitionID]) }
    }
}
