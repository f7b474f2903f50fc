// PostgreSQL persistence of the store records: as with GRDB, columns are the records'
// coding keys and arrays and dictionaries are JSON text (see PostgresRowEncoder).

/// A store record and the table it is a row of.
protocol PostgresRecord: Codable, Sendable {
    static var tableName: String { get }
}

/// A record whose integer id the database assigns on insert (`BIGSERIAL`) unless it has one.
protocol PostgresSerialRecord: PostgresRecord {
    var id: Int? { get set }
}

extension ProfileRecord: PostgresRecord {
    static var tableName: String { "profiles" }
}

extension IdentityRecord: PostgresSerialRecord {
    static var tableName: String { "identities" }
}

extension ListRecord: PostgresSerialRecord {
    static var tableName: String { "lists" }
}

extension ListItemRecord: PostgresSerialRecord {
    static var tableName: String { "list_items" }
}

extension AddressRecord: PostgresSerialRecord {
    static var tableName: String { "addresses" }
}

extension LocationRecord: PostgresSerialRecord {
    static var tableName: String { "locations" }
}

extension CustomAttributeRecord: PostgresSerialRecord {
    static var tableName: String { "profile_custom_attributes" }
}

extension RegionRecord: PostgresSerialRecord {
    static var tableName: String { "regions" }
}

extension ProfileRegionRecord: PostgresSerialRecord {
    static var tableName: String { "profile_regions" }
}

extension ProfileDateRecord: PostgresSerialRecord {
    static var tableName: String { "profile_dates" }
}

extension TransactionRecord: PostgresSerialRecord {
    static var tableName: String { "transactions" }
}

extension TransactionItemRecord: PostgresSerialRecord {
    static var tableName: String { "transaction_items" }
}

extension PointRecord: PostgresSerialRecord {
    static var tableName: String { "points" }
}

extension RewardDefinitionRecord: PostgresSerialRecord {
    static var tableName: String { "reward_definitions" }
}

extension RewardRecord: PostgresSerialRecord {
    static var tableName: String { "rewards" }
}

extension TierDefinitionRecord: PostgresSerialRecord {
    static var tableName: String { "tier_definitions" }
}

extension ProfileTierRecord: PostgresSerialRecord {
    static var tableName: String { "profile_tiers" }
}

extension TierPointRecord: PostgresSerialRecord {
    static var tableName: String { "tier_points" }
}
