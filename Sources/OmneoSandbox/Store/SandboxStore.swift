/// The sandbox's persistence: plain reads and writes of its tables, with no business rules.
///
/// Validation, defaults, timestamps and the shapes of answers live outside the store, so a
/// second implementation (PostgreSQL) only has to reproduce this contract on the same
/// schema (see `SandboxMigrations`, plain SQL meant to port as is):
/// * `nil` / `false` answers mean "no such row" (within the given scope);
/// * `update…` runs `change` on the current row and saves it atomically;
/// * a unique index violation throws ``StoreError/duplicate(field:)`` naming the API field;
/// * deleting a profile or a list deletes what belongs to it.
public protocol SandboxStore: Sendable {
    // MARK: Profiles
    func profiles(_ query: StoreQuery) async throws -> StorePage<ProfileRecord>
    func profile(id: String) async throws -> ProfileRecord?
    /// The id of the profile with the identity `handle` / `identifier`.
    func profileID(identityHandle handle: String, identifier: String) async throws -> String?
    func insertProfile(_ record: ProfileRecord) async throws
    func updateProfile(id: String, _ change: @escaping @Sendable (inout ProfileRecord) throws -> Void) async throws
        -> ProfileRecord?
    func deleteProfile(id: String) async throws -> Bool
    /// Inserts `batch` in one transaction if the database holds no profile and no location;
    /// returns whether it did.
    func seedIfEmpty(_ batch: StoreBatch) async throws -> Bool

    // MARK: Identities
    /// Every identity of these profiles, ordered by id.
    func identities(profileIDs: [String]) async throws -> [IdentityRecord]
    func identities(profileID: String, page: PageRequest) async throws -> StorePage<IdentityRecord>
    func identity(profileID: String, _ key: ResourceKey) async throws -> IdentityRecord?
    func insertIdentity(_ record: IdentityRecord) async throws -> IdentityRecord
    func updateIdentity(
        profileID: String, _ key: ResourceKey, _ change: @escaping @Sendable (inout IdentityRecord) throws -> Void
    ) async throws -> IdentityRecord?
    func deleteIdentity(profileID: String, _ key: ResourceKey) async throws -> Bool

    // MARK: Lists and items
    func lists(profileID: String, page: PageRequest) async throws -> StorePage<ListRecord>
    func list(profileID: String, _ key: ResourceKey) async throws -> ListRecord?
    /// The number of items of each of these lists (lists without items may be absent).
    func itemCounts(listIDs: [Int]) async throws -> [Int: Int]
    func insertList(_ record: ListRecord) async throws -> ListRecord
    func updateList(id: Int, _ change: @escaping @Sendable (inout ListRecord) throws -> Void) async throws
        -> ListRecord?
    func deleteList(id: Int) async throws -> Bool

    func items(listID: Int, page: PageRequest) async throws -> StorePage<ListItemRecord>
    func item(listID: Int, id: Int) async throws -> ListItemRecord?
    func insertItem(_ record: ListItemRecord) async throws -> ListItemRecord
    func updateItem(listID: Int, id: Int, _ change: @escaping @Sendable (inout ListItemRecord) throws -> Void)
        async throws -> ListItemRecord?
    func deleteItem(listID: Int, id: Int) async throws -> Bool

    // MARK: List definitions, list custom fields, reservations and shares (v7-lists)
    func listDefinitions(page: PageRequest) async throws -> StorePage<ListDefinitionRecord>
    func listDefinitions(ids: [Int]) async throws -> [ListDefinitionRecord]
    func listDefinition(id: Int) async throws -> ListDefinitionRecord?
    func insertListDefinition(_ record: ListDefinitionRecord) async throws -> ListDefinitionRecord
    func updateListDefinition(id: Int, _ change: @escaping @Sendable (inout ListDefinitionRecord) throws -> Void)
        async throws -> ListDefinitionRecord?
    /// Deleting a definition keeps the lists created from it, without a definition.
    func deleteListDefinition(id: Int) async throws -> Bool

    /// A page of custom fields matching `query` (one list's: it has a `list_id` condition).
    func listCustomFields(_ query: StoreQuery) async throws -> StorePage<ListCustomFieldRecord>
    func listCustomField(listID: Int, namespace: String, handle: String) async throws -> ListCustomFieldRecord?
    func insertListCustomField(_ record: ListCustomFieldRecord) async throws -> ListCustomFieldRecord
    func updateListCustomField(
        listID: Int, namespace: String, handle: String,
        _ change: @escaping @Sendable (inout ListCustomFieldRecord) throws -> Void
    ) async throws -> ListCustomFieldRecord?
    func deleteListCustomField(listID: Int, namespace: String, handle: String) async throws -> Bool

