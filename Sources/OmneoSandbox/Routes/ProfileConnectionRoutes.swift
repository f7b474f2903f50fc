import Hummingbird
import OmneoHTTP
import OmneoModels

/// A profile's connections, as `omneo-sdk` `src/id/resources/profile/connections` calls them:
/// `profiles/{id}/connections` — GET (paged; those it made or received, or with
/// `type=connector` / `type=connected` one side only; the connection filters); PUT
/// `…/{connection}` (the update fields; breaking it records who and when); GET
/// `…/{connection}/profileInfo` (the other profile's shareable fields, once accepted; 403
/// before). Another profile's connection is 404.
struct ProfileConnectionRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/connections", use: index)
        group.put("profiles/:profile/connections/:connection", use: update)
        group.get("profiles/:profile/connections/:connection/profileInfo", use: profileInfo)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try await store.existingProfileID(context)
        let parameters = try request.queryParameters()
        var query = try ListQuery.parse(parameters, schema: .connections)
        switch parameters["type"] {
        case nil: query.conditions.append(.anyEquals(columns: ["connector_id", "connected_id"], value: .text(profileID)))
        case "connector": query.conditions.append(.equals(column: "connector_id", value: .text(profileID)))
        case "connected": query.conditions.append(.equals(column: "connected_id", value: .text(profileID)))
        default: throw OmneoHTTPError.invalid("type", "The selected type is invalid.")
        }
        let page = try await store.connections(query)
        return Respond.page(
            try await store.connectionResources(page.items), total: page.total, page: query.page, request: request,
            parameters: parameters)
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (profileID, id) = (try context.profileID(), try context.integer("connection"))
        _ = try await ownConnection(profileID, id)
        let input = try ConnectionInput.read(try await request.jsonObject(), mode: .update)
        let now = Timestamp.now()
        let updated = try await store.updateConnection(id: id) { record in
            let wasBroken = record.status == ConnectionStatus.break.rawValue
            input.apply(to: &record, now: now)
            if !wasBroken, record.status == ConnectionStatus.break.rawValue {
                if !input.disconnectedBy.isPresent { record.disconnectedBy = profileID }
                if !input.disconnectedAt.isPresent { record.disconnectedAt = now }
            }
        }
        return Respond.data(try await store.connectionResource(try updated.orNotFound()))
    }

    @Sendable func profileInfo(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let record = try await ownConnection(profileID, try context.integer("connection"))
        guard record.status == ConnectionStatus.accepted.rawValue else {
            throw OmneoHTTPError(.forbidden, message: "This action is unauthorized.")
        }
        let otherID = record.connectorID == profileID ? record.connectedID : record.connectorID
        let other = try await store.profile(id: otherID).orNotFound()
        let shareable = SandboxConnectionDefinitions.definition(id: record.connectionDefinitionID)?.shareableAttributes
        return Respond.data(Resources.connectionProfile(other, only: shareable ?? []))
    }

    /// The connection `id` when `profileID` is one of its profiles; 404 otherwise.
    private func ownConnection(_ profileID: String, _ id: Int) async throws -> ConnectionRecord {
        let record = try await store.connection(id: id).orNotFound()
        guard record.involves(profileID) else { throw OmneoHTTPError.notFound }
        return record
    }
}
