import OmneoModels

/// The sandbox's point definitions: fixed, as a tenant configures them once (the sandbox has
/// no `/points/definitions` admin API yet). Points are issued under one of them.
enum SandboxPointDefinitions {
    static let all: [PointDefinition] = [
        PointDefinition(
            id: 1, name: "Loyalty points", handle: "loyalty-points",
            description: "Points earned on purchases, 1 point per dollar.", currency: "AUD", tags: ["earn"],
            createdAt: "2025-10-01 08:00:00", updatedAt: "2025-10-01 08:00:00"),
        PointDefinition(
            id: 2, name: "Bonus points", handle: "bonus-points", description: "Points given in campaigns.",
            isReassignable: true, currency: "AUD", tags: ["bonus"], createdAt: "2025-10-01 08:00:00",
            updatedAt: "2025-10-01 08:00:00"),
    ]

    static func definition(id: Int) -> PointDefinition? {
        all.first { $0.id == id }
    }
}
