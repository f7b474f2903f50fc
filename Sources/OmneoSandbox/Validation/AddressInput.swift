import OmneoHTTP
import OmneoModels

/// A profile address's writable fields; on create `address_line_1`, `city` and `country` are required.
struct AddressInput: Sendable {
    var addressLine1: Field<String>
    var addressLine2: Field<String>
    var addressLine3: Field<String>
    var city: Field<String>
    var state: Field<String>
    var postcode: Field<String>
    var country: Field<String>
    var company: Field<String>
    var phone: Field<String>
    var isDefault: Field<Bool>
    var latitude: Field<Double>
    var longitude: Field<Double>
    var iso: Field<String> = .absent
    var isoState: Field<String> = .absent
    var notes: Field<String> = .absent
    var externalID: Field<String> = .absent
    var meta: Field<String> = .absent

    static let fields: Set<String> = [
        "address_line_1", "address_line_2", "address_line_3", "city", "state", "postcode", "country", "company",
        "phone", "latitude", "longitude",
    ]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> AddressInput {
        var reader = InputReader(
            object, mode: mode, allowed: fields.union(["is_default", "iso", "iso_state", "notes", "external_id", "meta"]))
        var input = read(&reader, required: true)
        input.iso = reader.string("iso", maxLength: 2)
        input.isoState = reader.string("iso_state", maxLength: 10)
        input.notes = reader.string("notes", maxLength: 1000)
        input.externalID = reader.identifier("external_id")
        input.meta = reader.jsonObject("meta")
        try reader.errors.check()
        return input
    }

    /// Reads the address fields with `reader` (also used for a location's nested `address`).
    static func read(_ reader: inout InputReader, required: Bool) -> AddressInput {
        AddressInput(
            addressLine1: reader.string("address_line_1", required: required),
            addressLine2: reader.string("address_line_2"),
            addressLine3: reader.string("address_line_3"),
            city: reader.string("city", required: required, maxLength: 100),
            state: reader.string("state", maxLength: 100),
            postcode: reader.string("postcode", maxLength: 20),
            country: reader.string("country", required: required, maxLength: 100),
            company: reader.string("company"),
            phone: reader.string("phone", maxLength: 32),
            isDefault: reader.boolean("is_default"),
            latitude: reader.number("latitude", range: -90...90),
            longitude: reader.number("longitude", range: -180...180)
        )
    }

    func apply(to record: inout AddressRecord) {
        addressLine1.apply(to: &record.addressLine1)
        addressLine2.apply(to: &record.addressLine2)
        addressLine3.apply(to: &record.addressLine3)
        city.apply(to: &record.city)
        state.apply(to: &record.state)
        postcode.apply(to: &record.postcode)
        country.apply(to: &record.country)
        company.apply(to: &record.company)
        phone.apply(to: &record.phone)
        isDefault.apply(to: &record.isDefault)
        latitude.apply(to: &record.latitude)
        longitude.apply(to: &record.longitude)
        iso.apply(to: &record.iso)
        isoState.apply(to: &record.isoState)
        notes.apply(to: &record.notes)
        externalID.apply(to: &record.externalID)
        meta.apply(to: &record.meta)
    }

    func apply(to record: inout LocationRecord) {
        addressLine1.apply(to: &record.addressLine1)
        addressLine2.apply(to: &record.addressLine2)
        addressLine3.apply(to: &record.addressLine3)
        city.apply(to: &record.city)
        state.apply(to: &record.state)
        postcode.apply(to: &record.postcode)
        country.apply(to: &record.country)
        latitude.apply(to: &record.latitude)
        longitude.apply(to: &record.longitude)
    }
}
