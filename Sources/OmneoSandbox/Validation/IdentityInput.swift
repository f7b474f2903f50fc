import OmneoHTTP

/// An identity's writable fields (`POST`/`PUT /profiles/{id}/identities…`).
struct IdentityInput: Sendable {
    var handle: Field<String>
    var identifier: Field<String>
    var isPrimary: Field<Bool>
    var isActive: Field<Bool>

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> IdentityInput {
        var reader = InputReader(object, mode: mode, allowed: ["handle", "identifier", "is_primary", "is_active"])
        let input = IdentityInput(
            handle: reader.string("handle", required: true, nullable: false, maxLength: 100),
            identifier: reader.identifier("identifier", required: true),
            isPrimary: reader.boolean("is_primary"),
            isActive: reader.boolean("is_active")
        )
        try reader.errors.check()
        return input
    }

    func apply(to record: inout IdentityRecord) {
        handle.apply(to: &record.handle)
        identifier.apply(to: &record.identifier)
        isPrimary.apply(to: &record.isPrimary)
        isActive.apply(to: &record.isActive)
    }
}
