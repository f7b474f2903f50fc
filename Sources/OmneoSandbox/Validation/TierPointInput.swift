import OmneoHTTP

/// A tier point (`POST /tiers/points`, the fixture of `omneo-sdk`'s
/// `id-list-profile-tier-points.test.ts`): `profile_id`, `point_definition_id` (a
/// ``SandboxPointDefinitions`` id) and `value` required; `issued_at` and `accrued_at`
/// `YYYY-MM-DD HH:MM:SS` (default now, and `issued_at`); `status` `pending` or `active`
/// (default `active`).
struct TierPointInput: Sendable {
    var profileID = ""
    var pointDefinitionID = 0
    var value = 0.0
    var issuedAt: String?
    var accruedAt: String?
    var status = "active"
    var meta: String?

    static let allowed: Set<String> = [
        "profile_id", "point_definition_id", "value", "issued_at", "accrued_at", "status", "meta",
    ]

    static func read(_ object: [String: JSONValue]) throws -> TierPointInput {
        var reader = InputReader(object, mode: .create, allowed: allowed)
        var input = TierPointInput()
        input.profileID = reader.string("profile_id", required: true, nullable: false, maxLength: 64).value ?? ""
        let definitionID = reader.integer("point_definition_id", required: true, nullable: false).value
        if let definitionID, SandboxPointDefinitions.definition(id: definitionID) == nil {
            reader.add("point_definition_id", "The selected point definition id is invalid.")
        }
        input.pointDefinitionID = definitionID ?? 0
        input.value = reader.number("value", required: true, nullable: false, range: -1e9...1e9).value ?? 0
        for (key, keyPath) in [("issued_at", \TierPointInput.issuedAt), ("accrued_at", \.accruedAt)] {
            let text = reader.string(key, maxLength: 19).value
            if let text, !TransactionInput.isDateTime(text) {
                reader.add(key, "\(InputReader.label(key)) must be a date and time YYYY-MM-DD HH:MM:SS.")
            }
            input[keyPath: keyPath] = text
        }
        if let status = reader.string("status", nullable: false, maxLength: 16).value {
            if ["pending", "active"].contains(status) {
                input.status = status
            } else {
                reader.add("status", "The selected status is invalid.")
            }
        }
        input.meta = reader.jsonObject("meta").value
        try reader.errors.check()
        return input
    }

    /// The row to insert, issued now unless `issued_at` was sent.
    func record(now: String) -> TierPointRecord {
        let issued = issuedAt ?? now
        var record = TierPointRecord(
            profileID: profileID, pointDefinitionID: pointDefinitionID, value: value, issuedAt: issued,
            accruedAt: accruedAt ?? issued, status: status, createdAt: now, updatedAt: now)
        record.meta = meta
        return record
    }
}
