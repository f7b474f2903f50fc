import OmneoHTTP

/// A profile's points (`POST`/`PUT /profiles/{id}/points…`, `omneo-sdk` `src/types/points.ts`,
/// `RequestCreatePoint`): `point_definition_id` (a ``SandboxPointDefinitions`` id) and
/// `value_initial` required on create; `value_remaining` (default `value_initial`) between 0
/// and `value_initial`; times `YYYY-MM-DD HH:MM:SS` (`issued_at` defaults to now).
struct PointInput: Sendable {
    var pointDefinitionID: Field<Int> = .absent
    var valueInitial: Field<Double> = .absent
    var valueRemaining: Field<Double> = .absent
    var description: Field<String> = .absent
    var issuedAt: Field<String> = .absent
    var accruedAt: Field<String> = .absent
    var expiresAt: Field<String> = .absent
    var meta: Field<String> = .absent

    static let allowed: Set<String> = [
        "point_definition_id", "value_initial", "value_remaining", "description", "issued_at", "accrued_at",
        "expires_at", "meta", "profile_id",
    ]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> PointInput {
        var reader = InputReader(object, mode: mode, allowed: allowed)
        var input = PointInput()
        input.pointDefinitionID = reader.integer("point_definition_id", required: true, nullable: false)
        if let id = input.pointDefinitionID.value, SandboxPointDefinitions.definition(id: id) == nil {
            reader.add("point_definition_id", "The selected point definition id is invalid.")
        }
        input.valueInitial = reader.number("value_initial", required: true, nullable: false, range: 0...1e9)
        input.valueRemaining = reader.number("value_remaining", nullable: false, range: 0...1e9)
        input.description = reader.string("description", maxLength: 1000)
        let times: [(String, WritableKeyPath<PointInput, Field<String>>)] = [
            ("issued_at", \.issuedAt), ("accrued_at", \.accruedAt), ("expires_at", \.expiresAt),
        ]
        for (key, keyPath) in times {
            let field = reader.string(key, nullable: key != "issued_at", maxLength: 19)
            if let text = field.value, !TransactionInput.isDateTime(text) {
                reader.add(key, "\(InputReader.label(key)) must be a date and time YYYY-MM-DD HH:MM:SS.")
            }
            input[keyPath: keyPath] = field
        }
        input.meta = reader.jsonObject("meta")
        try reader.errors.check()
        return input
    }

    /// Applies the fields sent; 422 when `value_remaining` would exceed `value_initial`.
    func apply(to record: inout PointRecord) throws {
        pointDefinitionID.apply(to: &record.pointDefinitionID)
        valueInitial.apply(to: &record.valueInitial)
        valueRemaining.apply(to: &record.valueRemaining)
        description.apply(to: &record.description)
        issuedAt.apply(to: &record.issuedAt)
        accruedAt.apply(to: &record.accruedAt)
        expiresAt.apply(to: &record.expiresAt)
        meta.apply(to: &record.meta)
        if record.valueRemaining > record.valueInitial {
            throw OmneoHTTPError.invalid(["value_remaining": ["The value remaining may not be greater than the value initial."]])
        }
    }
}
