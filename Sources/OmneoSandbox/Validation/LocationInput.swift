import Foundation
import OmneoHTTP
import OmneoModels

/// A location's writable fields (`POST`/`PUT /locations…`).
struct LocationInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var type: Field<String> = .absent
    var isPublished: Field<Bool> = .absent
    var isPermanentlyClosed: Field<Bool> = .absent
    var phone: Field<String> = .absent
    var email: Field<String> = .absent
    var timezone: Field<String> = .absent
    var address: AddressInput?
    var normalHours: Field<[OpeningHours]> = .absent
    var specialHours: Field<[SpecialHours]> = .absent
    var tags: Field<[String]> = .absent

    /// The timezone of a location created without one.
    static let defaultTimezone = "Australia/Melbourne"

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> LocationInput {
        var reader = InputReader(
            object, mode: mode,
            allowed: [
                "name", "handle", "type", "is_published", "is_permanently_closed", "phone", "email", "timezone",
                "address", "normal_hours", "special_hours", "tags",
            ])
        var input = LocationInput()
        input.name = reader.string("name", required: true)
        input.handle = reader.string("handle", required: true, maxLength: 100)
        if let handle = input.handle.value, !reader.errors.has("handle"),
            !handle.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            })
        {
            reader.add("handle", "The handle field must contain only lower-case letters, digits, - and _.")
        }
        input.type = reader.string("type", required: true, maxLength: 50)
        input.isPublished = reader.boolean("is_published")
        input.isPermanentlyClosed = reader.boolean("is_permanently_closed")
        input.phone = reader.string("phone", maxLength: 32)
        input.email = reader.string("email", maxLength: ContactRules.maxEmailLength)
        if let email = input.email.value, !reader.errors.has("email"), !ContactRules.isValidEmail(email) {
            reader.add("email", "The email field must be a valid email address.")
        }
        input.timezone = reader.string("timezone", nullable: false, maxLength: 64)
        if let timezone = input.timezone.value, TimeZone(identifier: timezone) == nil {
            reader.add("timezone", "The timezone field must be a valid time zone identifier.")
        }
        if case .value(let address) = reader.object("address") {
            var nested = InputReader(
                address, mode: .update, allowed: AddressInput.fields.subtracting(["company", "phone"]),
                prefix: "address.", errors: reader.errors)
            input.address = AddressInput.read(&nested, required: false)
            reader.errors = nested.errors
        }
        if case .value(let days) = reader.array("normal_hours") {
            input.normalHours = .value(days.enumerated().compactMap { readDay($1, at: $0, reader: &reader) })
        }
        if case .value(let dates) = reader.array("special_hours") {
            input.specialHours = .value(dates.enumerated().compactMap { readDate($1, at: $0, reader: &reader) })
        }
        input.tags = reader.strings("tags")
        try reader.errors.check()
        return input
    }

    private static func readDay(_ value: JSONValue, at index: Int, reader: inout InputReader) -> OpeningHours? {
        let prefix = "normal_hours.\(index)."
        guard case .object(let object) = value else {
            reader.add("normal_hours.\(index)", "Each normal hours entry must be an object.")
            return nil
        }
        var nested = InputReader(
            object, mode: .create, allowed: ["day", "open", "close", "is_closed"], prefix: prefix, errors: reader.errors
        )
        let day = nested.integer("day", required: true, range: 0...6).value
        let (open, close) = readTimes(&nested)
        let isClosed = nested.boolean("is_closed").value ?? (open == nil)
        reader.errors = nested.errors
        guard let day else { return nil }
        return OpeningHours(day: day, open: open, close: close, isClosed: isClosed)
    }

    private static func readDate(_ value: JSONValue, at index: Int, reader: inout InputReader) -> SpecialHours? {
        let prefix = "special_hours.\(index)."
        guard case .object(let object) = value else {
            reader.add("special_hours.\(index)", "Each special hours entry must be an object.")
            return nil
        }
        var nested = InputReader(
            object, mode: .create, allowed: ["date", "open", "close", "is_closed", "reason"], prefix: prefix,
            errors: reader.errors)
        let date = nested.string("date", required: true, maxLength: 10).value
        if let date, !isDate(date) {
            nested.add("date", "The \(prefix)date field must be a date in the form YYYY-MM-DD.")
        }
        let (open, close) = readTimes(&nested)
        let isClosed = nested.boolean("is_closed").value ?? (open == nil)
        let reason = nested.string("reason").value
        reader.errors = nested.errors
        guard let date else { return nil }
        return SpecialHours(date: date, open: open, close: close, isClosed: isClosed, reason: reason)
    }

    private static func readTimes(_ reader: inout InputReader) -> (String?, String?) {
        let open = reader.string("open", maxLength: 5).value
        let close = reader.string("close", maxLength: 5).value
        for (key, value) in [("open", open), ("close", close)] {
            if let value, !isTime(value) {
                reader.add(key, "\(InputReader.label(reader.prefix + key)) must be a time HH:MM.")
            }
        }
        return (open, close)
    }

    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard text.count == 5, parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else {
            return false
        }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard text.count == 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2])
        else { return false }
        let components = DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month, day: day)
        return components.isValidDate
    }

    func apply(to record: inout LocationRecord) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        type.apply(to: &record.type)
        isPublished.apply(to: &record.isPublished)
        isPermanentlyClosed.apply(to: &record.isPermanentlyClosed)
        phone.apply(to: &record.phone)
        email.apply(to: &record.email)
        timezone.apply(to: &record.timezone)
        address?.apply(to: &record)
        normalHours.apply(to: &record.normalHours)
        specialHours.apply(to: &record.specialHours)
        tags.apply(to: &record.tags)
    }
}
