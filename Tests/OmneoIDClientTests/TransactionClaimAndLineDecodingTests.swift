import Foundation
import OmneoModels
import Testing

/// Claims and transaction lines decode Omneo's shapes (`omneo-sdk` `src/types/transaction.ts`:
/// `TransactionClaim`, `TransactionItem` with `transaction` and `list_items`,
/// `TransactionItemProductListItem`): numbers or text, `null`s, PHP's `[]` for an empty
/// object, keys the models do not know.
@Suite struct TransactionClaimAndLineDecodingTests {
    @Test func aClaimAsCreatedWithNumbersAndAsReadWithText() throws {
        let created = #"""
            {"id":24546,"status":"pending","profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10",
             "transaction_receipt_ref":123,"transaction_transacted_at":"2026-03-18","transaction_timezone":"UTC",
             "transaction_total":49.99,"transaction_location_external_code":"2","attempts":null,
             "claimed_transaction_id":null,"claimed_at":null,"last_checked_at":null,
             "created_at":"2026-03-18 01:02:03","updated_at":"2026-03-18 01:02:03","tenant":"x"}
            """#
        let claim = try JSONDecoder().decode(TransactionClaim.self, from: Data(created.utf8))
        #expect(claim.transactionReceiptRef == "123")
        #expect(claim.transactionTotal == 49.99)
        #expect(claim.attempts == nil)

        let read = #"""
            {"id":"24546","status":"claimed","profile_id":"9a1c3c7e-2f4b-4c7e-9d55-0b7b8f1e6a10",
             "transaction_receipt_ref":"123","transaction_transacted_at":"2026-03-18","transaction_timezone":null,
             "transaction_total":"49.99","transaction_location_external_code":null,"attempts":"2",
             "claimed_transaction_id":"812","claimed_at":"2026-03-19 00:00:00","last_checked_at":null}
            """#
        let again = try JSONDecoder().decode(TransactionClaim.self, from: Data(read.utf8))
        #expect(again.id == 24546)
        #expect(again.transactionTotal == 49.99)
        #expect(again.attempts == 2)
        #expect(again.claimedTransactionID == 812)
        #expect(again.status == "claimed")
        #expect(again.transactionTimezone == nil)
    }

    @Test func aLineWithItsTransactionAndListItemsOrPHPEmptyArrays() throws {
        let json = #"""
            {"id":91,"external_id":null,"name":"Tee","transaction_id":"812","product_id":null,
             "product_variant_id":5011,"sku":null,"variant_external_id":null,"is_void":false,"is_return":false,
             "quantity":1,"price_current":"49.99","price_sell":49.99,"price_original":null,"order_id":null,
             "pivot":[],"meta":null,
             "transaction":{"transacted_at":"2026-02-01 11:20:00","receipt_ref":7,"external_id":null},
             "list_items":[
               {"id":"55","product_list_id":9,"list":{"name":"Registry","handle":"registry","description":null},
                "created_at":"2026-01-01 00:00:00","updated_at":"2026-01-01 00:00:00","quantity":"1","position":null,
                "status":null,"meta":{"size":"M"},"pivot":{"created_at":"2026-02-02 00:00:00","updated_at":"2026-02-02 00:00:00"}},
               {"id":56,"product_list_id":null,"list":[],"created_at":null,"updated_at":null,"quantity":1,
                "position":2,"status":"active","meta":null,"pivot":[]}]}
            """#
        let line = try JSONDecoder().decode(ProfileTransactionItem.self, from: Data(json.utf8))
        #expect(line.item.id == 91)
        #expect(line.item.transactionID == 812)
        #expect(line.item.priceCurrent == 49.99)
        #expect(line.transaction?.receiptRef == "7")
        #expect(line.listItems?.map(\.id) == [55, 56])
        #expect(line.listItems?.first?.listName == "Registry")
        #expect(line.listItems?.first?.linkedAt == "2026-02-02 00:00:00")
        #expect(line.listItems?.first?.meta == .object(["size": .string("M")]))
        #expect(line.listItems?.last?.listName == nil)
        #expect(line.listItems?.last?.linkedAt == nil)

        let bare = try JSONDecoder().decode(
            ProfileTransactionItem.self, from: Data(#"{"id":1,"transaction_id":2,"name":"x","quantity":1}"#.utf8))
        #expect(bare.listItems == nil)
        #expect(bare.transaction == nil)
    }
}
