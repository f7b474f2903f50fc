import OmneoModels

/// One seeded location.
struct SeedLocation {
    var name: String
    var type: String
    var street: String
    var city: String
    var state: String
    var postcode: String
    var country: String = "AU"
    var latitude: Double
    var longitude: Double
    var isPublished: Bool = true
    var isPermanentlyClosed: Bool = false
    var tags: [String] = []
    var holidayHours: Bool = false

    var handle: String {
        String(
            name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        ).split(separator: "-").joined(separator: "-")
    }

    var timezone: String {
        switch state {
        case "NSW", "ACT": "Australia/Sydney"
        case "QLD": "Australia/Brisbane"
        case "WA": "Australia/Perth"
        case "SA": "Australia/Adelaide"
        case "TAS": "Australia/Hobart"
        case "NT": "Australia/Darwin"
        case "AUK", "WGN", "CAN": "Pacific/Auckland"
        default: "Australia/Melbourne"
        }
    }

    /// Weekly hours by type: stores have a late Thursday, outlets open daily, warehouses weekdays
    /// (a closed day has no entry, as in Omneo).
    var normalHours: [NormalHours] {
        Weekday.allCases.compactMap { day in
            let hours: (String, String)? =
                switch (type, day) {
                case ("warehouse", .saturday), ("warehouse", .sunday): nil
                case ("warehouse", _): ("07:00:00", "15:30:00")
                case ("outlet", _): ("10:00:00", "18:00:00")
                case (_, .sunday): ("10:00:00", "16:00:00")
                case (_, .thursday): ("09:00:00", "21:00:00")
                case (_, .saturday): ("09:00:00", "17:00:00")
                default: ("09:00:00", "17:30:00")
                }
            return hours.map { NormalHours(dayOfWeek: day, openAt: $0.0, closeAt: $0.1) }
        }
    }

    var specialHours: [SpecialHours] {
        guard holidayHours else { return [] }
        func day(_ date: String, _ name: String, _ open: String?, _ close: String?, repeating: Bool) -> SpecialHours {
            SpecialHours(
                name: name, isRepeating: repeating, openAt: open, closeAt: close, startAt: "\(date) 00:00:00",
                endAt: "\(date) 23:59:59")
        }
        return [
            day("2026-12-24", "Christmas Eve late night", "09:00:00", "20:00:00", repeating: false),
            day("2026-12-25", "Christmas Day", nil, nil, repeating: true),
            day("2026-12-26", "Boxing Day", "10:00:00", "16:00:00", repeating: true),
            day("2027-01-01", "New Year's Day", nil, nil, repeating: true),
        ]
    }

    func record(id: Int) -> LocationRecord {
        let created = "2025-11-\(String(format2: 1 + id % 28)) 08:00:00"
        var record = LocationRecord(
            id: id, name: name, handle: handle, type: type, isPublished: isPublished,
            isPermanentlyClosed: isPermanentlyClosed, timezone: timezone, createdAt: created, updatedAt: created)
        record.phone = country == "AU" ? "+61390001\(String(format2: id))0" : "+6493001\(String(format2: id))0"
        record.email = "\(handle)@stores.example.com"
        record.addressLine1 = street
        record.city = city
        record.state = state
        record.postcode = postcode
        record.country = country
        record.latitude = latitude
        record.longitude = longitude
        record.normalHours = normalHours
        record.specialHours = specialHours
        record.tags = tags
        record.externalID = "STORE-\(String(format2: id))"
        return record
    }
}