    /// A page of reservations matching `query` (a profile's with its `profile_id` condition).
    func listReservations(_ query: StoreQuery) async throws -> StorePage<ListReservationRecord>
    /// Inserts the reservation unless the item's reservations would then reserve more than
    /// `limit` in all (`nil` then); the check and the insert are one transaction.
    func insertListReservation(_ record: ListReservationRecord, limit: Int) async throws -> ListReservationRecord?
    func deleteListReservation(listItemID: Int, id: Int) async throws -> Bool
    /// The list with this id, whatever its profile.
    func list(id: Int) async throws -> ListRecord?
    /// The list items with these ids, whatever their list, ordered by id.
    func listItems(ids: [Int]) async throws -> [ListItemRecord]

    /// The list's shares, ordered by id.
    func listShares(listID: Int) async throws -> [ListShareRecord]
    func insertListShare(_ record: ListShareRecord) async throws -> ListShareRecord
    func deleteListShare(listID: Int, id: Int) async throws -> Bool

    // MARK: Addresses
    func addresses(profileID: String, page: PageRequest) async throws -> StorePage<AddressRecord>
    func address(profileID: String, id: Int) async throws -> AddressRecord?
    func insertAddress(_ record: AddressRecord) async throws -> AddressRecord
    func updateAddress(profileID: String, id: Int, _ change: @escaping @Sendable (inout AddressRecord) throws -> Void)
        async throws -> AddressRecord?
    func deleteAddress(profileID: String, id: Int) async throws -> Bool

    // MARK: Profile dates
    /// Every date of these profiles, ordered by id.
    func dates(profileIDs: [String]) async throws -> [ProfileDateRecord]
    func date(profileID: String, _ key: ResourceKey) async throws -> ProfileDateRecord?
    func insertDate(_ record: ProfileDateRecord) async throws -> ProfileDateRecord
    func updateDate(
        profileID: String, _ key: ResourceKey, _ change: @escaping @Sendable (inout ProfileDateRecord) throws -> Void
    ) async throws -> ProfileDateRecord?
    func deleteDate(profileID: String, _ key: ResourceKey) async throws -> Bool

    // MARK: Custom attributes
    /// Every custom attribute of the profile, ordered by id.
    func customAttributes(profileID: String) async throws -> [CustomAttributeRecord]
    func customAttribute(profileID: String, namespace: String, handle: String) async throws -> CustomAttributeRecord?
    func insertCustomAttribute(_ record: CustomAttributeRecord) async throws -> CustomAttributeRecord
    func updateCustomAttribute(
        profileID: String, namespace: String, handle: String,
        _ change: @escaping @Sendable (inout CustomAttributeRecord) throws -> Void
    ) async throws -> CustomAttributeRecord?
    func deleteCustomAttribute(profileID: String, namespace: String, handle: String) async throws -> Bool

    // MARK: Regions
    func regions(page: PageRequest) async throws -> StorePage<RegionRecord>
    func regions(ids: [Int]) async throws -> [RegionRecord]
    func region(id: Int) async throws -> RegionRecord?
    func insertRegion(_ record: RegionRecord) async throws -> RegionRecord
    func updateRegion(id: Int, _ change: @escaping @Sendable (inout RegionRecord) throws -> Void) async throws
        -> RegionRecord?
    /// Deleting a region also removes it from every profile.
    func deleteRegion(id: Int) async throws -> Bool

    /// The profile's regions, ordered by id.
    func profileRegions(profileID: String) async throws -> [ProfileRegionRecord]
    func insertProfileRegion(_ record: ProfileRegionRecord) async throws -> ProfileRegionRecord
    func updateProfileRegion(
        profileID: String, regionID: Int, _ change: @escaping @Sendable (inout ProfileRegionRecord) throws -> Void
    ) async throws -> ProfileRegionRecord?
    func deleteProfileRegion(profileID: String, regionID: Int) async throws -> Bool

