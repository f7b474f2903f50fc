import OmneoModels

extension SandboxStore {
    /// The connections as Omneo answers them, each with what it shows of its two profiles.
    func connectionResources(_ records: [ConnectionRecord]) async throws -> [Connection] {
        var profiles: [String: ProfileRecord] = [:]
        for id in Set(records.flatMap { [$0.connectorID, $0.connectedID] }) {
            profiles[id] = try await profile(id: id)
        }
        return records.map { Resources.connection($0, profiles: profiles) }
    }

    func connectionResource(_ record: ConnectionRecord) async throws -> Connection {
        try await connectionResources([record])[0]
    }

    /// The interaction as Omneo answers it, with the identity it was recorded by.
    func interactionResource(_ record: InteractionRecord) async throws -> Interaction {
        guard let identityID = record.identityID else { return Resources.interaction(record, identity: nil) }
        let recordedBy = try await identity(profileID: record.profileID, .id(identityID))
        return Resources.interaction(record, identity: recordedBy)
    }
}