let seedLocations: [SeedLocation] = [
    SeedLocation(
        name: "Melbourne Central", type: "store", street: "211 La Trobe Street", city: "Melbourne", state: "VIC",
        postcode: "3000", latitude: -37.8102, longitude: 144.9628, tags: ["flagship", "click-and-collect"],
        holidayHours: true),
    SeedLocation(
        name: "Chadstone", type: "store", street: "1341 Dandenong Road", city: "Malvern East", state: "VIC",
        postcode: "3148", latitude: -37.8862, longitude: 145.0830, tags: ["click-and-collect"], holidayHours: true),
    SeedLocation(
        name: "Chapel Street", type: "store", street: "575 Chapel Street", city: "South Yarra", state: "VIC",
        postcode: "3141", latitude: -37.8398, longitude: 144.9951, tags: ["boutique"]),
    SeedLocation(
        name: "DFO South Wharf", type: "outlet", street: "20 Convention Centre Place", city: "South Wharf",
        state: "VIC", postcode: "3006", latitude: -37.8256, longitude: 144.9522, tags: ["outlet"]),
    SeedLocation(
        name: "Melbourne Distribution Centre", type: "warehouse", street: "40 Export Drive", city: "Brooklyn",
        state: "VIC", postcode: "3012", latitude: -37.8176, longitude: 144.8470, isPublished: false,
        tags: ["fulfilment"]),
    SeedLocation(
        name: "Pitt Street Mall", type: "store", street: "188 Pitt Street", city: "Sydney", state: "NSW",
        postcode: "2000", latitude: -33.8700, longitude: 151.2081, tags: ["flagship", "click-and-collect"],
        holidayHours: true),
    SeedLocation(
        name: "Bondi Junction", type: "store", street: "500 Oxford Street", city: "Bondi Junction", state: "NSW",
        postcode: "2022", latitude: -33.8914, longitude: 151.2503, tags: ["click-and-collect"]),
    SeedLocation(
        name: "Parramatta", type: "store", street: "159 Church Street", city: "Parramatta", state: "NSW",
        postcode: "2150", latitude: -33.8170, longitude: 151.0050, isPermanentlyClosed: true, tags: []),
    SeedLocation(
        name: "DFO Homebush", type: "outlet", street: "3-5 Underwood Road", city: "Homebush", state: "NSW",
        postcode: "2140", latitude: -33.8620, longitude: 151.0800, tags: ["outlet"]),
    SeedLocation(
        name: "Queen Street Mall", type: "store", street: "171 Queen Street", city: "Brisbane", state: "QLD",
        postcode: "4000", latitude: -27.4690, longitude: 153.0250, tags: ["flagship", "click-and-collect"],
        holidayHours: true),
    SeedLocation(
        name: "Pacific Fair", type: "store", street: "2 Hooker Boulevard", city: "Broadbeach Waters", state: "QLD",
        postcode: "4218", latitude: -28.0350, longitude: 153.4270, tags: ["click-and-collect"]),
    SeedLocation(
        name: "Brisbane Warehouse", type: "warehouse", street: "15 Sandgate Road", city: "Pinkenba", state: "QLD",
        postcode: "4008", latitude: -27.4200, longitude: 153.1100, isPublished: false, tags: ["fulfilment"]),
    SeedLocation(
        name: "Rundle Mall", type: "store", street: "77 Rundle Mall", city: "Adelaide", state: "SA", postcode: "5000",
        latitude: -34.9227, longitude: 138.6020, tags: ["click-and-collect"], holidayHours: true),
    SeedLocation(
        name: "Murray Street", type: "store", street: "200 Murray Street", city: "Perth", state: "WA", postcode: "6000",
        latitude: -31.9520, longitude: 115.8590, tags: ["flagship"], holidayHours: true),
    SeedLocation(
        name: "Karrinyup", type: "store", street: "200 Karrinyup Road", city: "Karrinyup", state: "WA",
        postcode: "6018", latitude: -31.8770, longitude: 115.7760, isPublished: false, tags: ["opening-soon"]),
    SeedLocation(
        name: "Hobart Elizabeth Street", type: "store", street: "80 Elizabeth Street", city: "Hobart", state: "TAS",
        postcode: "7000", latitude: -42.8810, longitude: 147.3280, tags: []),
    SeedLocation(
        name: "Canberra Centre", type: "store", street: "148 Bunda Street", city: "Canberra", state: "ACT",
        postcode: "2601", latitude: -35.2790, longitude: 149.1330, tags: ["click-and-collect"]),
    SeedLocation(
        name: "Darwin Smith Street", type: "store", street: "32 Smith Street", city: "Darwin", state: "NT",
        postcode: "0800", latitude: -12.4630, longitude: 130.8430, isPermanentlyClosed: true, tags: []),
    SeedLocation(
        name: "Harbour Town Outlet", type: "outlet", street: "147-189 Brisbane Road", city: "Biggera Waters",
        state: "QLD", postcode: "4216", latitude: -27.9330, longitude: 153.3900, tags: ["outlet"]),
    SeedLocation(
        name: "Geelong Westfield", type: "store", street: "95 Malop Street", city: "Geelong", state: "VIC",
        postcode: "3220", latitude: -38.1470, longitude: 144.3600, isPublished: false, isPermanentlyClosed: true,
        tags: []),
    SeedLocation(
        name: "Ponsonby", type: "store", street: "130 Ponsonby Road", city: "Auckland", state: "AUK", postcode: "1011",
        country: "NZ", latitude: -36.8570, longitude: 174.7470, tags: ["nz", "click-and-collect"], holidayHours: true),
    SeedLocation(
        name: "Wellington Lambton Quay", type: "store", street: "260 Lambton Quay", city: "Wellington", state: "WGN",
        postcode: "6011", country: "NZ", latitude: -41.2820, longitude: 174.7760, tags: ["nz"]),
    SeedLocation(
        name: "Pop-up Fitzroy", type: "popup", street: "300 Smith Street", city: "Fitzroy", state: "VIC",
        postcode: "3065", latitude: -37.7980, longitude: 144.9840, tags: ["seasonal"]),
]
