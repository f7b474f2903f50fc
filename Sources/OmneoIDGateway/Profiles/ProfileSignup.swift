import Foundation
import OmneoHTTP
import OmneoModels

/// A checked `POST /id/api/v1/profiles` body: who the shopper is (e-mail and/or mobile),
/// the comms flags they chose, and the details used only when a new profile is created.
///
/// Only ``init(validating:now:)`` makes one, so holding a `ProfileSignup` means every field
/// passed the rules of DESIGN §2.3. Every problem is reported at once, as a 422 naming
/// each field. A `null` top-level field counts as not sent.
struct ProfileSignup: Sendable {
    /// The e-mail as sent (upstream keeps the shopper's spelling).
    let email: String?
    /// The e-mail lower-cased, for matching and locking.
    let canonicalEmail: String?
    /// The mobile in E.164.
    let mobilePhone: String?
    /// Only the flags the caller sent (shopper-settable ones).
    let comms: Comms
    /// Every other allowed field, checked, as it goes into a new profile.
    let details: [String: JSONValue]

    /// The fields a caller may send.
    static let allowedFields: Set<String> = [
        "email", "mobile_phone", "first_name", "last_name", "title", "gender", "birth_day", "birth_month",
        "birth_year", "region_id", "tags", "company", "occupation", "joined_location_id", "preferred_location_id",
        "attributes",
    ]

    /// Text fields other than e-mail and mobile, with their longest accepted length. Lengths
    /// count Unicode scalars, as the upstream (PHP `mb_strlen`) does, never grapheme clusters:
    /// a check looser than the upstream's would turn its 422 into an existence oracle.
    static let textFields: [String: Int] = [
        "first_name": 255, "last_name": 255, "title": 50, "company": 255, "occupation": 255,
    ]

    /// Whole-number fields with their accepted range (`birth_year`'s depends on today).
    static func integerFields(now: Date) -> [String: ClosedRange<Int>] {
        let year = Calendar(identifier: .gregorian).component(.year, from: now)
        return [
            "birth_day": 1...31, "birth_month": 1...12, "birth_year": 1900...year,
            "region_id": 1...Int(Int32.max), "joined_location_id": 1...Int(Int32.max),
            "preferred_location_id": 1...Int(Int32.max),
        ]
    }