    // MARK: Transactions
    /// A page of transactions matching `query` (a profile's when it has a `profile_id` condition).
    func transactions(_ query: StoreQuery) async throws -> StorePage<TransactionRecord>
    /// Every transaction of the profile, ordered by id.
    func transactions(profileID: String) async throws -> [TransactionRecord]
    func transaction(id: Int) async throws -> TransactionRecord?
    /// The items of these transactions, ordered by id.
    func transactionItems(transactionIDs: [Int]) async throws -> [TransactionItemRecord]
    /// Inserts the transaction and its items (their `transactionID` set to its id), all or none.
    func insertTransaction(_ record: TransactionRecord, items: [TransactionItemRecord]) async throws
        -> (TransactionRecord, [TransactionItemRecord])
    /// Deleting a transaction deletes its items.
    func deleteTransaction(id: Int) async throws -> Bool

    // MARK: Points
    /// A page of the profile's points matching `query` (its `profile_id` condition included).
    func points(_ query: StoreQuery) async throws -> StorePage<PointRecord>
    /// Every point of the profile, ordered by id.
    func points(profileID: String) async throws -> [PointRecord]
    func point(profileID: String, id: Int) async throws -> PointRecord?
    func insertPoint(_ record: PointRecord) async throws -> PointRecord
    func updatePoint(profileID: String, id: Int, _ change: @escaping @Sendable (inout PointRecord) throws -> Void)
        async throws -> PointRecord?
    func deletePoint(profileID: String, id: Int) async throws -> Bool

    // MARK: Tier points
    /// A page of tier points matching `query` (a profile's with its `profile_id` condition).
    func tierPoints(_ query: StoreQuery) async throws -> StorePage<TierPointRecord>
    func insertTierPoint(_ record: TierPointRecord) async throws -> TierPointRecord
    func deleteTierPoint(id: Int) async throws -> Bool

    // MARK: Rewards
    func rewardDefinitions(page: PageRequest) async throws -> StorePage<RewardDefinitionRecord>
    func rewardDefinitions(ids: [Int]) async throws -> [RewardDefinitionRecord]
    func rewardDefinition(id: Int) async throws -> RewardDefinitionRecord?
    func insertRewardDefinition(_ record: RewardDefinitionRecord) async throws -> RewardDefinitionRecord
    func updateRewardDefinition(
        id: Int, _ change: @escaping @Sendable (inout RewardDefinitionRecord) throws -> Void
    ) async throws -> RewardDefinitionRecord?
    /// Deleting a definition deletes the rewards issued under it.
    func deleteRewardDefinition(id: Int) async throws -> Bool

    /// A page of rewards matching `query` (a profile's when it has a `profile_id` condition).
    func rewards(_ query: StoreQuery) async throws -> StorePage<RewardRecord>
    func reward(id: Int) async throws -> RewardRecord?
    func insertReward(_ record: RewardRecord) async throws -> RewardRecord
    func updateReward(id: Int, _ change: @escaping @Sendable (inout RewardRecord) throws -> Void) async throws
        -> RewardRecord?
    func deleteReward(id: Int) async throws -> Bool

    // MARK: Benefits and redemptions
    func benefitDefinitions(page: PageRequest) async throws -> StorePage<BenefitDefinitionRecord>
    /// Every published benefit definition, ordered by id.
    func publishedBenefitDefinitions() async throws -> [BenefitDefinitionRecord]
    func benefitDefinitions(ids: [Int]) async throws -> [BenefitDefinitionRecord]
    /// The definition with this id or handle.
    func benefitDefinition(_ key: ResourceKey) async throws -> BenefitDefinitionRecord?
    func insertBenefitDefinition(_ record: BenefitDefinitionRecord) async throws -> BenefitDefinitionRecord
    func updateBenefitDefinition(
        id: Int, _ change: @escaping @Sendable (inout BenefitDefinitionRecord) throws -> Void
    ) async throws -> BenefitDefinitionRecord?
    /// Deleting a definition deletes the benefits issued under it.
    func deleteBenefitDefinition(id: Int) async throws -> Bool

    /// A page of benefits matching `query` (a profile's when it has a `profile_id` condition).
    func benefits(_ query: StoreQuery) async throws -> StorePage<BenefitRecord>
    func benefit(id: Int) async throws -> BenefitRecord?
    func insertBenefit(_ record: BenefitRecord) async throws -> BenefitRecord
    func updateBenefit(id: Int, _ change: @escaping @Sendable (inout BenefitRecord) throws -> Void) async throws
        -> BenefitRecord?
    func deleteBenefit(id: Int) async throws -> Bool

    /// A page of redemptions matching `query`.
    func redemptions(_ query: StoreQuery) async throws -> StorePage<RedemptionRecord>
    func redemption(id: Int) async throws -> RedemptionRecord?
    func insertRedemption(_ record: RedemptionRecord) async throws -> RedemptionRecord

