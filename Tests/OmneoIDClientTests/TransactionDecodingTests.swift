import Foundation
import OmneoModels
import Testing

/// Transactions decode Omneo's shapes: `src/types/transaction.ts` (string `id`, `null`s,
/// nested `location`/`staff`, `payments`, keys the model does not know) and
/// `src/types/profiles/transaction.ts` (grouped transactions, transaction product variants).
@Suite struct TransactionDecodingTests {
    @Test func aTransactionWithStringIdsNullsAndUnknownKeys() throws {
        let json = #"""
            {"id":"812","external_id":"POS-1","profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10",
             "profile":{"email":"x@example.com"},"location":{"id":3,"name":"Chadstone"},"meta":{"till":4},
             "total":"49.99","total_original":null,"systems":[],"rounding":null,"margin":null,"is_void":0,
             "transacted_at":"2025-01-02 10:11:12","timezone":"UTC","tags":["in-store"],"payments":[],
             "receipt_is_email":false,"receipt_ref":null,"claimed_at":null,"receipt_email":null,"staff":null,
             "currency_id":null,"currency_rate":null,"currency":null,"created_at":"2025-01-02 10:11:13",
             "updated_at":"2025-01-02 10:11:13",
             "items":[{"id":91,"external_id":null,"name":"Tee","transaction_id":"812","product_id":5,
               "product_variant_id":null,"sku":null,"variant_external_id":null,"is_void":false,"quantity":"2",
               "price_current":19.95,"price_sell":19.95,"price_original":24.95,"price_margin":null,"price_tax":null,
               "discounts":[{"amount":5,"reason_desc":"Promo"}],"department":null,"product_images":[],
               "transaction":{"transacted_at":"2025-01-02 10:11:12","receipt_ref":null,"external_id":"POS-1"}}]}
            """#
        let transaction = try JSONDecoder().decode(Transaction.self, from: Data(json.utf8))
        #expect(transaction.id == 812)
        #expect(transaction.total == 49.99)
        #expect(transaction.isVoid == false)
        #expect(transaction.receiptRef == nil)
        #expect(transaction.meta == .object(["till": .number(4)]))
        #expect(transaction.items.first?.transactionID == 812)
        #expect(transaction.items.first?.quantity == 2)
        #expect(transaction.items.first?.productVariantID == nil)
    }

    @Test func groupedTransactionsAndProductVariants() throws {
        let grouped = try JSONDecoder().decode(
            GroupedTransaction.self,
            from: Data(
                #"{"order_number":null,"transaction_id":"7","number_transactions":1,"latest_updated_at":"2025-01-01 00:00:00","latest_transacted_at":"2025-01-01 00:00:00"}"#
                    .utf8))
        #expect(grouped.orderNumber == nil && grouped.transactionID == 7)
        let product = try JSONDecoder().decode(
            TransactionProduct.self,
            from: Data(
                #"{"available_quantity":null,"barcode":null,"count":3,"external_id":"V1","id":42,"images":[],"options":[],"position":1,"price":"19.95","product":{"refund_qty":0,"purchase_qty":3},"product_id":4,"purchase_qty":3,"refund_qty":0,"sku":"TEE","tags":[],"title":null,"latest_transacted_at":null}"#
                    .utf8))
        #expect(product.id == 42 && product.count == 3 && product.price == 19.95 && product.title == nil)
    }
}
