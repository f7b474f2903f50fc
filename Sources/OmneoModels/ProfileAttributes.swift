/// The `attributes` object of a profile (`omneo-sdk` `src/types/profile.ts`): comms, and the
/// appearance and dates where Omneo embeds them.
public struct ProfileAttributes: Codable, Sendable, Equatable {
    public var comms: Comms
    public var appearance: ProfileAppearance?
    /// The profile's dates; `nil` when not embedded (or embedded as something else than a list).
    public var dates: [ProfileDate]?

    public init(comms: Comms, appearance: ProfileAppearance? = nil, dates: [ProfileDate]? = nil) {
        self.comms = comms
        self.appearance = appearance
        self.dates = dates
    }

    enum CodingKeys: String, CodingKey {
        case comms, appearance, dates
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        comms = try c.decodeIfPresent(Comms.self, forKey: .comms) ?? Comms()
        appearance = try? c.decodeIfPresent(ProfileAppearance.self, forKey: .appearance)
        dates = try? c.decodeIfPresent([ProfileDate].self, forKey: .dates)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(comms, forKey: .comms)
        try c.encodeIfPresent(appearance, forKey: .appearance)
        try c.encodeIfPresent(dates, forKey: .dates)
    }
}
