import OmneoHTTP
import OmneoModels

/// One profile date's writable fields (`omneo-sdk` `src/types/profile/dates-attribute.ts`):
/// the body of `PUT /profiles/{id}/attributes/dates` or one entry of `dates_attributes`.
///
/// `handle` names the date (an existing one is updated, else one is created) unless `id` is
/// given; `date` (`YYYY-MM-DD`) is required when a date is created (checked by ``ProfileDates``).
struct ProfileDateInput: Sendable {
    var id: Int?
    var handle: String?
    var name: Field<String> = .absent
    var date: Field<String> = .absent
    var type: Field<String> = .absent
    var isRecurring: Field<Bool> = .absent
    var recurringSchedule: Field<String> = .absent
    var relationship: Field<String> = .absent
    var description: Field<String> = .absent
    var note: Field<String> = .absent
    var meta: Field<String> = .absent

    static let fields: Set<String> = [
        "id", "handle", "name", "date", "type", "is_recurring", "recurring_schedule", "relationship", "description",
        "note", "meta",
    ]

    /// Reads `object`; problems are added to `errors` under `prefix` (`dates_attributes.0.`).
    /// `handleRequired` is false when the path names the date.
    static func read(
        _ object: [String: JSONValue], prefix: String, handleRequired: Bool = true, errors: inout FieldErrors
    ) -> ProfileDateInput {
        var reader = InputReader(object, mode: .update, allowed: fields, prefix: prefix, errors: errors)
        var input = ProfileDateInput()
        input.id = reader.integer("id", range: 1...Int(Int32.max)).value
        input.handle = reader.string("handle", nullable: false, maxLength: 255).value
        if input.handle?.isEmpty == true {
            reader.add("handle", "The \(prefix)handle field must not be empty.")
        } else if handleRequired, input.id == nil, object["handle"] == nil {
            reader.add("handle", "The \(prefix)handle field is required.")
        }
        input.name = reader.string("name")
        input.date = reader.string("date", nullable: false, maxLength: 10)
        if let date = input.date.value, !CalendarText.isDate(date) {
            reader.add("date", "The \(prefix)date field must be a date in the form YYYY-MM-DD.")
        }
        input.type = reader.string("type", maxLength: 100)
        input.isRecurring = reader.boolean("is_recurring")
        input.recurringSchedule = reader.string("recurring_schedule", maxLength: 50)
        input.relationship = reader.string("relationship")
        input.description = reader.string("description", maxLength: 2000)
        input.note = reader.string("note", maxLength: 2000)
        input.meta = reader.jsonObject("meta")
        errors = reader.errors
        return input
    }

    func apply(to record: inout ProfileDateRecord) {
        if let handle { record.handle = handle }
        name.apply(to: &record.name)
        date.apply(to: &record.date)
        type.apply(to: &record.type)
        isRecurring.apply(to: &record.isRecurring)
        recurringSchedule.apply(to: &record.recurringSchedule)
        relationship.apply(to: &record.relationship)
        description.apply(to: &record.description)
        note.apply(to: &record.note)
        meta.apply(to: &record.meta)
    }
}