    static let maxMobileLength = 32
    static let maxTagLength = 255
    static let maxTags = 100
    static let daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// Checks `object`; throws 422 listing every problem.
    init(validating object: [String: JSONValue], now: Date = Date()) throws(OmneoHTTPError) {
        var errors = Problems()
        let sent = object.filter { $0.value != .null }
        for key in sent.keys where !Self.allowedFields.contains(key) {
            errors.add(key, "The \(key) field is not allowed.")
        }

        var email: String?
        switch sent["email"] {
        case nil: break
        case .string(let text) where text.utf8.count > ContactRules.maxEmailLength:
            errors.add("email", "The email field must not be greater than \(ContactRules.maxEmailLength) characters.")
        case .string(let text) where !ContactRules.isValidEmail(text):
            errors.add("email", "The email field must be a valid email address.")
        case .string(let text): email = text
        case .some: errors.add("email", "The email field must be a string.")
        }

        var mobile: String?
        switch sent["mobile_phone"] {
        case nil: break
        case .string(let text):
            if text.unicodeScalars.count <= Self.maxMobileLength, let normalised = ContactRules.e164(text) {
                mobile = normalised
            } else {
                errors.add(
                    "mobile_phone", "The mobile phone field must be a valid mobile number in international format.")
            }
        case .some: errors.add("mobile_phone", "The mobile phone field must be a string.")
        }
        if sent["email"] == nil && sent["mobile_phone"] == nil {
            errors.add("email", "The email field is required when mobile phone is not present.")
            errors.add("mobile_phone", "The mobile phone field is required when email is not present.")
        }

        var details: [String: JSONValue] = [:]
        for (field, maxLength) in Self.textFields {
            guard let value = sent[field] else { continue }
            guard case .string(let text) = value else {
                errors.add(field, "\(Self.label(field)) must be a string.")
                continue
            }
            if text.unicodeScalars.count > maxLength {
                errors.add(field, "\(Self.label(field)) must not be greater than \(maxLength) characters.")
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                // A blank name counts as not given (the default "unknown" applies).
                details[field] = value
            }
        }
        for (field, range) in Self.integerFields(now: now) {
            guard let value = sent[field] else { continue }
            guard let number = value.integer else {
                errors.add(field, "\(Self.label(field)) must be an integer.")
                continue
            }
            if range.contains(number) {
                details[field] = .number(Double(number))
            } else {
                errors.add(field, "\(Self.label(field)) must be between \(range.lowerBound) and \(range.upperBound).")
            }
        }
        if let day = details["birth_day"]?.integer, let month = details["birth_month"]?.integer,
            day > Self.daysInMonth[month - 1]
        {
            errors.add("birth_day", "The birth day field is not a day of the birth month.")
        }
        switch sent["gender"] {
        case nil: break
        case .string(let text) where Gender(known: text) != nil: details["gender"] = .string(text)
        case .string: errors.add("gender", "The selected gender is invalid. Allowed: male, female, withheld, other.")
        case .some: errors.add("gender", "The gender field must be a string.")
        }
        switch sent["tags"] {
        case nil: break
        case .array(let values):
            if values.count > Self.maxTags {
                errors.add("tags", "The tags field must not have more than \(Self.maxTags) items.")
            }
            for (index, value) in values.enumerated() {
                guard case .string(let text) = value, !text.isEmpty, text.unicodeScalars.count <= Self.maxTagLength else {
                    errors.add(
                        "tags.\(index)",
                        "The tags.\(index) field must be a non-empty string of at most \(Self.maxTagLength) characters.")
                    continue
                }
            }
            details["tags"] = .array(values)
        case .some: errors.add("tags", "The tags field must be an array.")
        }

        var comms = Comms()
        switch sent["attributes"] {
        case nil: break
        case .object(let attributes):
            for key in attributes.keys where key != "comms" {
                errors.add("attributes.\(key)", "The attributes.\(key) field is not allowed.")
            }
            switch attributes["comms"] {
            case nil, .null?: break
            case .object(let flags)?: comms = Self.comms(flags, errors: &errors)
            case .some: errors.add("attributes.comms", "The attributes.comms field must be an object.")
            }
        case .some: errors.add("attributes", "The attributes field must be an object.")
        }

        if !errors.isEmpty { throw .invalid(errors.messages) }
        self.email = email
        self.canonicalEmail = email.map(ContactRules.canonicalEmail)
        self.mobilePhone = mobile
        self.comms = comms
        self.details = details
    }

    /// The shopper-settable flags of `attributes.comms`; anything else is a problem.
    private static func comms(_ flags: [String: JSONValue], errors: inout Problems) -> Comms {
        var comms = Comms()
        for (name, value) in flags {
            let field = "attributes.comms.\(name)"
            guard let key = CommsKey(name) else {
                errors.add(field, "The \(field) field is not allowed.")
                continue
            }
            guard key.isShopperSettable else {
                errors.add(field, "The \(field) field is maintained by Omneo and cannot be set.")
                continue
            }
            guard case .bool(let flag) = value else {
                errors.add(field, "\(label(field)) must be true or false.")
                continue
            }
            comms[key] = flag
        }
        return comms
    }

    /// "The first name field", as Laravel words it.
    static func label(_ field: String) -> String {
        "The " + field.replacingOccurrences(of: "_", with: " ") + " field"
    }

    /// Keys for ``ProfileLock``: one per way this shopper can be matched.
    var lockKeys: [String] {
        [canonicalEmail.map { "email:" + $0 }, mobilePhone.map { "mobile:" + $0 }].compactMap { $0 }
    }

    /// The body of `POST /profiles` for a new profile: the details, the contact fields, and
    /// the defaults (`first_name`/`last_name` "unknown", `email_promo` true, `email_optout` false).
    var newProfile: [String: JSONValue] {
        var profile = details
        if let email { profile["email"] = .string(email) }
        if let mobilePhone { profile["mobile_phone"] = .string(mobilePhone) }
        profile["first_name"] = profile["first_name"] ?? .string("unknown")
        profile["last_name"] = profile["last_name"] ?? .string("unknown")
        let defaults = Comms([.emailPromo: true, .emailOptout: false])
        var flags: [String: JSONValue] = [:]
        for (key, flag) in defaults.merging(comms).flags { flags[key.name] = .bool(flag) }
        profile["attributes"] = .object(["comms": .object(flags)])
        return profile
    }
}

/// Validation messages per field, collected so every problem is reported at once.
private struct Problems {
    private(set) var messages: [String: [String]] = [:]
    var isEmpty: Bool { messages.isEmpty }

    mutating func add(_ field: String, _ message: String) {
        messages[field, default: []].append(message)
    }
}
