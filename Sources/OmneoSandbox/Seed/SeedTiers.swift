/// The seeded tiers (ids 1…3), by spend over 12 months: Member from $0, Silver from $500,
/// Gold from $1,500.
func seedTierDefinitions() -> [TierDefinitionRecord] {
    let at = "2025-10-01 08:00:00"
    return [("Member", "member", 0.0, 0.0), ("Silver", "silver", 500, 400), ("Gold", "gold", 1500, 1200)]
        .enumerated().map { index, tier in
            var record = TierDefinitionRecord(
                id: index + 1, name: tier.0, handle: tier.1, valueMin: tier.2, valueMaintain: tier.3, createdAt: at,
                updatedAt: at)
            record.description = "\(tier.0) tier"
            record.isFloor = index == 0
            return record
        }
}
