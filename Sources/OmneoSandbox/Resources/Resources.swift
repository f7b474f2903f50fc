import OmneoModels

/// Turns store records into the shared wire models, exactly as Omneo shapes them.
enum Resources {
    static func profile(
        _ record: ProfileRecord, identities: [IdentityRecord], dates: [ProfileDateRecord] = [],
        balances: ProfileBalances = ProfileBalancesRule.empty
    ) -> Profile {
        let id = profileID(record.id)
        return Profile(
            id: id,
            profileType: record.profileType.map(ProfileType.init(rawValue:)) ?? .active,
            firstName: record.firstName,
            lastName: record.lastName,
            email: record.email,
            mobilePhone: record.mobilePhone,
            secondaryPhone: record.secondaryPhone,
            gender: record.gender.map(Gender.init(rawValue:)),
            title: record.title,
            birthDay: record.birthDay,
            birthMonth: record.birthMonth,
            birthYear: record.birthYear,
            company: record.company,
            occupation: record.occupation,
            regionID: record.regionID,
            joinedLocationID: record.joinedLocationID,
            preferredLocationID: record.preferredLocationID,
            rewardBalance: balances.rewardBalance,
            pointBalance: balances.pointBalance,
            tags: record.tags,
            identities: identities.map(identity),
            attributes: ProfileAttributes(
                comms: comms(of: record), appearance: appearance(of: record), dates: dates.map(date)),
            createdAt: record.createdAt,
            updatedAt: record.updatedAt
        )
    }

    /// Profiles with their identities, dates and computed balances embedded.
    static func profiles(_ records: [ProfileRecord], store: any SandboxStore) async throws -> [Profile] {
        let ids = records.map(\.id)
        let identities = Dictionary(grouping: try await store.identities(profileIDs: ids), by: \.profileID)
        let dates = Dictionary(grouping: try await store.dates(profileIDs: ids), by: \.profileID)
        var profiles: [Profile] = []
        for record in records {
            profiles.append(
                profile(
                    record, identities: identities[record.id] ?? [], dates: dates[record.id] ?? [],
                    balances: try await ProfileBalancesRule.load(profileID: record.id, store: store)))
        }
        return profiles
    }

