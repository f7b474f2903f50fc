import GRDB

// GRDB persistence of the store records: columns are the records' coding keys; arrays and
// dictionaries are stored as JSON text. Integer ids are assigned by the database on insert
// unless the record already has one.

extension ProfileRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "profiles"
}

extension IdentityRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "identities"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ListRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "lists"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ListItemRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "list_items"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension AddressRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "addresses"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension LocationRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "locations"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension CustomAttributeRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "profile_custom_attributes"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension RegionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "regions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ProfileRegionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "profile_regions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ProfileDateRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "profile_dates"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension TransactionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "transactions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension TransactionItemRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "transaction_items"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension PointRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "points"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension RewardDefinitionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "reward_definitions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension RewardRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "rewards"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension TierDefinitionRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "tier_definitions"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension ProfileTierRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "profile_tiers"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}

extension TierPointRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "tier_points"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = Int(inserted.rowID) }
}
