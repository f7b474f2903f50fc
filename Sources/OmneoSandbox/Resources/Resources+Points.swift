import Foundation
import OmneoModels

extension Resources {
    static func point(_ record: PointRecord) -> Point {
        Point(
            id: record.id ?? 0, profileID: record.profileID, pointDefinitionID: record.pointDefinitionID,
            definition: SandboxPointDefinitions.definition(id: record.pointDefinitionID),
            valueInitial: record.valueInitial, valueRemaining: record.valueRemaining, description: record.description,
            issuedAt: record.issuedAt, accruedAt: record.accruedAt, expiresAt: record.expiresAt,
            sourceType: record.sourceType, meta: JSONText.decode(record.meta), createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    /// `value` as the JSON it encodes to (a ledger's `type_attributes`).
    static func json(_ value: some Encodable) -> JSONValue? {
        guard let data = try? JSONEncoder().encode(value) else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: data)
    }
}
