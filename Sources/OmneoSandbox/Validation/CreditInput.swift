import Foundation
import OmneoHTTP

/// A credit's writable fields (`POST /credits`, `omneo-sdk` `src/types/credit.ts`,
/// `CreditInput`; `PUT /credits/{id}`, `UpdateCreditInput`). On create `profile_id`, the
/// definition (`credit_definition_id` or `credit_definition_handle`) and `timezone` are
/// required; times are local to `timezone` (stored in UTC); `value_initial` defaults to the
/// definition's `value` (required when it has none), `value_remaining` to `value_initial` and
/// may not exceed it.
struct CreditInput: Sendable {
    var profileID: String?
    var definition: ResourceKey?
    var timezone: TimeZone?
    var text: [String: Field<String>] = [:]
    /// Local times as sent.
    var times: [String: Field<String>] = [:]
    var valueInitial: Field<Double> = .absent
    var valueRemaining: Field<Double> = .absent
    var meta: Field<String> = .absent

    /// Free-text fields and their record properties.
    static let textFields: [String] = [
        "creator_profile_id", "staff_id", "location_id", "name", "recipient_first_name", "recipient_email", "message",
        "external_id", "credit_number", "security_code",
    ]
    static let timeFields = ["issued_at", "expires_at", "released_at"]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> CreditInput {
        var allowed = Set(textFields + timeFields + ["value_initial", "value_remaining", "meta"])
        if mode == .create {
            allowed.formUnion(["profile_id", "credit_definition_id", "credit_definition_handle", "timezone"])
        }
        var reader = InputReader(object, mode: mode, allowed: allowed)
        var input = CreditInput()
        input.profileID = reader.identifier("profile_id", required: mode == .create).value?.lowercased()
        if mode == .create {
            if let id = reader.integer("credit_definition_id", nullable: false, range: 1...Int(Int32.max)).value {
                input.definition = .id(id)
            } else if let handle = reader.string("credit_definition_handle", nullable: false).value {
                input.definition = .handle(handle)
            } else if reader.errors.isEmpty {
                reader.add("credit_definition_id", "The credit definition id field is required.")
            }
            if let name = reader.string("timezone", required: true, nullable: false, maxLength: 64).value {
                input.timezone = TimeZone(identifier: name)
                if input.timezone == nil { reader.add("timezone", "The timezone must be a valid zone.") }
            }
        }
        for key in textFields { input.text[key] = reader.string(key, maxLength: key == "message" ? 1000 : 255) }
        for key in timeFields {
            let field = reader.string(key, maxLength: 19)
            if let text = field.value, !TransactionInput.isDateTime(text) {
                reader.add(key, "\(InputReader.label(key)) must be a date and time YYYY-MM-DD HH:MM:SS.")
            }
            input.times[key] = field
        }
        input.valueInitial = reader.number("value_initial", nullable: false, range: 0...1e9)
        input.valueRemaining = reader.number("value_remaining", nullable: false, range: 0...1e9)
        input.meta = reader.jsonObject("meta")
        try reader.errors.check()
        return input
    }

    /// Applies the fields sent (times converted to UTC in the record's time zone); 422 when
    /// `value_remaining` would exceed `value_initial`.
    func apply(to record: inout CreditRecord) throws {
        if let timezone { record.timezone = timezone.identifier }
        let zone = TimeZone(identifier: record.timezone) ?? LocalTime.utcZone
        text["creator_profile_id"]?.apply(to: &record.creatorProfileID)
        text["staff_id"]?.apply(to: &record.staffID)
        text["location_id"]?.apply(to: &record.locationID)
        text["name"]?.apply(to: &record.name)
        text["recipient_first_name"]?.apply(to: &record.recipientFirstName)
        text["recipient_email"]?.apply(to: &record.recipientEmail)
        text["message"]?.apply(to: &record.message)
        text["external_id"]?.apply(to: &record.externalID)
        text["credit_number"]?.apply(to: &record.creditNumber)
        text["security_code"]?.apply(to: &record.securityCode)
        if let issued = times["issued_at"]?.value, let utc = LocalTime.utc(issued, in: zone) { record.issuedAt = utc }
        times["expires_at"]?.map { LocalTime.utc($0, in: zone) }.apply(to: &record.expiresAt)
        times["released_at"]?.map { LocalTime.utc($0, in: zone) }.apply(to: &record.releasedAt)
        if let initial = valueInitial.value {
            record.valueInitial = initial
            if !valueRemaining.isPresent { record.valueRemaining = initial }
        }
        valueRemaining.apply(to: &record.valueRemaining)
        meta.apply(to: &record.meta)
        if record.valueRemaining > record.valueInitial {
            throw OmneoHTTPError.invalid([
                "value_remaining": ["The value remaining may not be greater than the value initial."]
            ])
        }
    }
}

extension Field {
    /// The value transformed; `absent`/`null` kept; a `nil` result is `null`.
    func map<U: Sendable>(_ transform: (Value) -> U?) -> Field<U> {
        switch self {
        case .absent: .absent
        case .null: .null
        case .value(let value): transform(value).map { .value($0) } ?? .null
        }
    }
}
