/// Something a profile did or received on a channel: a store visit, a product view, a
/// campaign e-mail (`omneo-sdk` `src/types/interaction.ts` and `src/types/interactions.ts`,
/// `Interaction`). Decoding is lenient: the SDK's two type files disagree on `signal`
/// (`-1`/`0`/`1` or `"-1"`…), `duration` and the coordinates (numbers or text) and on
/// `identity` (an identity object, or its text in the older file, which decodes as `nil`).
public struct Interaction: Codable, Sendable, Equatable {
    public var id: Int
    public var profileID: String?
    /// `broadcast`, `disclose`, `feedback`, `product`, `reach`, `refer`, `service`, `visit`, `view`.
    public var action: InteractionAction?
    /// `app`, `email`, `location`, `push`, `sms`, `social`, `support`, `website`.
    public var channel: InteractionChannel?
    /// `-1` (negative), `0` (neutral) or `1` (positive).
    public var signal: Int?
    public var name: String?
    public var namespace: String?
    public var description: String?
    public var url: String?
    /// Seconds.
    public var duration: Int?
    public var latitude: Coordinate?
    public var longitude: Coordinate?
    public var locationID: Int?
    public var productID: Int?
    public var productVariantID: Int?
    public var productCategoryID: Int?
    public var staffID: String?
    public var interactedID: Int?
    public var interactedType: String?
    /// The identity the interaction was recorded by, when it was recorded by identifier.
    public var identity: Identity?
    public var tags: [String]
    public var meta: JSONValue?
    /// `YYYY-MM-DD HH:MM:SS`.
    public var interactedAt: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(id: Int, profileID: String?, action: InteractionAction?, channel: InteractionChannel?, signal: Int?) {
        self.id = id
        self.profileID = profileID
        self.action = action
        self.channel = channel
        self.signal = signal
        self.tags = []
    }

    public enum CodingKeys: String, CodingKey {
        case id
        case profileID = "profile_id"
        case action, channel, signal, name, namespace, description, url, duration, latitude, longitude
        case locationID = "location_id"
        case productID = "product_id"
        case productVariantID = "product_variant_id"
        case productCategoryID = "product_category_id"
        case staffID = "staff_id"
        case interactedID = "interacted_id"
        case interactedType = "interacted_type"
        case identity, tags, meta
        case interactedAt = "interacted_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        profileID = try c.decodeLenientString(.profileID)
        action = try c.decodeLenientString(.action).map(InteractionAction.init(rawValue:))
        channel = try c.decodeLenientString(.channel).map(InteractionChannel.init(rawValue:))
        signal = try c.decodeLenientInt(.signal)
        name = try c.decodeLenientString(.name)
        namespace = try c.decodeLenientString(.namespace)
        description = try c.decodeLenientString(.description)
        url = try c.decodeLenientString(.url)
        duration = try c.decodeLenientInt(.duration)
        latitude = try c.decodeLenientCoordinate(.latitude)
        longitude = try c.decodeLenientCoordinate(.longitude)
        locationID = try c.decodeLenientInt(.locationID)
        productID = try c.decodeLenientInt(.productID)
        productVariantID = try c.decodeLenientInt(.productVariantID)
        productCategoryID = try c.decodeLenientInt(.productCategoryID)
        staffID = try c.decodeLenientString(.staffID)
        interactedID = try c.decodeLenientInt(.interactedID)
        interactedType = try c.decodeLenientString(.interactedType)
        identity = try? c.decodeIfPresent(Identity.self, forKey: .identity)
        tags = try c.decodeLenientStrings(.tags)
        meta = try c.decodeIfPresent(JSONValue.self, forKey: .meta)
        interactedAt = try c.decodeLenientString(.interactedAt)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        // Laravel writes every column, `null` included.
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(action, forKey: .action)
        try c.encode(channel, forKey: .channel)
        try c.encode(signal, forKey: .signal)
        try c.encode(name, forKey: .name)
        try c.encode(namespace, forKey: .namespace)
        try c.encode(description, forKey: .description)
        try c.encode(url, forKey: .url)
        try c.encode(duration, forKey: .duration)
        try c.encode(latitude, forKey: .latitude)
        try c.encode(longitude, forKey: .longitude)
        try c.encode(locationID, forKey: .locationID)
        try c.encode(productID, forKey: .productID)
        try c.encode(productVariantID, forKey: .productVariantID)
        try c.encode(productCategoryID, forKey: .productCategoryID)
        try c.encode(staffID, forKey: .staffID)
        try c.encode(interactedID, forKey: .interactedID)
        try c.encode(interactedType, forKey: .interactedType)
        try c.encode(identity, forKey: .identity)
        try c.encode(tags, forKey: .tags)
        try c.encode(meta, forKey: .meta)
        try c.encode(interactedAt, forKey: .interactedAt)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}

/// What an interaction was (`omneo-sdk` `InteractionActionEnum`); open.
public struct InteractionAction: OpenValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let broadcast = Self(rawValue: "broadcast")
    public static let disclose = Self(rawValue: "disclose")
    public static let feedback = Self(rawValue: "feedback")
    public static let product = Self(rawValue: "product")
    public static let reach = Self(rawValue: "reach")
    public static let refer = Self(rawValue: "refer")
    public static let service = Self(rawValue: "service")
    public static let visit = Self(rawValue: "visit")
    public static let view = Self(rawValue: "view")
    public static let allCases: [Self] = [broadcast, disclose, feedback, product, reach, refer, service, visit, view]
}

/// Where an interaction happened (`omneo-sdk` `InteractionChannelEnum`); open.
public struct InteractionChannel: OpenValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let app = Self(rawValue: "app")
    public static let email = Self(rawValue: "email")
    public static let location = Self(rawValue: "location")
    public static let push = Self(rawValue: "push")
    public static let sms = Self(rawValue: "sms")
    public static let social = Self(rawValue: "social")
    public static let support = Self(rawValue: "support")
    public static let website = Self(rawValue: "website")
    public static let allCases: [Self] = [app, email, location, push, sms, social, support, website]
}
