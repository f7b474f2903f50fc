import OmneoModels

/// Turns store records into the shared wire models, exactly as Omneo shapes them.
enum Resources {
    static func profile(_ record: ProfileRecord, identities: [IdentityRecord]) -> Profile {
        let id = profileID(record.id)
        return Profile(
            id: id,
            firstName: record.firstName,
            lastName: record.lastName,
            email: record.email,
            mobilePhone: record.mobilePhone,
            gender: record.gender.flatMap(Gender.init(rawValue:)),
            title: record.title,
            birthDay: record.birthDay,
            birthMonth: record.birthMonth,
            birthYear: record.birthYear,
            company: record.company,
            occupation: record.occupation,
            regionID: record.regionID,
            joinedLocationID: record.joinedLocationID,
            preferredLocationID: record.preferredLocationID,
            tags: record.tags,
            identities: identities.map(identity),
            attributes: ProfileAttributes(comms: comms(record.comms)),
            createdAt: record.createdAt,
            updatedAt: record.updatedAt
        )
    }

    /// Profiles with their identities embedded.
    static func profiles(_ records: [ProfileRecord], store: any SandboxStore) async throws -> [Profile] {
        let identities = Dictionary(
            grouping: try await store.identities(profileIDs: records.map(\.id)), by: \.profileID)
        return records.map { profile($0, identities: identities[$0.id] ?? []) }
    }

    /// Every documented flag, `false` unless set.
    static func comms(_ flags: [String: Bool]) -> Comms {
        Comms(Dictionary(uniqueKeysWithValues: CommsKey.all.map { ($0, flags[$0.name] ?? false) }))
    }

    static func identity(_ record: IdentityRecord) -> Identity {
        Identity(
            id: record.id ?? 0, profileID: profileID(record.profileID), handle: record.handle,
            identifier: record.identifier, isPrimary: record.isPrimary, isActive: record.isActive,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func list(_ record: ListRecord, itemsCount: Int) -> ProfileList {
        ProfileList(
            id: record.id ?? 0, profileID: profileID(record.profileID), handle: record.handle, name: record.name,
            description: record.description, itemsCount: itemsCount, createdAt: record.createdAt,
            updatedAt: record.updatedAt)
    }

    /// Lists with their item counts.
    static func lists(_ records: [ListRecord], store: any SandboxStore) async throws -> [ProfileList] {
        let counts = try await store.itemCounts(listIDs: records.compactMap(\.id))
        return records.map { list($0, itemsCount: $0.id.flatMap { counts[$0] } ?? 0) }
    }

    static func item(_ record: ListItemRecord) -> ListItem {
        ListItem(
            id: record.id ?? 0, listID: record.listID, productID: record.productID,
            productVariantID: record.productVariantID, sku: record.sku, name: record.name, quantity: record.quantity,
            note: record.note, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func address(_ record: AddressRecord) -> Address {
        Address(
            id: record.id, profileID: profileID(record.profileID), addressLine1: record.addressLine1,
            addressLine2: record.addressLine2, addressLine3: record.addressLine3, city: record.city,
            state: record.state, postcode: record.postcode, country: record.country, company: record.company,
            phone: record.phone, isDefault: record.isDefault, latitude: record.latitude, longitude: record.longitude,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    static func location(_ record: LocationRecord) -> Location {
        Location(
            id: record.id ?? 0, name: record.name, handle: record.handle, type: record.type,
            isPublished: record.isPublished, isPermanentlyClosed: record.isPermanentlyClosed, phone: record.phone,
            email: record.email, timezone: record.timezone,
            address: Address(
                addressLine1: record.addressLine1, addressLine2: record.addressLine2,
                addressLine3: record.addressLine3, city: record.city, state: record.state,
                postcode: record.postcode, country: record.country, latitude: record.latitude,
                longitude: record.longitude),
            normalHours: record.normalHours, specialHours: record.specialHours, tags: record.tags,
            createdAt: record.createdAt, updatedAt: record.updatedAt)
    }

    /// Store ids are generated UUIDs or seed ids, always valid profile ids.
    private static func profileID(_ text: String) -> ProfileID {
        ProfileID(text) ?? ProfileID("0")!
    }
}
