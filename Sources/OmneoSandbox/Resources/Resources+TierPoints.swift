import OmneoModels

extension Resources {
    /// A tier point as Omneo answers it; the sandbox records no issuing source, so `source` is `null`.
    static func tierPoint(_ record: TierPointRecord) -> TierPoint {
        TierPoint(
            id: record.id ?? 0, profileID: record.profileID, pointDefinitionID: record.pointDefinitionID,
            value: record.value, issuedAt: record.issuedAt, accruedAt: record.accruedAt, status: record.status,
            sourceID: record.sourceID, sourceType: record.sourceType, source: nil, meta: JSONText.decode(record.meta),
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }
}
