import OmneoHTTP

/// A region's writable fields (`POST`/`PUT /regions…`, `omneo-sdk` `src/types/region.ts`,
/// `RegionInput`): `name` and `handle` required on create; `countries` `[{"iso_2": "AU"}]`.
struct RegionInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var isDefault: Field<Bool> = .absent
    var countries: Field<[String]> = .absent

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> RegionInput {
        var reader = InputReader(object, mode: mode, allowed: ["name", "handle", "is_default", "countries"])
        var input = RegionInput()
        input.name = reader.string("name", required: true, nullable: false)
        input.handle = reader.string("handle", required: true, nullable: false, maxLength: 255)
        input.isDefault = reader.boolean("is_default")
        if case .value(let entries) = reader.array("countries") {
            var codes: [String] = []
            for (index, entry) in entries.enumerated() {
                guard case .object(let country) = entry, case .string(let code)? = country["iso_2"], code.count == 2,
                    code.allSatisfy({ $0.isASCII && $0.isLetter })
                else {
                    reader.add("countries.\(index)", "Each countries entry must be {\"iso_2\": a two-letter code}.")
                    continue
                }
                codes.append(code.uppercased())
            }
            input.countries = .value(codes)
        }
        try reader.errors.check()
        return input
    }

    func apply(to record: inout RegionRecord) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        isDefault.apply(to: &record.isDefault)
        countries.apply(to: &record.countries)
    }
}

/// A profile's region fields (`POST`/`PUT /profiles/{id}/regions…`, `ProfileRegionInput`):
/// `region_id`, `country` and `state` required on create.
struct ProfileRegionInput: Sendable {
    var regionID: Int?
    var country: Field<String> = .absent
    var state: Field<String> = .absent
    var isActive: Field<Bool> = .absent

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> ProfileRegionInput {
        var reader = InputReader(object, mode: mode, allowed: ["region_id", "country", "state", "is_active"])
        var input = ProfileRegionInput()
        input.regionID = reader.integer("region_id", required: true, nullable: false, range: 1...Int(Int32.max)).value
        input.country = reader.string("country", required: true, maxLength: 100)
        input.state = reader.string("state", required: true, maxLength: 100)
        input.isActive = reader.boolean("is_active")
        try reader.errors.check()
        return input
    }

    func apply(to record: inout ProfileRegionRecord) {
        country.apply(to: &record.country)
        state.apply(to: &record.state)
        isActive.apply(to: &record.isActive)
    }
}
