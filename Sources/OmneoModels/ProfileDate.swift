/// A date that matters to a shopper (a birthday, an anniversary), from
/// `GET /profiles/{id}/attributes/dates` and embedded in `attributes.dates` of a profile.
///
/// Shape from `omneo-sdk` `src/types/profile/dates-attribute.ts`; decoding is lenient.
public struct ProfileDate: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: ProfileID?
    public var handle: String?
    public var name: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    public var type: String?
    public var isRecurring: Bool
    /// e.g. `Yearly`.
    public var recurringSchedule: String?
    public var relationship: String?
    public var description: String?
    public var note: String?
    public var meta: JSONValue?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, profileID: ProfileID?, handle: String?, name: String?, date: String?, type: String? = nil,
        isRecurring: Bool = false, recurringSchedule: String? = nil, relationship: String? = nil,
        description: String? = nil, note: String? = nil, meta: JSONValue? = nil, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.profileID = profileID
        self.handle = handle
        self.name = name
        self.date = date
        self.type = type
        self.isRecurring = isRecurring
        self.recurringSchedule = recurringSchedule
        self.relationship = relationship
        self.description = description
        self.note = note
        self.meta = meta
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case handle, name, date, type
        case isRecurring = "is_recurring"
        case recurringSchedule = "recurring_schedule"
        case relationship, description, note, meta
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeIfPresent(ProfileID.self, forKey: .profileID)
        handle = try c.decodeLenientString(.handle)
        name = try c.decodeLenientString(.name)
        date = try c.decodeLenientString(.date)
        type = try c.decodeLenientString(.type)
        isRecurring = try c.decodeLenientBool(.isRecurring) ?? false
        recurringSchedule = try c.decodeLenientString(.recurringSchedule)
        relationship = try c.decodeLenientString(.relationship)
        description = try c.decodeLenientString(.description)
        note = try c.decodeLenientString(.note)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Omneo writes every field, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(handle, forKey: .handle)
        try c.encode(name, forKey: .name)
        try c.encode(date, forKey: .date)
        try c.encode(type, forKey: .type)
        try c.encode(isRecurring, forKey: .isRecurring)
        try c.encode(recurringSchedule, forKey: .recurringSchedule)
        try c.encode(relationship, forKey: .relationship)
        try c.encode(description, forKey: .description)
        try c.encode(note, forKey: .note)
        try c.encode(meta, forKey: .meta)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// The writable fields of a profile date (`PUT /profiles/me/attributes/dates`, or one entry
/// of a profile's `dates_attributes`). `handle` names the date: an existing one is updated,
/// otherwise one is created (then `date` is required). Only the fields that are set are sent.
public struct ProfileDateFields: Codable, Sendable, Equatable {
    public var handle: String?
    public var name: String?
    public var date: String?
    public var type: String?
    public var isRecurring: Bool?
    public var recurringSchedule: String?
    public var relationship: String?
    public var description: String?
    public var note: String?
    public var meta: JSONValue?

    public init(
        handle: String? = nil, name: String? = nil, date: String? = nil, type: String? = nil,
        isRecurring: Bool? = nil, recurringSchedule: String? = nil, relationship: String? = nil,
        description: String? = nil, note: String? = nil, meta: JSONValue? = nil
    ) {
        self.handle = handle
        self.name = name
        self.date = date
        self.type = type
        self.isRecurring = isRecurring
        self.recurringSchedule = recurringSchedule
        self.relationship = relationship
        self.description = description
        self.note = note
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case handle, name, date, type
        case isRecurring = "is_recurring"
        case recurringSchedule = "recurring_schedule"
        case relationship, description, note, meta
    }
}
