/// A channel through which a shopper can be contacted.
public enum CommsChannel: String, CaseIterable, Sendable {
    case email, sms, push, phone, post
}

/// One communication-preference flag, such as `email_optout` or `sms_promo`.
///
/// Shape from `omneo/omneo-sdk` `src/types/profile/comms.ts`: every channel has every kind.
public struct CommsKey: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The kinds of flag Omneo keeps for every channel.
    public enum Kind: String, CaseIterable, Sendable {
        /// The shopper opted out of this channel entirely.
        case optout
        /// The shopper accepts promotional messages on this channel.
        case promo
        /// Messages on this channel bounce (set by Omneo, not by shoppers).
        case bounced
        /// Topic subscriptions (`email_discover`, `sms_service`, …).
        case discover, benefits, reminders, account, bookings, feedback, location, service
    }

    public let channel: CommsChannel
    public let kind: Kind

    public init(_ channel: CommsChannel, _ kind: Kind) {
        self.channel = channel
        self.kind = kind
    }

    /// Parses `email_optout`, `sms_promo`, …; `nil` for anything else.
    public init?(_ name: String) {
        guard let separator = name.firstIndex(of: "_"),
            let channel = CommsChannel(rawValue: String(name[..<separator])),
            let kind = Kind(rawValue: String(name[name.index(after: separator)...]))
        else { return nil }
        self.init(channel, kind)
    }

    /// The wire name, e.g. `email_optout`.
    public var name: String { "\(channel.rawValue)_\(kind.rawValue)" }
    public var description: String { name }

    /// Every flag Omneo documents, in a stable order.
    public static let all: [CommsKey] = CommsChannel.allCases.flatMap { channel in
        Kind.allCases.map { CommsKey(channel, $0) }
    }

    /// Flags a shopper may set themselves (all but `*_bounced`, which is Omneo's own).
    public var isShopperSettable: Bool { kind != .bounced }

    public static func < (lhs: CommsKey, rhs: CommsKey) -> Bool { lhs.name < rhs.name }

    public static let emailOptout = CommsKey(.email, .optout)
    public static let emailPromo = CommsKey(.email, .promo)
}

/// A profile's communication preferences, as `GET /profiles/{id}/attributes/comms` returns
/// them and as a partial update sends them (`{"email_optout": false, …}`).
///
/// Decoding is lenient: flags may be `null` (no choice recorded; left out of ``flags``) or
/// `0`/`1`; `*_raw` twins and unknown keys are ignored. Only what is set is encoded, so a
/// `Comms` built from flags alone is a partial update.
public struct Comms: Codable, Sendable, Equatable {
    public var flags: [CommsKey: Bool]
    /// The profile these preferences belong to (answers only).
    public var profileID: String?
    /// `sent` / `not_sent` per channel (`email_verification`, …).
    public var verification: [CommsChannel: String]
    public var termsAcceptedAt: String?
    public var termsAcceptedVersion: String?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        _ flags: [CommsKey: Bool] = [:], profileID: String? = nil, verification: [CommsChannel: String] = [:],
        termsAcceptedAt: String? = nil, termsAcceptedVersion: String? = nil, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.flags = flags
        self.profileID = profileID
        self.verification = verification
        self.termsAcceptedAt = termsAcceptedAt
        self.termsAcceptedVersion = termsAcceptedVersion
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public subscript(key: CommsKey) -> Bool? {
        get { flags[key] }
        set { flags[key] = newValue }
    }

    /// These flags with `other`'s laid over them.
    public func merging(_ other: Comms) -> Comms {
        var merged = self
        merged.flags.merge(other.flags) { _, new in new }
        return merged
    }

    /// Whether no flag is set (the other fields do not count: they are not preferences).
    public var isEmpty: Bool { flags.isEmpty }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        init(_ name: String) { self.stringValue = name }
    }

    static let profileIDKey = Key("profile_id")
    static let termsAcceptedAtKey = Key("terms_accepted_at")
    static let termsAcceptedVersionKey = Key("terms_accepted_version")
    static let createdAtKey = Key("created_at")
    static let updatedAtKey = Key("updated_at")

    static func verificationKey(_ channel: CommsChannel) -> Key { Key("\(channel.rawValue)_verification") }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var flags: [CommsKey: Bool] = [:]
        for key in container.allKeys {
            guard let commsKey = CommsKey(key.stringValue) else { continue }
            flags[commsKey] = try container.decodeLenientBool(key)
        }
        self.flags = flags
        var verification: [CommsChannel: String] = [:]
        for channel in CommsChannel.allCases {
            verification[channel] = try container.decodeLenientString(Self.verificationKey(channel))
        }
        self.verification = verification
        profileID = try container.decodeLenientString(Self.profileIDKey)
        termsAcceptedAt = try container.decodeLenientString(Self.termsAcceptedAtKey)
        termsAcceptedVersion = try container.decodeLenientString(Self.termsAcceptedVersionKey)
        createdAt = try container.decodeLenientString(Self.createdAtKey)
        updatedAt = try container.decodeLenientString(Self.updatedAtKey)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(profileID, forKey: Self.profileIDKey)
        for key in flags.keys.sorted() {
            try container.encode(flags[key]!, forKey: Key(key.name))
        }
        for channel in CommsChannel.allCases {
            try container.encodeIfPresent(verification[channel], forKey: Self.verificationKey(channel))
        }
        // Omneo writes the terms fields even when empty; a partial update leaves them out.
        if profileID != nil {
            try container.encode(termsAcceptedAt, forKey: Self.termsAcceptedAtKey)
            try container.encode(termsAcceptedVersion, forKey: Self.termsAcceptedVersionKey)
        } else {
            try container.encodeIfPresent(termsAcceptedAt, forKey: Self.termsAcceptedAtKey)
            try container.encodeIfPresent(termsAcceptedVersion, forKey: Self.termsAcceptedVersionKey)
        }
        try container.encodeIfPresent(createdAt, forKey: Self.createdAtKey)
        try container.encodeIfPresent(updatedAt, forKey: Self.updatedAtKey)
    }
}
