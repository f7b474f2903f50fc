import OmneoHTTP
import OmneoModels

/// An achievement definition (`POST`/`PUT /achievements/definitions…`, `omneo-sdk`
/// `src/types/achievements.ts`, `RequestCreateAchievementDefinition`): `name` and `handle`
/// required on create (the handle may not change); `levels` replaced as a whole, each with a
/// `name`, a whole `display_number` and a `trigger` of 0 or more; `display_option` one of
/// `visible`, `hidden`, `mystery`, `internal`.
struct AchievementDefinitionInput: Sendable {
    var name: Field<String> = .absent
    var handle: Field<String> = .absent
    var texts: [(String, Field<String>)] = []
    var displayOption: Field<String> = .absent
    var displayLevel: Field<Bool> = .absent
    var isPublished: Field<Bool> = .absent
    var levels: Field<[AchievementLevel]> = .absent
    var tags: Field<[String]> = .absent
    var meta: Field<String> = .absent

    typealias CodingKeyName = AchievementDefinition.CodingKeys

    /// The optional text fields, each at most 5000 characters.
    static let textFields: [CodingKeyName] = [
        .description, .shortDescription, .longDescription, .internalNotes, .termsConditions, .earnInstructions,
        .type, .icon, .imageURL, .startsAt, .endsAt, .timezone, .period, .currency,
    ]
    static let displayOptions = ["visible", "hidden", "mystery", "internal"]
    static let levelFields: Set<String> = [
        "name", "description", "display_number", "trigger", "repeats", "repeat_interval", "allow_multiple_earn", "meta",
    ]

    static func read(_ object: [String: JSONValue], mode: InputReader.Mode) throws -> AchievementDefinitionInput {
        let allowed = Set(textFields.map(\.rawValue)).union([
            "name", "handle", "display_option", "display_level", "is_published", "levels", "tags", "meta",
            "enable_annual_earn_cycle", "region_id",
        ])
        var reader = InputReader(object, mode: mode, allowed: mode == .create ? allowed : allowed.subtracting(["handle"]))
        var input = AchievementDefinitionInput()
        input.name = reader.string("name", required: true, nullable: false)
        if mode == .create { input.handle = reader.string("handle", required: true, nullable: false) }
        input.texts = textFields.map { ($0.rawValue, reader.string($0.rawValue, maxLength: 5000)) }
        input.displayOption = reader.string("display_option")
        if let option = input.displayOption.value, !displayOptions.contains(option) {
            reader.add("display_option", "The selected display option is invalid.")
        }
        input.displayLevel = reader.boolean("display_level")
        input.isPublished = reader.boolean("is_published")
        _ = reader.boolean("enable_annual_earn_cycle")
        _ = reader.integer("region_id")
        input.tags = reader.strings("tags")
        input.meta = reader.jsonObject("meta")
        switch reader.array("levels") {
        case .absent: break
        case .null: input.levels = .value([])
        case .value(let entries):
            var levels: [AchievementLevel] = []
            for (index, entry) in entries.enumerated() {
                guard case .object(let fields) = entry else {
                    reader.add("levels.\(index)", "Each levels entry must be an object.")
                    continue
                }
                var nested = InputReader(
                    fields, mode: .create, allowed: levelFields, prefix: "levels.\(index).", errors: reader.errors)
                var level = AchievementLevel(
                    name: nested.string("name", required: true, nullable: false).value,
                    displayNumber: nested.integer("display_number", required: true, nullable: false).value,
                    trigger: nested.number("trigger", required: true, nullable: false, range: 0...1e12).value)
                level.description = nested.string("description", maxLength: 5000).value
                level.repeats = nested.boolean("repeats").value
                level.repeatInterval = nested.integer("repeat_interval", range: 0...1_000_000).value
                level.allowMultipleEarn = nested.boolean("allow_multiple_earn").value
                level.meta = nested.object("meta", nullable: true).value.map(JSONValue.object)
                reader.errors = nested.errors
                levels.append(level)
            }
            input.levels = .value(levels)
        }
        try reader.errors.check()
        return input
    }

    /// Applies the fields sent.
    func apply(to record: inout AchievementDefinitionRecord, now: String) {
        name.apply(to: &record.name)
        handle.apply(to: &record.handle)
        for (name, field) in texts {
            switch CodingKeyName(rawValue: name) {
            case .description: field.apply(to: &record.description)
            case .shortDescription: field.apply(to: &record.shortDescription)
            case .longDescription: field.apply(to: &record.longDescription)
            case .internalNotes: field.apply(to: &record.internalNotes)
            case .termsConditions: field.apply(to: &record.termsConditions)
            case .earnInstructions: field.apply(to: &record.earnInstructions)
            case .type: field.apply(to: &record.type)
            case .icon: field.apply(to: &record.icon)
            case .imageURL: field.apply(to: &record.imageURL)
            case .startsAt: field.apply(to: &record.startsAt)
            case .endsAt: field.apply(to: &record.endsAt)
            case .timezone: field.apply(to: &record.timezone)
            case .period: field.apply(to: &record.period)
            case .currency: field.apply(to: &record.currency)
            default: break
            }
        }
        displayOption.apply(to: &record.displayOption)
        displayLevel.apply(to: &record.displayLevel)
        isPublished.apply(to: &record.isPublished)
        levels.apply(to: &record.levels)
        tags.apply(to: &record.tags)
        meta.apply(to: &record.meta)
        record.updatedAt = now
    }
}

/// Achievement points (`POST /profiles/{id}/achievements`, `omneo-sdk`
/// `RequestCreateProfileAchievement`): `definition_id` (checked by the route) and `count`
/// required; `meta` an object; `issued_at` (default now) and `expires_at` `YYYY-MM-DD HH:MM:SS`.
struct AchievementPointInput: Sendable {
    var definitionID: Int
    var count: Double
    var meta: String?
    var issuedAt: String?
    var expiresAt: String?

    static func read(_ object: [String: JSONValue]) throws -> AchievementPointInput {
        var reader = InputReader(
            object, mode: .create,
            allowed: ["definition_id", "count", "meta", "issued_at", "expires_at", "profile_id", "source_id", "source_type"])
        let definitionID = reader.integer("definition_id", required: true, nullable: false).value
        let count = reader.number("count", required: true, nullable: false, range: -1e12...1e12).value
        let meta = reader.jsonObject("meta").value
        var times: [String?] = []
        for key in ["issued_at", "expires_at"] {
            let text = reader.string(key, maxLength: 19).value
            if let text, !TransactionInput.isDateTime(text) {
                reader.add(key, "\(InputReader.label(key)) must be a date and time YYYY-MM-DD HH:MM:SS.")
            }
            times.append(text)
        }
        _ = reader.identifier("profile_id")
        _ = reader.identifier("source_id")
        _ = reader.string("source_type")
        try reader.errors.check()
        return AchievementPointInput(
            definitionID: definitionID ?? 0, count: count ?? 0, meta: meta, issuedAt: times[0], expiresAt: times[1])
    }

    func record(profileID: String, now: String) -> AchievementPointRecord {
        var record = AchievementPointRecord(
            profileID: profileID, definitionID: definitionID, count: count, issuedAt: issuedAt ?? now)
        record.meta = meta
        record.expiresAt = expiresAt
        record.createdAt = now
        record.updatedAt = now
        return record
    }
}
