import Foundation
import OmneoHTTP
import OmneoModels

extension Resources {
    static func benefitDefinition(_ record: BenefitDefinitionRecord) -> BenefitDefinition {
        BenefitDefinition(
            id: record.id ?? 0, name: record.name, handle: record.handle, type: record.type, value: record.value,
            period: record.period, periodType: record.periodType, description: record.description,
            maxRedemptions: record.maxRedemptions, isExtendable: record.isExtendable,
            isReassignable: record.isReassignable, isAssignable: record.isAssignable, isPublished: record.isPublished,
            isClaimable: record.isClaimable, isReclaimable: record.isReclaimable,
            allowUserRedeem: record.allowUserRedeem, claimPeriodStartAt: record.claimPeriodStartAt,
            claimPeriodEndAt: record.claimPeriodEndAt, tags: record.tags, meta: JSONText.decode(record.meta),
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Definitions as the ID API's claimable/viewable lists send them: `id` as a string
    /// (`id-claimable-profile-benefits.test.ts` compares it with `String(id)`).
    static func listedBenefitDefinitions(_ records: [BenefitDefinitionRecord]) throws -> JSONValue {
        let encoded = try JSONDecoder().decode(
            JSONValue.self, from: JSONEncoder().encode(records.map(benefitDefinition)))
        guard case .array(let items) = encoded else { return encoded }
        return .array(
            items.map { item in
                guard case .object(var fields) = item, case .number(let id)? = fields["id"] else { return item }
                fields["id"] = .string(String(Int(id)))
                return .object(fields)
            })
    }

    /// A benefit with its definition and state at `now` (UTC `YYYY-MM-DD HH:MM:SS`).
    static func benefit(_ record: BenefitRecord, definition: BenefitDefinitionRecord?, now: String) -> Benefit {
        Benefit(
            id: record.id ?? 0, profileID: record.profileID, benefitDefinitionID: record.benefitDefinitionID,
            definition: definition.map(benefitDefinition), value: record.value, issuedAt: record.issuedAt,
            expiresAt: record.expiresAt, timezone: record.timezone, claimedAt: record.claimedAt,
            isExpired: BenefitRules.isExpired(record, now: now),
            isRedeemable: BenefitRules.isRedeemable(record, now: now),
            redemptionsRemaining: record.redemptionsRemaining, redeemCodePos: record.redeemCodePos,
            redeemCodeOnline: record.redeemCodeOnline, externalID: record.externalID,
            meta: JSONText.decode(record.meta), createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Benefits with their definitions.
    static func benefits(_ records: [BenefitRecord], store: any SandboxStore) async throws -> [Benefit] {
        let definitions = Dictionary(
            uniqueKeysWithValues: try await store.benefitDefinitions(
                ids: Array(Set(records.map(\.benefitDefinitionID)))
            ).map { ($0.id ?? 0, $0) })
        let now = Timestamp.now()
        return records.map { benefit($0, definition: definitions[$0.benefitDefinitionID], now: now) }
    }

    /// A redemption with each item's resource as it is now (`null` once deleted).
    static func redemption(_ record: RedemptionRecord, store: any SandboxStore) async throws -> Redemption {
        var items: [RedemptionItem] = []
        for (index, item) in record.items.enumerated() {
            var attributes: RedemptionItemAttributes?
            if item.type == "benefit", let benefit = try await store.benefit(id: item.id) {
                attributes = .benefit(try await benefits([benefit], store: store)[0])
            } else if item.type == "credit", let credit = try await store.credit(id: item.id) {
                attributes = .credit(try await credits([credit], store: store)[0])
            }
            items.append(
                RedemptionItem(
                    id: (record.id ?? 0) * 1000 + index + 1, type: item.type, count: item.count, value: item.value,
                    typeAttributes: attributes, createdAt: record.createdAt, updatedAt: record.updatedAt))
        }
        return Redemption(
            id: record.id ?? 0, profileID: record.profileID, type: record.type, total: record.total,
            redeemAt: record.redeemAt, items: items, meta: JSONText.decode(record.meta), createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }
}
