import OmneoModels

/// The sandbox's connection definitions: fixed, as a tenant configures them once (the sandbox
/// serves `/connection/definitions` read-only). Connections are made under one of them;
/// `shareable_attributes` is what `…/connections/{id}/profileInfo` shows of the other profile.
enum SandboxConnectionDefinitions {
    static let all: [ConnectionDefinition] = [
        ConnectionDefinition(
            id: 1, name: "Family", handle: "family", shortDescription: "Family members who shop together.",
            type: "family",
            shareableAttributes: ["first_name", "last_name", "email", "birth_day", "birth_month", "birth_year"],
            connectorCanBreak: true, connectedCanBreak: true, createdAt: "2025-10-01 08:00:00",
            updatedAt: "2025-10-01 08:00:00"),
        ConnectionDefinition(
            id: 2, name: "Partner", handle: "partner", shortDescription: "A partner sharing rewards.", type: "partner",
            shareableAttributes: ["first_name", "last_name", "birth_day", "birth_month"], connectorCanBreak: true,
            connectedCanBreak: true, createdAt: "2025-10-01 08:00:00", updatedAt: "2025-10-01 08:00:00"),
        ConnectionDefinition(
            id: 3, name: "Personal stylist", handle: "stylist",
            shortDescription: "A shopper and the stylist who looks after them.", type: "stylist",
            shareableAttributes: ["first_name", "last_name"], connectorCanBreak: false, connectedCanBreak: true,
            createdAt: "2025-10-01 08:00:00", updatedAt: "2025-10-01 08:00:00"),
    ]

    static func definition(id: Int) -> ConnectionDefinition? {
        all.first { $0.id == id }
    }

    static func definition(handle: String) -> ConnectionDefinition? {
        all.first { $0.handle == handle }
    }
}
