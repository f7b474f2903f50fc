/// A profile's appearance attributes (sizes, measurements, colours), from
/// `GET /profiles/{id}/attributes/appearance` and embedded as `attributes.appearance`.
///
/// Shape from `omneo-sdk` `src/types/profile.ts` (`ProfileAppearance`): every field a nullable
/// string. Decoding is lenient (numbers taken as their text, unknown keys kept); encoding
/// writes only the fields set, so a `ProfileAppearance` built from fields is a partial update.
public struct ProfileAppearance: Codable, Sendable, Equatable {
    /// Field name (`size_shoe`, `eye_colour`, …) → value; a field left out or `null` is not set.
    public var fields: [String: String]
    public var profileID: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(_ fields: [String: String] = [:], profileID: String? = nil, createdAt: String? = nil, updatedAt: String? = nil) {
        self.fields = fields
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public subscript(field: String) -> String? {
        get { fields[field] }
        set { fields[field] = newValue }
    }

    /// The fields Omneo documents, in its order.
    public static let knownFields: [String] = [
        "hair_colour", "hair_length", "shape_body", "shape_face", "size_cup", "size_hat", "size_formal_jacket",
        "size_formal_jacket_length", "size_formal_shirt", "size_formal_shirt_fit", "size_formal_trouser",
        "size_formal_trouser_drop", "size_formal_trouser_leg", "size_jacket", "size_pant", "size_shoe",
        "size_type_age", "size_type_region", "size_top", "size_gloves", "size_swimwear_top", "size_swimwear_bottom",
        "size_swimwear_cup", "size_dress", "skin_type", "measurement_arm", "measurement_arm_inside",
        "measurement_bust", "measurement_chest", "measurement_foot_length", "measurement_head",
        "measurement_height", "measurement_hip", "measurement_leg_inside", "measurement_leg_outside",
        "measurement_neck", "measurement_neck_to_wrist", "measurement_shoulders", "measurement_waist",
        "measurement_weight", "brow_colour", "eye_colour", "measurement_hand_right_thumb",
        "measurement_hand_right_index", "measurement_hand_right_middle", "measurement_hand_right_ring",
        "measurement_hand_right_pinky", "measurement_hand_left_thumb", "measurement_hand_left_index",
        "measurement_hand_left_middle", "measurement_hand_left_ring", "measurement_hand_left_pinky",
        "measurement_ear_helix", "measurement_ear_forward_helix", "measurement_ear_flat", "measurement_ear_conch",
        "measurement_ear_tragus", "measurement_ear_lobe",
    ]

    static let metadataKeys: Set<String> = ["profile_id", "created_at", "updated_at", "id"]

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        var fields: [String: String] = [:]
        for key in c.allKeys where !Self.metadataKeys.contains(key.stringValue) {
            // Values Omneo may add that are not text (objects, arrays) are skipped, not fatal.
            if let value = try? c.decodeLenientString(key) { fields[key.stringValue] = value }
        }
        self.fields = fields
        profileID = try c.decodeLenientString(Key(stringValue: "profile_id"))
        createdAt = try c.decodeLenientString(Key(stringValue: "created_at"))
        updatedAt = try c.decodeLenientString(Key(stringValue: "updated_at"))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(profileID, forKey: Key(stringValue: "profile_id"))
        for name in fields.keys.sorted() {
            try c.encode(fields[name], forKey: Key(stringValue: name))
        }
        try c.encodeIfPresent(createdAt, forKey: Key(stringValue: "created_at"))
        try c.encodeIfPresent(updatedAt, forKey: Key(stringValue: "updated_at"))
    }
}