    func creditDefinitions(page: PageRequest) async throws -> StorePage<CreditDefinitionRecord>
    func creditDefinitions(ids: [Int]) async throws -> [CreditDefinitionRecord]
    /// The definition with this id or handle.
    func creditDefinition(_ key: ResourceKey) async throws -> CreditDefinitionRecord?
    func insertCreditDefinition(_ record: CreditDefinitionRecord) async throws -> CreditDefinitionRecord
    func updateCreditDefinition(
        id: Int, _ change: @escaping @Sendable (inout CreditDefinitionRecord) throws -> Void
    ) async throws -> CreditDefinitionRecord?
    /// Deleting a definition deletes the credits issued under it.
    func deleteCreditDefinition(id: Int) async throws -> Bool
    /// A page of credits matching `query` (a profile's when it has a `profile_id` condition).
    func credits(_ query: StoreQuery) async throws -> StorePage<CreditRecord>
    func credit(id: Int) async throws -> CreditRecord?
    func insertCredit(_ record: CreditRecord) async throws -> CreditRecord
    func updateCredit(id: Int, _ change: @escaping @Sendable (inout CreditRecord) throws -> Void) async throws
        -> CreditRecord?
    func deleteCredit(id: Int) async throws -> Bool

    // MARK: Tiers
    /// Every tier definition, ordered by id.
    func tierDefinitions() async throws -> [TierDefinitionRecord]
    func tierDefinition(id: Int) async throws -> TierDefinitionRecord?
    func insertTierDefinition(_ record: TierDefinitionRecord) async throws -> TierDefinitionRecord
    func updateTierDefinition(id: Int, _ change: @escaping @Sendable (inout TierDefinitionRecord) throws -> Void)
        async throws -> TierDefinitionRecord?
    /// Deleting a definition removes it from the profiles assigned to it.
    func deleteTierDefinition(id: Int) async throws -> Bool

    func profileTier(profileID: String) async throws -> ProfileTierRecord?
    func insertProfileTier(_ record: ProfileTierRecord) async throws -> ProfileTierRecord
    func updateProfileTier(profileID: String, _ change: @escaping @Sendable (inout ProfileTierRecord) throws -> Void)
        async throws -> ProfileTierRecord?

    // MARK: Transaction claims
    /// A page of claims matching `query` (the profile's: it has a `profile_id` condition).
    func transactionClaims(_ query: StoreQuery) async throws -> StorePage<TransactionClaimRecord>
    func transactionClaim(profileID: String, id: Int) async throws -> TransactionClaimRecord?
    func insertTransactionClaim(_ record: TransactionClaimRecord) async throws -> TransactionClaimRecord
    func deleteTransactionClaim(profileID: String, id: Int) async throws -> Bool

    // MARK: Transaction lines and list items
    func transactionItem(id: Int) async throws -> TransactionItemRecord?
    func listItem(id: Int) async throws -> ListItemRecord?
    /// Changes a transaction (its items stay as they are).
    func updateTransaction(id: Int, _ change: @escaping @Sendable (inout TransactionRecord) throws -> Void)
        async throws -> TransactionRecord?
    /// The list-item links of these transaction lines, ordered by id.
    func transactionItemLinks(transactionItemIDs: [Int]) async throws -> [TransactionItemLinkRecord]
    func insertTransactionItemLink(_ record: TransactionItemLinkRecord) async throws -> TransactionItemLinkRecord
    func deleteTransactionItemLink(transactionItemID: Int, listItemID: Int) async throws -> Bool

    // MARK: Reward definitions by handle
    func rewardDefinition(handle: String) async throws -> RewardDefinitionRecord?

    // MARK: Connections and interactions
    /// A page of connections matching `query` (a profile's with a `.anyEquals` condition on
    /// `connector_id` and `connected_id`).
    func connections(_ query: StoreQuery) async throws -> StorePage<ConnectionRecord>
    func connection(id: Int) async throws -> ConnectionRecord?
    func insertConnection(_ record: ConnectionRecord) async throws -> ConnectionRecord
    func updateConnection(id: Int, _ change: @escaping @Sendable (inout ConnectionRecord) throws -> Void)
        async throws -> ConnectionRecord?
    func deleteConnection(id: Int) async throws -> Bool
    /// A page of interactions matching `query` (a profile's when it has a `profile_id` condition).
    func interactions(_ query: StoreQuery) async throws -> StorePage<InteractionRecord>
    func interaction(id: Int) async throws -> InteractionRecord?
    func insertInteraction(_ record: InteractionRecord) async throws -> InteractionRecord
    func updateInteraction(id: Int, _ change: @escaping @Sendable (inout InteractionRecord) throws -> Void)
        async throws -> InteractionRecord?
    func deleteInteraction(id: Int) async throws -> Bool

