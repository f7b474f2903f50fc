import OmneoHTTP

/// A tier definition's writable fields (`POST`/`PUT /tiers/definitions…`, as the SDK's tier
/// scenarios create them): `name`, `handle`, `value_min` and `value_maintain` required on create.
struct TierDefinitionInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var description: Field<String> = .absent
    var valueMin: Field<Double> = .absent
    var valueMaintain: Field<Double> = .absent
    var isAssignable: Field<Bool> = .absent
    var isFloor: Field<Bool> = .absent

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> TierDefinitionInput {
        var reader = InputReader(
            object, mode: mode,
            allowed: ["name", "handle", "description", "value_min", "value_maintain", "is_assignable", "is_floor"])
        var input = TierDefinitionInput()
        input.name = reader.string("name", required: true, nullable: false)
        input.handle = reader.string("handle", required: true, nullable: false)
        input.description = reader.string("description", maxLength: 1000)
        input.valueMin = reader.number("value_min", required: true, nullable: false, range: 0...1e12)
        input.valueMaintain = reader.number("value_maintain", required: true, nullable: false, range: 0...1e12)
        input.isAssignable = reader.boolean("is_assignable")
        input.isFloor = reader.boolean("is_floor")
        try reader.errors.check()
        return input
    }

    func apply(to record: inout TierDefinitionRecord) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        description.apply(to: &record.description)
        valueMin.apply(to: &record.valueMin)
        valueMaintain.apply(to: &record.valueMaintain)
        isAssignable.apply(to: &record.isAssignable)
        isFloor.apply(to: &record.isFloor)
    }
}
