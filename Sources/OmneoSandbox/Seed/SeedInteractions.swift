import OmneoModels

/// Three interactions per seeded profile: a visit to the store it joined at, a product viewed
/// in the app, and a campaign e-mail it opened; the latest is the e-mail.
func seedInteractions() -> [InteractionRecord] {
    var records: [InteractionRecord] = []
    for (index, seed) in seedProfiles.enumerated() {
        let day = String(format2: 3 + index)
        let store = seedLocations.indices.contains(seed.joinedLocationID - 1)
            ? seedLocations[seed.joinedLocationID - 1] : nil
        var visit = InteractionRecord(
            profileID: seed.id, action: "visit", channel: "location", signal: 1, name: "Store visit",
            namespace: "retail", createdAt: "2026-03-\(day) 11:20:00", updatedAt: "2026-03-\(day) 11:20:00")
        visit.locationID = seed.joinedLocationID
        visit.latitude = store.flatMap { Coordinate(degrees: $0.latitude)?.text }
        visit.longitude = store.flatMap { Coordinate(degrees: $0.longitude)?.text }
        visit.duration = 1500 + index * 60
        visit.tags = ["in-store"]
        visit.interactedAt = "2026-03-\(day) 10:55:00"

        var view = InteractionRecord(
            profileID: seed.id, action: "view", channel: "app", signal: 0, name: "Viewed Linen shirt",
            namespace: "catalogue", createdAt: "2026-03-\(day) 19:05:00", updatedAt: "2026-03-\(day) 19:05:00")
        view.productID = 1000 + index
        view.url = "https://shop.example.com/products/linen-shirt"
        view.interactedType = "product"
        view.interactedID = 1000 + index
        view.interactedAt = "2026-03-\(day) 19:04:30"

        var email = InteractionRecord(
            profileID: seed.id, action: "broadcast", channel: "email", signal: index % 3 == 2 ? -1 : 1,
            name: "Autumn sale e-mail opened", namespace: "campaigns",
            createdAt: "2026-03-\(day) 21:00:00", updatedAt: "2026-03-\(day) 21:00:00")
        email.description = "Opened the autumn sale campaign."
        email.meta = #"{"campaign":"autumn-sale"}"#
        email.interactedAt = "2026-03-\(day) 20:58:00"
        records += [visit, view, email]
    }
    return records.enumerated().map { number, record in
        var record = record
        record.id = number + 1
        return record
    }
}
