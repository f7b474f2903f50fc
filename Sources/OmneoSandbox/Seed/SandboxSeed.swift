import Foundation

/// The data a fresh sandbox database starts with. Ids are fixed so that docs and tests can
/// refer to them.
public enum SandboxSeed {
    /// The seeded profiles, in creation order.
    public static let profileIDs: [String] = seedProfiles.map(\.id)

    /// The profile whose `magento_id` identity is ``magentoIdentifier``.
    public static let magentoProfileID = "5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01"
    /// `POST /profiles/search-id {"type":"magento_id","id":"1004993MH"}` finds ``magentoProfileID``.
    public static let magentoIdentifier = "1004993MH"

    /// The number of seeded locations (ids `1…locationCount`).
    public static var locationCount: Int { seedLocations.count }

    /// Rows for an empty database seeded at `now` (expiries of what must stay valid are
    /// relative to it: see ``SeedClock``).
    static func batch(now: Date = Date()) -> StoreBatch {
        let clock = SeedClock(now: now)
        var batch = StoreBatch()
        var identityID = 0
        var listID = 0
        var itemID = 0
        var addressID = 0
        var dateID = 0
        var attributeID = 0
        var transactionID = 0
        var transactionItemID = 0
        var pointID = 0
        var tierPointID = 0
        var rewardID = 0
        var benefitID = 0
        batch.rewardDefinitions = seedRewardDefinitions()
        batch.tierDefinitions = seedTierDefinitions()
        batch.benefitDefinitions = seedBenefitDefinitions()
        batch.regions = seedRegions.enumerated().map { index, region in
            RegionRecord(
                id: index + 1, name: region.name, handle: region.handle, isDefault: index == 0,
                countries: [region.country], createdAt: "2025-10-01 08:00:00", updatedAt: "2025-10-01 08:00:00")
        }
        for (index, seed) in seedProfiles.enumerated() {
            let created = "2026-01-\(String(format2: 10 + index)) 09:\(String(format2: 15 + index)):00"
            var profile = ProfileRecord(id: seed.id, email: seed.email, createdAt: created, updatedAt: created)
            profile.firstName = seed.firstName
            profile.lastName = seed.lastName
            profile.mobilePhone = seed.mobile
            profile.gender = seed.gender
            profile.title = seed.title
            (profile.birthDay, profile.birthMonth, profile.birthYear) = seed.birth
            profile.company = seed.company
            profile.occupation = seed.occupation
            profile.regionID = seed.regionID
            profile.joinedLocationID = seed.joinedLocationID
            profile.preferredLocationID = seed.joinedLocationID
            profile.tags = seed.tags
            profile.comms = seed.comms
            profile.pointBalance = Double([1250, 480, 3020, 0, 760, 150][index % 6])
            profile.rewardBalance = [20, 0, 45, 0, 10, 5][index % 6]
            profile.appearance =
                index % 2 == 0
                ? ["size_shoe": "\(7 + index % 5)", "size_top": "M", "eye_colour": "Brown"]
                : ["size_shoe": "\(8 + index % 4)", "size_dress": "\(8 + 2 * (index % 4))", "hair_colour": "Auburn"]
            batch.profiles.append(profile)

            for (handle, identifier, primary) in [("shopify", seed.shopify, false), ("magento_id", seed.magento, true)]
            {
                identityID += 1
                batch.identities.append(
                    IdentityRecord(
                        id: identityID, profileID: seed.id, handle: handle, identifier: identifier,
                        isPrimary: primary, isActive: true, createdAt: created, updatedAt: created))
            }

            listID += 1
            batch.lists.append(
                ListRecord(
                    id: listID, profileID: seed.id, handle: "wishlist", name: "Wishlist",
                    description: "Saved for later", listDefinitionID: 1, createdAt: created, updatedAt: created))
            for product in seed.wishlist {
                itemID += 1
                batch.items.append(
                    ListItemRecord(
                        id: itemID, listID: listID, productID: product.productID,
                        productVariantID: product.variantID, sku: product.sku, name: product.name,
                        quantity: product.quantity, note: product.note, createdAt: created, updatedAt: created))
            }

            for (number, address) in seed.addresses.enumerated() {
                addressID += 1
                var record = AddressRecord(
                    id: addressID, profileID: seed.id, isDefault: number == 0, createdAt: created, updatedAt: created)
                record.addressLine1 = address.line1
                record.addressLine2 = address.line2
                record.city = address.city
                record.state = address.state
                record.postcode = address.postcode
                record.country = "AU"
                record.iso = "AU"
                record.isoState = "AU-\(address.state)"
                record.phone = seed.mobile
                record.latitude = address.latitude
                record.longitude = address.longitude
                batch.addresses.append(record)
            }

            for date in seedDates(profile, index: index) {
                dateID += 1
                var record = date
                record.id = dateID
                record.createdAt = created
                record.updatedAt = created
                batch.dates.append(record)
            }

            let attributes: [(String, String, String, String)] = [
                ("loyalty", "member_since", "string", "\"\(2018 + index % 6)\""),
                ("app", "onboarded", "boolean", index % 2 == 0 ? "true" : "false"),
                ("preferences", "fit", "json", #"{"shirt":"slim","trouser":"regular"}"#),
            ]
            if seedRegions.indices.contains(seed.regionID - 1) {
                let region = seedRegions[seed.regionID - 1]
                batch.profileRegions.append(
                    ProfileRegionRecord(
                        id: batch.profileRegions.count + 1, profileID: seed.id, regionID: seed.regionID,
                        country: region.country, state: region.state, createdAt: created, updatedAt: created))
            }

            let (transactions, lines) = seedTransactions(
                profileID: seed.id, index: index, locationID: seed.joinedLocationID,
                nextTransactionID: &transactionID, nextItemID: &transactionItemID)
            batch.transactions += transactions
            batch.transactionItems += lines
            batch.points += seedPoints(
                profileID: seed.id, pointBalance: profile.pointBalance ?? 0, created: created, clock: clock,
                nextID: &pointID)
            batch.tierPoints += seedTierPoints(
                profileID: seed.id, pointBalance: profile.pointBalance ?? 0, created: created, nextID: &tierPointID)
            batch.rewards += seedRewards(
                profileID: seed.id, rewardBalance: profile.rewardBalance ?? 0, clock: clock, nextID: &rewardID)
            batch.benefits += seedBenefits(profileID: seed.id, clock: clock, nextID: &benefitID)

            for (namespace, handle, type, value) in attributes {
                attributeID += 1
                batch.customAttributes.append(
                    CustomAttributeRecord(
                        id: attributeID, profileID: seed.id, namespace: namespace, handle: handle, type: type,
                        value: value, createdAt: created, updatedAt: created))
            }
        }
        batch.locations = seedLocations.enumerated().map { index, seed in seed.record(id: index + 1) }
        batch.transactionClaims = seedTransactionClaims()
        // v7-lists: list definitions (the wishlists are made from 1) and a gift registry.
        batch.listDefinitions = seedListDefinitions()
        let registry = seedGiftRegistry(
            owner: seedProfiles[2].id, guest: seedProfiles[3].id, listID: listID + 1, nextItemID: &itemID)
        batch.lists.append(registry.list)
        batch.items += registry.items
        batch.listCustomFields = registry.fields
        batch.listReservations = registry.reservations
        batch.listShares = [registry.share]
        batch.connections = seedConnections()
        batch.interactions = seedInteractions()
        (batch.orders, batch.orderItems) = seedOrders()
        (batch.achievementDefinitions, batch.achievementPoints) = seedAchievements()
        return batch
    }
}

/// The seeded regions; a profile's `region_id` is a 1-based index into them.
let seedRegions: [(name: String, handle: String, country: String, state: String)] = [
    ("Victoria", "vic", "AU", "VIC"), ("New South Wales", "nsw", "AU", "NSW"), ("Queensland", "qld", "AU", "QLD"),
    ("Western Australia", "wa", "AU", "WA"), ("New Zealand", "nz", "NZ", "AUK"),
]

/// A birthday date for profiles with a birth date, and an anniversary for every second one.
private func seedDates(_ profile: ProfileRecord, index: Int) -> [ProfileDateRecord] {
    var dates: [ProfileDateRecord] = []
    if let day = profile.birthDay, let month = profile.birthMonth {
        var birthday = ProfileDateRecord(
            profileID: profile.id, handle: "birthday",
            date: "\(profile.birthYear ?? 2000)-\(String(format2: month))-\(String(format2: day))", isRecurring: true,
            createdAt: "", updatedAt: "")
        birthday.name = "Birthday"
        birthday.type = "birthday"
        birthday.recurringSchedule = "Yearly"
        birthday.relationship = "Me"
        dates.append(birthday)
    }
    if index % 2 == 0 {
        var anniversary = ProfileDateRecord(
            profileID: profile.id, handle: "anniversary", date: "2019-0\(1 + index % 9)-14", isRecurring: true,
            createdAt: "", updatedAt: "")
        anniversary.name = "Wedding anniversary"
        anniversary.type = "anniversary"
        anniversary.recurringSchedule = "Yearly"
        anniversary.relationship = "Partner"
        anniversary.note = "Flowers, not chocolates"
        dates.append(anniversary)
    }
    return dates
}

extension String {
    /// Two-digit zero-padded decimal.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
