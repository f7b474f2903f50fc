import Foundation
import OmneoHTTP

/// The body of `POST /list/items/{item}/reservations` (`omneo-sdk` `src/types/list.ts`,
/// `CreateListItemReservationInput`): `quantity` (1 or more) and who reserves, `profile_id`
/// or `external_profile_id`; `timezone` a zone name; `expires_at` `YYYY-MM-DD HH:MM:SS`.
struct ListReservationInput: Sendable {
    var profileID: String?
    var externalProfileID: String?
    var quantity: Int
    var timezone: String?
    var expiresAt: String?

    static func read(_ object: [String: JSONValue]) throws -> ListReservationInput {
        var reader = InputReader(
            object, mode: .create, allowed: ["profile_id", "external_profile_id", "quantity", "timezone", "expires_at"])
        let profileID = reader.identifier("profile_id").value
        let externalProfileID = reader.identifier("external_profile_id").value
        if profileID == nil, externalProfileID == nil {
            reader.add("profile_id", "The profile id field is required when external profile id is not present.")
        }
        let quantity = reader.integer("quantity", required: true, nullable: false, range: 1...10_000).value
        let timezone = reader.string("timezone", maxLength: 64).value
        if let timezone, TimeZone(identifier: timezone) == nil {
            reader.add("timezone", "The timezone must be a valid zone.")
        }
        let expiresAt = reader.string("expires_at", maxLength: 19).value
        if let expiresAt, !TransactionInput.isDateTime(expiresAt) {
            reader.add("expires_at", "The expires at field must be a date and time YYYY-MM-DD HH:MM:SS.")
        }
        try reader.errors.check()
        return ListReservationInput(
            profileID: profileID, externalProfileID: externalProfileID, quantity: quantity ?? 1, timezone: timezone,
            expiresAt: expiresAt)
    }
}
