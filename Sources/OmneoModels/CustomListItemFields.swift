/// The body of `POST …/lists/{list}/custom`: an item for a product the shopper describes
/// (`omneo-sdk` `src/types/list.ts`, `ListItemCustomInput`). `name` is required; `price` is
/// sent as Omneo's decimal text (`"49.99"`). Only the fields that are set are sent.
public struct CustomListItemFields: Codable, Sendable, Equatable {
    public var name: String
    public var description: String?
    public var barcode: String?
    public var sku: String?
    public var url: String?
    public var price: String?
    public var currency: String?
    public var imageURL: String?
    public var productID: String?
    public var quantity: Int?
    public var position: Int?

    public init(
        name: String, description: String? = nil, barcode: String? = nil, sku: String? = nil, url: String? = nil,
        price: String? = nil, currency: String? = nil, imageURL: String? = nil, productID: String? = nil,
        quantity: Int? = nil, position: Int? = nil
    ) {
        self.name = name
        self.description = description
        self.barcode = barcode
        self.sku = sku
        self.url = url
        self.price = price
        self.currency = currency
        self.imageURL = imageURL
        self.productID = productID
        self.quantity = quantity
        self.position = position
    }

    enum CodingKeys: String, CodingKey {
        case name, description, barcode, sku, url, price, currency
        case imageURL = "image_url"
        case productID = "product_id"
        case quantity, position
    }
}