    /// A profile's appearance: the fields set, with the profile's id and timestamps.
    static func appearance(of record: ProfileRecord) -> ProfileAppearance {
        ProfileAppearance(
            record.appearance ?? [:], profileID: record.id, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// A region; with `membership`, as one of a profile's regions.
    static func region(_ record: RegionRecord, membership: ProfileRegionRecord? = nil) -> Region {
        Region(
            id: record.id ?? 0, name: record.name, handle: record.handle,
            countries: record.countries.map { .object(["iso_2": .string($0)]) }, isDefault: record.isDefault,
            isActive: membership?.isActive, country: membership?.country, state: membership?.state,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// The profile's regions, each with the profile's country, state and `is_active`.
    static func profileRegions(of profileID: String, store: any SandboxStore) async throws -> [Region] {
        let memberships = try await store.profileRegions(profileID: profileID)
        let regions = Dictionary(
            uniqueKeysWithValues: try await store.regions(ids: memberships.map(\.regionID)).map { ($0.id ?? 0, $0) })
        return memberships.compactMap { membership in
            regions[membership.regionID].map { region($0, membership: membership) }
        }
    }

    static func customAttribute(_ record: CustomAttributeRecord) -> CustomAttribute {
        CustomAttribute(
            id: record.id, profileID: profileID(record.profileID), namespace: record.namespace, handle: record.handle,
            type: CustomAttributeType(rawValue: record.type), value: JSONText.decode(record.value) ?? .null,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func date(_ record: ProfileDateRecord) -> ProfileDate {
        ProfileDate(
            id: record.id ?? 0, profileID: profileID(record.profileID), handle: record.handle, name: record.name,
            date: record.date, type: record.type, isRecurring: record.isRecurring,
            recurringSchedule: record.recurringSchedule, relationship: record.relationship,
            description: record.description, note: record.note, meta: JSONText.decode(record.meta),
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// A profile's comms as Omneo writes them (`omneo-sdk` `src/types/profile/comms.ts`): every
    /// documented flag (`false` unless set), verification `not_sent`, no terms accepted.
    static func comms(of record: ProfileRecord) -> Comms {
        Comms(
            Dictionary(uniqueKeysWithValues: CommsKey.all.map { ($0, record.comms[$0.name] ?? false) }),
            profileID: record.id,
            verification: Dictionary(uniqueKeysWithValues: CommsChannel.allCases.map { ($0, "not_sent") }),
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func identity(_ record: IdentityRecord) -> Identity {
        Identity(
            id: record.id ?? 0, profileID: profileID(record.profileID), handle: record.handle,
            identifier: record.identifier, isPrimary: record.isPrimary, isActive: record.isActive,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func list(_ record: ListRecord, itemsCount: Int, definition: ListDefinitionRecord? = nil) -> ProfileList {
        ProfileList(
            id: record.id ?? 0, profileID: profileID(record.profileID), handle: record.handle, name: record.name,
            description: record.description, itemsCount: itemsCount, listDefinitionID: record.listDefinitionID,
            definition: definition.map(listDefinition), createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Lists with their item counts and the definitions they were made from.
    static func lists(_ records: [ListRecord], store: any SandboxStore) async throws -> [ProfileList] {
        let counts = try await store.itemCounts(listIDs: records.compactMap(\.id))
        let definitionIDs = Set(records.compactMap(\.listDefinitionID))
        let definitions = definitionIDs.isEmpty ? [] : try await store.listDefinitions(ids: Array(definitionIDs))
        let byID = Dictionary(definitions.map { ($0.id ?? 0, $0) }, uniquingKeysWith: { first, _ in first })
        return records.map {
            list(
                $0, itemsCount: $0.id.flatMap { counts[$0] } ?? 0,
                definition: $0.listDefinitionID.flatMap { byID[$0] })
        }
    }

    static func item(_ record: ListItemRecord) -> ListItem {
        ListItem(
            id: record.id ?? 0, listID: record.listID, productID: record.productID,
            productVariantID: record.productVariantID, productVariantSKU: record.productVariantSKU, sku: record.sku,
            name: record.name, quantity: record.quantity, position: record.position, status: record.status,
            meta: JSONText.decode(record.meta), source: record.source, locationID: record.locationID,
            externalID: record.externalID, note: record.note, product: listItemProduct(record),
            productVariant: listItemProductVariant(record), customProduct: JSONText.decode(record.customProduct),
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func address(_ record: AddressRecord) -> Address {
        Address(
            id: record.id, profileID: profileID(record.profileID), addressLine1: record.addressLine1,
            addressLine2: record.addressLine2, addressLine3: record.addressLine3, city: record.city,
            state: record.state, postcode: record.postcode, country: record.country, iso: record.iso,
            isoState: record.isoState, company: record.company, phone: record.phone, notes: record.notes,
            isDefault: record.isDefault, latitude: record.latitude.flatMap(Coordinate.init(degrees:)),
            longitude: record.longitude.flatMap(Coordinate.init(degrees:)),
            externalID: record.externalID, meta: JSONText.decode(record.meta), createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    static func location(_ record: LocationRecord) -> Location {
        Location(
            id: record.id ?? 0, name: record.name, handle: record.handle, type: record.type,
            description: record.description, isPublished: record.isPublished,
            isPermanentlyClosed: record.isPermanentlyClosed, phone: record.phone, email: record.email,
            timezone: record.timezone, externalID: record.externalID, externalCode: record.externalCode,
            address: Address(
                addressLine1: record.addressLine1, addressLine2: record.addressLine2,
                addressLine3: record.addressLine3, city: record.city, state: record.state,
                postcode: record.postcode, country: record.country,
                latitude: record.latitude.flatMap(Coordinate.init(degrees:)),
                longitude: record.longitude.flatMap(Coordinate.init(degrees:))),
            normalHours: record.normalHours.map { hours in
                var hours = hours
                hours.locationID = record.id
                return hours
            },
            specialHours: record.specialHours.map { hours in
                var hours = hours
                hours.locationID = record.id
                return hours
            },
            tags: record.tags, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Store ids are generated UUIDs or seed ids, always valid profile ids.
    static func profileID(_ text: String) -> ProfileID {
        ProfileID(text) ?? ProfileID("0")!
    }
}
