import OmneoHTTP
import OmneoModels

/// The body of `POST /profiles/{id}/lists/{list}/custom`: an item for a product the shopper
/// describes (`omneo-sdk` `src/types/list.ts`, `ListItemCustomInput`). `name` is required;
/// `price` is a number or its decimal text and is kept as text with two decimals, as Omneo
/// answers decimals (the SDK's scenario sends `"49.99"` and expects it back); `product_id` is
/// kept as text (the scenario expects the id it sent as text).
struct CustomListItemInput: Sendable {
    /// The `custom_product` object stored on the item.
    var customProduct: [String: JSONValue]
    var quantity: Int?
    var position: Int?

    static func read(_ object: [String: JSONValue]) throws -> CustomListItemInput {
        let texts = ["name", "description", "barcode", "sku", "url", "currency", "image_url"]
        var reader = InputReader(
            object, mode: .create, allowed: Set(texts).union(["price", "product_id", "quantity", "position"]))
        var product: [String: JSONValue] = [:]
        for key in texts {
            let field = reader.string(
                key, required: key == "name", nullable: key != "name", maxLength: key == "description" ? 5000 : 2000)
            product[key] = field.value.map(JSONValue.string) ?? .null
        }
        if let currency = product["currency"]?.text, currency.count != 3 {
            reader.add("currency", "The currency field must be a 3-letter ISO 4217 code.")
        }
        let price = reader.number("price", range: 0...1e9).value
        product["price"] = price.map { .string(CustomListItemInput.decimalText($0)) } ?? .null
        product["product_id"] = reader.identifier("product_id").value.map(JSONValue.string) ?? .null
        let quantity = reader.integer("quantity", range: 1...10_000).value
        let position = reader.integer("position", range: 0...1_000_000).value
        try reader.errors.check()
        return CustomListItemInput(customProduct: product, quantity: quantity, position: position)
    }

    /// `49.9` → `"49.90"`.
    static func decimalText(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let fraction = cents % 100
        return "\(cents / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
