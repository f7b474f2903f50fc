/// A share of a profile list: a link (`handle`) others open the list with.
///
/// Shape from `omneo-sdk` `src/types/lists.ts` (`ProductListShare`) and `src/types/list.ts`
/// (`ListShare`). Decoding is lenient (ids as numbers or strings, `handle` may be `null`).
public struct ListShare: Codable, Sendable, Equatable {
    public var id: Int
    public var handle: String?
    public var profileID: ProfileID?
    public var productListID: Int?
    public var createdAt: String?
    public var updatedAt: String?

    public init(
        id: Int, handle: String?, profileID: ProfileID?, productListID: Int?, createdAt: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.handle = handle
        self.profileID = profileID
        self.productListID = productListID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, handle
        case profileID = "profile_id"
        case productListID = "product_list_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decodeLenientInt(.id) ?? 0
        handle = try c.decodeLenientString(.handle)
        profileID = try c.decodeIfPresent(ProfileID.self, forKey: .profileID)
        productListID = try c.decodeLenientInt(.productListID)
        createdAt = try c.decodeLenientString(.createdAt)
        updatedAt = try c.decodeLenientString(.updatedAt)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(handle, forKey: .handle)
        try c.encode(profileID, forKey: .profileID)
        try c.encode(productListID, forKey: .productListID)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
