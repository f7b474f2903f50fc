import Foundation
import OmneoHTTP
import OmneoModels

/// A location's writable fields (`POST`/`PUT /locations…`). Hours take Omneo's shape
/// (`omneo-sdk` `src/types/location.ts`): `normal_hours` `{day_of_week, open_at, close_at}`,
/// `special_hours` `{name, is_repeating, open_at, close_at, start_at, end_at}`; times are
/// `HH:MM` or `HH:MM:SS` and answered as `HH:MM:SS`.
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
    var normalHours: Field<[NormalHours]> = .absent
    var specialHours: Field<[SpecialHours]> = .absent
    var tags: Field<[String]> = .absent
    var description: Field<String> = .absent
    var externalID: Field<String> = .absent
    var externalCode: Field<String> = .absent

    /// The timezone of a location created without one.
    static let defaultTimezone = "Australia/Melbourne"

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> LocationInput {
        var reader = InputReader(
            object, mode: mode,
            allowed: [
                "name", "handle", "type", "is_published", "is_permanently_closed", "phone", "email", "timezone",
                "address", "normal_hours", "special_hours", "tags", "description", "external_id", "external_code",
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
        input.description = reader.string("description", maxLength: 2000)
        input.externalID = reader.identifier("external_id")
        input.externalCode = reader.identifier("external_code")
        try reader.errors.check()
        return input
    }

    private static func readDay(_ value: JSONValue, at index: Int, reader: inout InputReader) -> NormalHours? {
        let prefix = "normal_hours.\(index)."
        guard case .object(let object) = value else {
            reader.add("normal_hours.\(index)", "Each normal hours entry must be an object.")
            return nil
        }
        var nested = InputReader(
            object, mode: .create, allowed: ["day_of_week", "open_at", "close_at"], prefix: prefix,
            errors: reader.errors)
        let day = nested.string("day_of_week", required: true, maxLength: 3).value
        if let day, Weekday(known: day) == nil {
            nested.add("day_of_week", "The \(prefix)day of week field must be one of MON, TUE, WED, THU, FRI, SAT, SUN.")
        }
        let open = readTime("open_at", &nested, required: true)
        let close = readTime("close_at", &nested, required: true)
        reader.errors = nested.errors
        guard let day = day.flatMap(Weekday.init(known:)) else { return nil }
        return NormalHours(dayOfWeek: day, openAt: open, closeAt: close)
    }

    private static func readDate(_ value: JSONValue, at index: Int, reader: inout InputReader) -> SpecialHours? {
        let prefix = "special_hours.\(index)."
        guard case .object(let object) = value else {
            reader.add("special_hours.\(index)", "Each special hours entry must be an object.")
            return nil
        }
        var nested = InputReader(
            object, mode: .create, allowed: ["name", "is_repeating", "open_at", "close_at", "start_at", "end_at"],
            prefix: prefix, errors: reader.errors)
        let name = nested.string("name").value
        let isRepeating = nested.boolean("is_repeating").value ?? false
        let open = readTime("open_at", &nested, required: false)
        let close = readTime("close_at", &nested, required: false)
        let start = readDateTime("start_at", &nested, required: true, endOfDay: false)
        let end = readDateTime("end_at", &nested, required: false, endOfDay: true)
        reader.errors = nested.errors
        guard let start else { return nil }
        return SpecialHours(
            name: name, isRepeating: isRepeating, openAt: open, closeAt: close, startAt: start,
            endAt: end ?? String(start.prefix(10)) + " 23:59:59")
    }

    /// `HH:MM` or `HH:MM:SS`, answered as `HH:MM:SS`.
    private static func readTime(_ key: String, _ reader: inout InputReader, required: Bool) -> String? {
        guard let text = reader.string(key, required: required, maxLength: 8).value else { return nil }
        let time = text.count == 5 ? text + ":00" : text
        guard CalendarText.isTime(time) else {
            reader.add(key, "\(InputReader.label(reader.prefix + key)) must be a time HH:MM or HH:MM:SS.")
            return nil
        }
        return time
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`; a bare date is the start (or end) of that day.
    private static func readDateTime(_ key: String, _ reader: inout InputReader, required: Bool, endOfDay: Bool)
        -> String?
    {
        guard let text = reader.string(key, required: required, maxLength: 19).value else { return nil }
        let date = String(text.prefix(10))
        let time = text.count == 10 ? (endOfDay ? "23:59:59" : "00:00:00") : String(text.dropFirst(11))
        guard CalendarText.isDate(date), text.count == 10 || (text.count == 19 && text.dropFirst(10).first == " "), CalendarText.isTime(time)
        else {
            reader.add(key, "\(InputReader.label(reader.prefix + key)) must be a date YYYY-MM-DD or YYYY-MM-DD HH:MM:SS.")
            return nil
        }
        return "\(date) \(time)"
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
        description.apply(to: &record.description)
        externalID.apply(to: &record.externalID)
        externalCode.apply(to: &record.externalCode)
    }
}
