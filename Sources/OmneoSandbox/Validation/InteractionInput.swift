import OmneoHTTP
import OmneoModels

/// An interaction (`POST`/`PUT /interactions…`; `omneo-sdk` `src/types/interactions.ts`,
/// `RequestCreateInteraction` / `RequestUpdateInteraction`). On create `action`, `channel`,
/// `signal` (`-1`, `0`, `1`, as a number or text), `name`, `namespace` and the profile (by
/// `profile_id`, or by `identifier` `{"id", "handle"}`, resolved by the route) are required.
/// Coordinates are numbers or numeric text and kept as text; `interacted_at` defaults to now.
/// An update may not move the interaction to another profile.
struct InteractionInput: Sendable {
    var profileID: String?
    var identifier: (handle: String, id: String)?
    var action: Field<String> = .absent
    var channel: Field<String> = .absent
    var signal: Field<Int> = .absent
    var name: Field<String> = .absent
    var namespace: Field<String> = .absent
    var description: Field<String> = .absent
    var url: Field<String> = .absent
    var duration: Field<Int> = .absent
    var latitude: Field<String> = .absent
    var longitude: Field<String> = .absent
    var locationID: Field<Int> = .absent
    var productID: Field<Int> = .absent
    var productVariantID: Field<Int> = .absent
    var productCategoryID: Field<Int> = .absent
    var staffID: Field<String> = .absent
    var interactedID: Field<Int> = .absent
    var interactedType: Field<String> = .absent
    var tags: Field<[String]> = .absent
    var meta: Field<String> = .absent
    var interactedAt: Field<String> = .absent

    static let updatable: Set<String> = [
        "action", "channel", "signal", "name", "namespace", "description", "url", "duration", "latitude",
        "longitude", "location_id", "product_id", "product_variant_id", "product_category_id", "staff_id",
        "interacted_id", "interacted_type", "tags", "meta", "interacted_at", "organisation_id",
    ]
    static let creatable = updatable.union(["profile_id", "identifier"])

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> InteractionInput {
        var reader = InputReader(object, mode: mode, allowed: mode == .create ? creatable : updatable)
        var input = InteractionInput()
        if mode == .create {
            input.profileID = reader.string("profile_id", maxLength: 64).value?.lowercased()
            if case .value(let identifier) = reader.object("identifier") {
                var nested = InputReader(
                    identifier, mode: .create, allowed: ["id", "handle"], prefix: "identifier.", errors: reader.errors)
                let id = nested.identifier("id", required: true).value
                let handle = nested.string("handle", required: true).value
                reader.errors = nested.errors
                if let id, let handle { input.identifier = (handle, id) }
            }
            if input.profileID == nil && object["identifier"] == nil {
                reader.add("profile_id", "The profile id field is required when identifier is not present.")
            }
        }
        input.action = reader.string("action", required: true, nullable: false)
        if let action = input.action.value, InteractionAction(known: action) == nil {
            reader.add("action", "The selected action is invalid.")
        }
        input.channel = reader.string("channel", required: true, nullable: false)
        if let channel = input.channel.value, InteractionChannel(known: channel) == nil {
            reader.add("channel", "The selected channel is invalid.")
        }
        input.signal = Self.signal(&reader)
        input.name = reader.string("name", required: true, nullable: false)
        input.namespace = reader.string("namespace", required: true, nullable: false)
        input.description = reader.string("description", maxLength: 5000)
        input.url = reader.string("url", maxLength: 2000)
        input.duration = reader.integer("duration", range: 0...1_000_000_000)
        input.latitude = Self.coordinate(&reader, "latitude", limit: 90)
        input.longitude = Self.coordinate(&reader, "longitude", limit: 180)
        input.locationID = reader.integer("location_id")
        input.productID = reader.integer("product_id")
        input.productVariantID = reader.integer("product_variant_id")
        input.productCategoryID = reader.integer("product_category_id")
        input.staffID = reader.identifier("staff_id")
        input.interactedID = reader.integer("interacted_id")
        input.interactedType = reader.string("interacted_type")
        input.tags = reader.strings("tags")
        input.meta = reader.jsonObject("meta")
        input.interactedAt = reader.string("interacted_at", maxLength: 19)
        if let text = input.interactedAt.value, !TransactionInput.isDateTime(text) {
            reader.add("interacted_at", "The interacted at field must be a date and time YYYY-MM-DD HH:MM:SS.")
        }
        _ = reader.integer("organisation_id")
        try reader.errors.check()
        return input
    }

    /// `-1`, `0` or `1`, as a number or its text (the SDK's two type files differ).
    private static func signal(_ reader: inout InputReader) -> Field<Int> {
        let field: Field<Int>
        if case .string(let text)? = reader.object["signal"] {
            field = Int(text).map { .value($0) } ?? .value(Int.min)
        } else {
            field = reader.integer("signal", required: true, nullable: false)
        }
        if let value = field.value, !(-1...1).contains(value) {
            reader.add("signal", "The selected signal is invalid.")
        }
        return field
    }

    /// A coordinate within ±`limit` degrees, as its decimal text.
    private static func coordinate(_ reader: inout InputReader, _ key: String, limit: Double) -> Field<String> {
        switch reader.number(key, range: -limit...limit) {
        case .absent: return .absent
        case .null: return .null
        case .value(let degrees):
            if case .string(let text)? = reader.object[key], let sent = Coordinate(text: text) {
                return .value(sent.text)
            }
            return Coordinate(degrees: degrees).map { .value($0.text) } ?? .absent
        }
    }

    /// A new interaction of `profileID`.
    func record(profileID: String, identityID: Int?, now: String) -> InteractionRecord {
        var record = InteractionRecord(
            profileID: profileID, action: "", channel: "", signal: 0, name: "", namespace: "", createdAt: now,
            updatedAt: now)
        record.identityID = identityID
        record.interactedAt = now
        apply(to: &record, now: now)
        return record
    }

    /// Applies the fields sent.
    func apply(to record: inout InteractionRecord, now: String) {
        action.apply(to: &record.action)
        channel.apply(to: &record.channel)
        signal.apply(to: &record.signal)
        name.apply(to: &record.name)
        namespace.apply(to: &record.namespace)
        description.apply(to: &record.description)
        url.apply(to: &record.url)
        duration.apply(to: &record.duration)
        latitude.apply(to: &record.latitude)
        longitude.apply(to: &record.longitude)
        locationID.apply(to: &record.locationID)
        productID.apply(to: &record.productID)
        productVariantID.apply(to: &record.productVariantID)
        productCategoryID.apply(to: &record.productCategoryID)
        staffID.apply(to: &record.staffID)
        interactedID.apply(to: &record.interactedID)
        interactedType.apply(to: &record.interactedType)
        tags.apply(to: &record.tags)
        meta.apply(to: &record.meta)
        interactedAt.apply(to: &record.interactedAt)
        record.updatedAt = now
    }
}
