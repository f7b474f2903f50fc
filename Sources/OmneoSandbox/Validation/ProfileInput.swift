import Foundation
import OmneoHTTP
import OmneoModels

/// The writable fields of a profile, checked (`POST /profiles`, `PUT /profiles/{id}`).
struct ProfileInput: Sendable {
    var firstName: Field<String> = .absent
    var lastName: Field<String> = .absent
    var email: Field<String> = .absent
    /// Normalised to E.164.
    var mobilePhone: Field<String> = .absent
    var secondaryPhone: Field<String> = .absent
    var gender: Field<String> = .absent
    var title: Field<String> = .absent
    var birthDay: Field<Int> = .absent
    var birthMonth: Field<Int> = .absent
    var birthYear: Field<Int> = .absent
    var company: Field<String> = .absent
    var occupation: Field<String> = .absent
    var regionID: Field<Int> = .absent
    var joinedLocationID: Field<Int> = .absent
    var preferredLocationID: Field<Int> = .absent
    var tags: Field<[String]> = .absent
    var comms: [String: Bool] = [:]
    /// `dates_attributes`: dates to create or update, with their field-name prefixes.
    var dates: [(input: ProfileDateInput, prefix: String)] = []

    static let allowed: Set<String> = [
        "first_name", "last_name", "email", "mobile_phone", "secondary_phone", "gender", "title", "birth_day", "birth_month",
        "birth_year", "company", "occupation", "region_id", "joined_location_id", "preferred_location_id", "tags",
        "attributes", "dates_attributes",
    ]

    /// The checked input and the problems found (the caller adds uniqueness problems, then throws).
    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) -> (ProfileInput, FieldErrors) {
        var reader = InputReader(object, mode: mode, allowed: allowed)
        var input = ProfileInput()
        input.firstName = reader.string("first_name", required: true)
        input.lastName = reader.string("last_name", required: true)
        input.email = reader.string("email", maxLength: ContactRules.maxEmailLength)
        if let email = input.email.value, !reader.errors.has("email"), !ContactRules.isValidEmail(email) {
            reader.add("email", "The email field must be a valid email address.")
        }
        switch reader.string("mobile_phone", maxLength: 32) {
        case .value(let mobile):
            if let normalised = ContactRules.e164(mobile) {
                input.mobilePhone = .value(normalised)
            } else if !reader.errors.has("mobile_phone") {
                reader.add(
                    "mobile_phone", "The mobile phone field must be a valid mobile number in international format.")
            }
        case let other: input.mobilePhone = other
        }
        input.secondaryPhone = reader.string("secondary_phone", maxLength: 32)
        input.gender = reader.string("gender")
        if let gender = input.gender.value, Gender(known: gender) == nil {
            reader.add("gender", "The selected gender is invalid. Allowed: male, female, withheld, other.")
        }
        input.title = reader.string("title", maxLength: 50)
        input.birthDay = reader.integer("birth_day", range: 1...31)
        input.birthMonth = reader.integer("birth_month", range: 1...12)
        let year = Calendar(identifier: .gregorian).component(.year, from: Date())
        input.birthYear = reader.integer("birth_year", range: 1900...year)
        if let day = input.birthDay.value, let month = input.birthMonth.value, (1...12).contains(month),
            day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        {
            reader.add("birth_day", "The birth day field is not a day of the birth month.")
        }
        input.company = reader.string("company")
        input.occupation = reader.string("occupation")
        input.regionID = reader.integer("region_id", range: 1...Int(Int32.max))
        input.joinedLocationID = reader.integer("joined_location_id", range: 1...Int(Int32.max))
        input.preferredLocationID = reader.integer("preferred_location_id", range: 1...Int(Int32.max))
        input.tags = reader.strings("tags")
        if case .value(let attributes) = reader.object("attributes") {
            var nested = InputReader(
                attributes, mode: mode, allowed: ["comms"], prefix: "attributes.", errors: reader.errors)
            if case .value(let comms) = nested.object("comms") {
                input.comms = CommsInput.read(comms, prefix: "attributes.comms.", errors: &nested.errors)
            }
            reader.errors = nested.errors
        }
        if case .value(let entries) = reader.array("dates_attributes") {
            for (index, entry) in entries.enumerated() {
                let prefix = "dates_attributes.\(index)."
                guard case .object(let object) = entry else {
                    reader.add("dates_attributes.\(index)", "Each dates attributes entry must be an object.")
                    continue
                }
                input.dates.append((ProfileDateInput.read(object, prefix: prefix, errors: &reader.errors), prefix))
            }
        }
        return (input, reader.errors)
    }

    func apply(to record: inout ProfileRecord) {
        firstName.apply(to: &record.firstName)
        lastName.apply(to: &record.lastName)
        email.apply(to: &record.email)
        mobilePhone.apply(to: &record.mobilePhone)
        secondaryPhone.apply(to: &record.secondaryPhone)
        gender.apply(to: &record.gender)
        title.apply(to: &record.title)
        birthDay.apply(to: &record.birthDay)
        birthMonth.apply(to: &record.birthMonth)
        birthYear.apply(to: &record.birthYear)
        company.apply(to: &record.company)
        occupation.apply(to: &record.occupation)
        regionID.apply(to: &record.regionID)
        joinedLocationID.apply(to: &record.joinedLocationID)
        preferredLocationID.apply(to: &record.preferredLocationID)
        if case .value(let tags) = tags { record.tags = tags }
        record.comms.merge(comms) { _, new in new }
    }
}
