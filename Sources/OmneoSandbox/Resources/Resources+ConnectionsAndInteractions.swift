import OmneoModels

extension Resources {
    /// A connection with its definition and what it shows of its two profiles (`omneo-sdk`
    /// `src/types/connection.ts`, `Connection`); `profiles` holds them by id.
    static func connection(_ record: ConnectionRecord, profiles: [String: ProfileRecord]) -> Connection {
        var connection = Connection(
            id: record.id ?? 0, name: record.name, status: ConnectionStatus(rawValue: record.status),
            connectorID: record.connectorID, connectedID: record.connectedID)
        connection.description = record.description
        connection.definition = SandboxConnectionDefinitions.definition(id: record.connectionDefinitionID)
        connection.connector = profiles[record.connectorID].map { connectionProfile($0) }
        connection.connected = profiles[record.connectedID].map { connectionProfile($0) }
        connection.disconnectedBy = record.disconnectedBy
        connection.connectedAt = record.connectedAt
        connection.disconnectedAt = record.disconnectedAt
        connection.isPublished = record.isPublished
        connection.isArchived = record.isArchived
        connection.isDefault = record.isDefault
        connection.isInvalid = record.isInvalid
        connection.isPrimary = record.isPrimary
        connection.sortOrder = record.sortOrder
        connection.meta = JSONText.decode(record.meta)
        connection.notes = record.notes
        connection.externalID = record.externalID
        connection.externalIDType = record.externalIDType
        connection.createdAt = record.createdAt
        connection.updatedAt = record.updatedAt
        return connection
    }

    /// What a connection shows of a profile; with `only`, just those of its fields (a
    /// definition's `shareable_attributes`) besides the id.
    static func connectionProfile(_ profile: ProfileRecord, only shareable: [String]? = nil) -> ConnectionProfile {
        func shared<T>(_ field: String, _ value: T?) -> T? {
            shareable.map { $0.contains(field) } ?? true ? value : nil
        }
        return ConnectionProfile(
            id: profile.id, firstName: shared("first_name", profile.firstName),
            lastName: shared("last_name", profile.lastName), email: shared("email", profile.email),
            birthYear: shared("birth_year", profile.birthYear), birthMonth: shared("birth_month", profile.birthMonth),
            birthDay: shared("birth_day", profile.birthDay))
    }

    /// An interaction (`omneo-sdk` `src/types/interactions.ts`, `Interaction`), with the identity
    /// it was recorded by.
    static func interaction(_ record: InteractionRecord, identity: IdentityRecord?) -> Interaction {
        var interaction = Interaction(
            id: record.id ?? 0, profileID: record.profileID, action: InteractionAction(rawValue: record.action),
            channel: InteractionChannel(rawValue: record.channel), signal: record.signal)
        interaction.name = record.name
        interaction.namespace = record.namespace
        interaction.description = record.description
        interaction.url = record.url
        interaction.duration = record.duration
        interaction.latitude = record.latitude.flatMap(Coordinate.init(text:))
        interaction.longitude = record.longitude.flatMap(Coordinate.init(text:))
        interaction.locationID = record.locationID
        interaction.productID = record.productID
        interaction.productVariantID = record.productVariantID
        interaction.productCategoryID = record.productCategoryID
        interaction.staffID = record.staffID
        interaction.interactedID = record.interactedID
        interaction.interactedType = record.interactedType
        interaction.identity = identity.map(Self.identity)
        interaction.tags = record.tags
        interaction.meta = JSONText.decode(record.meta)
        interaction.interactedAt = record.interactedAt
        interaction.createdAt = record.createdAt
        interaction.updatedAt = record.updatedAt
        return interaction
    }
}