    // MARK: Orders
    /// A page of orders matching `query` (a profile's when it has a `profile_id` condition).
    func orders(_ query: StoreQuery) async throws -> StorePage<OrderRecord>
    /// Every order of the profile, ordered by id.
    func orders(profileID: String) async throws -> [OrderRecord]
    func order(id: Int) async throws -> OrderRecord?
    /// The lines of these orders, ordered by id.
    func orderItems(orderIDs: [Int]) async throws -> [OrderItemRecord]
    /// Inserts the order and its lines (their `orderID` set to its id), all or none.
    func insertOrder(_ record: OrderRecord, items: [OrderItemRecord]) async throws -> (OrderRecord, [OrderItemRecord])
    /// Deleting an order deletes its lines.
    func deleteOrder(id: Int) async throws -> Bool

    // MARK: Achievements
    func achievementDefinitions(page: PageRequest) async throws -> StorePage<AchievementDefinitionRecord>
    func achievementDefinition(id: Int) async throws -> AchievementDefinitionRecord?
    func insertAchievementDefinition(_ record: AchievementDefinitionRecord) async throws -> AchievementDefinitionRecord
    func updateAchievementDefinition(
        id: Int, _ change: @escaping @Sendable (inout AchievementDefinitionRecord) throws -> Void
    ) async throws -> AchievementDefinitionRecord?
    /// Deleting a definition deletes the points earned towards it.
    func deleteAchievementDefinition(id: Int) async throws -> Bool
    /// A page of achievement points matching `query` (a profile's with its `profile_id` condition).
    func achievementPoints(_ query: StoreQuery) async throws -> StorePage<AchievementPointRecord>
    func insertAchievementPoint(_ record: AchievementPointRecord) async throws -> AchievementPointRecord

    // MARK: Locations
    func locations(_ query: StoreQuery) async throws -> StorePage<LocationRecord>
    func location(id: Int) async throws -> LocationRecord?
    func insertLocation(_ record: LocationRecord) async throws -> LocationRecord
    func updateLocation(id: Int, _ change: @escaping @Sendable (inout LocationRecord) throws -> Void) async throws
        -> LocationRecord?
    func deleteLocation(id: Int) async throws -> Bool
}

/// Failures a store reports in terms of the API.
public enum StoreError: Error, Equatable {
    /// A unique index refused the write; `field` is the API field it is about
    /// (`email`, `mobile_phone`, `handle`, `identifier`).
    case duplicate(field: String)
}

/// Rows written together, all or none (seed data). Rows carry their ids.
public struct StoreBatch: Sendable {
    public var profiles: [ProfileRecord] = []
    public var identities: [IdentityRecord] = []
    public var lists: [ListRecord] = []
    public var items: [ListItemRecord] = []
    public var addresses: [AddressRecord] = []
    public var dates: [ProfileDateRecord] = []
    public var customAttributes: [CustomAttributeRecord] = []
    public var regions: [RegionRecord] = []
    public var profileRegions: [ProfileRegionRecord] = []
    public var locations: [LocationRecord] = []
    public var transactions: [TransactionRecord] = []
    public var transactionItems: [TransactionItemRecord] = []
    public var points: [PointRecord] = []
    public var tierPoints: [TierPointRecord] = []
    public var rewardDefinitions: [RewardDefinitionRecord] = []
    public var rewards: [RewardRecord] = []
    public var tierDefinitions: [TierDefinitionRecord] = []
    public var benefitDefinitions: [BenefitDefinitionRecord] = []
    public var benefits: [BenefitRecord] = []
    public var transactionClaims: [TransactionClaimRecord] = []
    // v7-lists
    public var listDefinitions: [ListDefinitionRecord] = []
    public var listCustomFields: [ListCustomFieldRecord] = []
    public var listReservations: [ListReservationRecord] = []
    public var listShares: [ListShareRecord] = []
    public var connections: [ConnectionRecord] = []
    public var interactions: [InteractionRecord] = []
    public var orders: [OrderRecord] = []
    public var orderItems: [OrderItemRecord] = []
    public var achievementDefinitions: [AchievementDefinitionRecord] = []
    public var achievementPoints: [AchievementPointRecord] = []

    public init() {}
}
