/// A channel through which a shopper can be contacted.
public enum CommsChannel: String, CaseIterable, Sendable {
    case email, sms, push, phone, post
}

/// One communication-preference flag, such as `email_optout` or `sms_promo`.
public struct CommsKey: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The kinds of flag Omneo keeps for every channel.
    public enum Kind: String, CaseIterable, Sendable {
        /// The shopper opted out of this channel entirely.
        case optout
        /// The shopper accepts promotional messages on this channel.
        case promo
        /// Messages on this channel bounce (set by Omneo, not by shoppers).
        case bounced
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

    /// Flags a shopper may set themselves (`*_optout`, `*_promo`); `*_bounced` is Omneo's own.
    public var isShopperSettable: Bool { kind != .bounced }

    public static func < (lhs: CommsKey, rhs: CommsKey) -> Bool { lhs.name < rhs.name }

    public static let emailOptout = CommsKey(.email, .optout)
    public static let emailPromo = CommsKey(.email, .promo)
}

/// A set of communication-preference flags, encoded as `{"email_optout": false, …}`.
///
/// Only the flags present are encoded, so a `Comms` can describe a partial update.
public struct Comms: Codable, Sendable, Equatable {
    public var flags: [CommsKey: Bool]

    public init(_ flags: [CommsKey: Bool] = [:]) {
        self.flags = flags
    }

    public subscript(key: CommsKey) -> Bool? {
        get { flags[key] }
        set { flags[key] = newValue }
    }

    /// These flags with `other`'s laid over them.
    public func merging(_ other: Comms) -> Comms {
        Comms(flags.merging(other.flags) { _, new in new })
    }

    public var isEmpty: Bool { flags.isEmpty }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var flags: [CommsKey: Bool] = [:]
        for key in container.allKeys {
            guard let commsKey = CommsKey(key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "Unknown comms flag \(key.stringValue).")
            }
            flags[commsKey] = try container.decode(Bool.self, forKey: key)
        }
        self.flags = flags
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for key in flags.keys.sorted() {
            try container.encode(flags[key]!, forKey: Key(stringValue: key.name))
        }
    }
}

/// The `attributes` object of a profile.
public struct ProfileAttributes: Codable, Sendable, Equatable {
    public var comms: Comms

    public init(comms: Comms) {
        self.comms = comms
    }
}
