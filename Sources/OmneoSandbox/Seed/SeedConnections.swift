/// Connections between seeded profiles: the first two are family (accepted), the third asked
/// the fourth to be partners (pending), and the fifth is the first one's stylist (accepted).
func seedConnections() -> [ConnectionRecord] {
    let ids = seedProfiles.map(\.id)
    guard ids.count >= 5 else { return [] }
    let links: [(definition: Int, name: String, connector: Int, connected: Int, status: String, at: String?)] = [
        (1, "Family", 0, 1, "accepted", "2026-01-20 10:00:00"),
        (2, "Partner", 2, 3, "pending", nil),
        (3, "Personal stylist", 4, 0, "accepted", "2026-02-02 14:30:00"),
    ]
    return links.enumerated().map { number, link in
        let created = "2026-01-\(String(format2: 18 + number)) 09:00:00"
        var record = ConnectionRecord(
            id: number + 1, connectionDefinitionID: link.definition, name: link.name,
            connectorID: ids[link.connector], connectedID: ids[link.connected], status: link.status,
            createdAt: created, updatedAt: link.at ?? created)
        record.connectedAt = link.at
        return record
    }
}
