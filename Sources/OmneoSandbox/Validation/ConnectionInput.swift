import OmneoHTTP
import OmneoModels

/// A connection between two profiles (`POST`/`PUT /connections…`, `PUT /profiles/{id}/connections/{id}`;
/// `omneo-sdk` `src/types/connections.ts`, `RequestCreateConnection` / `RequestUpdateConnection`).
/// On create `name`, `status`, `connector_id`, `connected_id` and a definition (by
/// `connection_definition_id` or `connection_definition_handle`) are required; the two
/// profiles are checked by the route. An update may not change the profiles or the definition.
struct ConnectionInput: Sendable {
    var definitionID: Int?
    var connectorID: String?
    var connectedID: String?
    var name: Field<String> = .absent
    var description: Field<String> = .absent
    var status: Field<String> = .absent
    var disconnectedBy: Field<String> = .absent
    var connectedAt: Field<String> = .absent
    var disconnectedAt: Field<String> = .absent
    var isPublished: Field<Bool> = .absent
    var isDefault: Field<Bool> = .absent
    var isArchived: Field<Bool> = .absent
    var isInvalid: Field<Bool> = .absent
    var isPrimary: Field<Bool> = .absent
    var sortOrder: Field<Int> = .absent
    var meta: Field<String> = .absent
    var notes: Field<String> = .absent
    var externalID: Field<String> = .absent
    var externalIDType: Field<String> = .absent

    static let updatable: Set<String> = [
        "name", "description", "status", "disconnected_by", "connected_at", "disconnected_at", "is_published",
        "is_default", "is_archived", "is_invalid", "is_primary", "sort_order", "meta", "notes", "external_id",
        "external_id_type", "organisation_id",
    ]
    static let creatable = updatable.union([
        "connection_definition_id", "connection_definition_handle", "connector_id", "connected_id",
    ])

    /// `omneo-sdk` `ConnectionExternalIdTypeEnum`.
    static let externalIDTypes = [
        "attributes_date", "interaction", "external", "transaction", "order", "product_list", "addresses",
    ]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> ConnectionInput {
        var reader = InputReader(object, mode: mode, allowed: mode == .create ? creatable : updatable)
        var input = ConnectionInput()
        if mode == .create {
            let id = reader.integer("connection_definition_id").value
            let handle = reader.string("connection_definition_handle").value
            input.definitionID = id.flatMap(SandboxConnectionDefinitions.definition(id:))?.id
                ?? handle.flatMap(SandboxConnectionDefinitions.definition(handle:))?.id
            if id == nil && handle == nil {
                reader.add("connection_definition_id", "The connection definition id field is required.")
            } else if input.definitionID == nil {
                reader.add("connection_definition_id", "The selected connection definition id is invalid.")
            }
            input.connectorID = reader.string("connector_id", required: true, maxLength: 64).value?.lowercased()
            input.connectedID = reader.string("connected_id", required: true, maxLength: 64).value?.lowercased()
            if let connector = input.connectorID, connector == input.connectedID {
                reader.add("connected_id", "The connected id and connector id must be different.")
            }
        }
        input.name = reader.string("name", required: true, nullable: false)
        input.description = reader.string("description", maxLength: 1000)
        input.status = reader.string("status", required: true, nullable: false)
        if let status = input.status.value, ConnectionStatus(known: status) == nil {
            reader.add("status", "The selected status is invalid.")
        }
        input.disconnectedBy = reader.string("disconnected_by", maxLength: 64)
        input.connectedAt = Self.dateTime(&reader, "connected_at")
        input.disconnectedAt = Self.dateTime(&reader, "disconnected_at")
        input.isPublished = reader.boolean("is_published")
        input.isDefault = reader.boolean("is_default")
        input.isArchived = reader.boolean("is_archived")
        input.isInvalid = reader.boolean("is_invalid")
        input.isPrimary = reader.boolean("is_primary")
        input.sortOrder = reader.integer("sort_order", range: 0...1_000_000)
        input.meta = reader.jsonObject("meta")
        input.notes = reader.string("notes", maxLength: 5000)
        input.externalID = reader.identifier("external_id")
        input.externalIDType = reader.string("external_id_type")
        if let type = input.externalIDType.value, !externalIDTypes.contains(type) {
            reader.add("external_id_type", "The selected external id type is invalid.")
        }
        _ = reader.integer("organisation_id")
        try reader.errors.check()
        return input
    }

    private static func dateTime(_ reader: inout InputReader, _ key: String) -> Field<String> {
        let field = reader.string(key, maxLength: 19)
        if let text = field.value, !TransactionInput.isDateTime(text) {
            reader.add(key, "\(InputReader.label(key)) must be a date and time YYYY-MM-DD HH:MM:SS.")
        }
        return field
    }

    /// A new connection from a create input (read with `.create`, so the required fields are set).
    func record(now: String) -> ConnectionRecord {
        var record = ConnectionRecord(
            connectionDefinitionID: definitionID ?? 0, name: "", connectorID: connectorID ?? "",
            connectedID: connectedID ?? "", status: "", createdAt: now, updatedAt: now)
        apply(to: &record, now: now)
        return record
    }

    /// Applies the fields sent. Accepting a connection sets `connected_at` when it was not sent.
    func apply(to record: inout ConnectionRecord, now: String) {
        name.apply(to: &record.name)
        description.apply(to: &record.description)
        let wasAccepted = record.status == ConnectionStatus.accepted.rawValue
        status.apply(to: &record.status)
        disconnectedBy.apply(to: &record.disconnectedBy)
        connectedAt.apply(to: &record.connectedAt)
        disconnectedAt.apply(to: &record.disconnectedAt)
        isPublished.apply(to: &record.isPublished)
        isDefault.apply(to: &record.isDefault)
        isArchived.apply(to: &record.isArchived)
        isInvalid.apply(to: &record.isInvalid)
        isPrimary.apply(to: &record.isPrimary)
        sortOrder.apply(to: &record.sortOrder)
        meta.apply(to: &record.meta)
        notes.apply(to: &record.notes)
        externalID.apply(to: &record.externalID)
        externalIDType.apply(to: &record.externalIDType)
        if !wasAccepted, record.status == ConnectionStatus.accepted.rawValue, !connectedAt.isPresent {
            record.connectedAt = now
        }
        record.updatedAt = now
    }
}
