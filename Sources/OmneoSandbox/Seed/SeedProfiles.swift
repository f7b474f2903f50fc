/// One seeded shopper.
struct SeedProfile {
    struct Product {
        var productID: String
        var variantID: String
        var sku: String
        var name: String
        var quantity: Int = 1
        var note: String? = nil
    }

    struct PostalAddress {
        var line1: String
        var line2: String? = nil
        var city: String
        var state: String
        var postcode: String
        var latitude: Double
        var longitude: Double
    }

    var id: String
    var firstName: String
    var lastName: String
    var email: String
    var mobile: String?
    var gender: String
    var title: String
    var birth: (Int?, Int?, Int?)
    var company: String?
    var occupation: String?
    var regionID: Int
    var joinedLocationID: Int
    var tags: [String]
    var comms: [String: Bool]
    var shopify: String
    var magento: String
    var wishlist: [Product]
    var addresses: [PostalAddress]
}

let seedProfiles: [SeedProfile] = [
    SeedProfile(
        id: SandboxSeed.magentoProfileID, firstName: "Olivia", lastName: "Bennett",
        email: "olivia.bennett@example.com", mobile: "+61412345601", gender: "female", title: "Ms",
        birth: (14, 3, 1990), company: "Bennett & Co", occupation: "Architect", regionID: 1, joinedLocationID: 1,
        tags: ["vip", "newsletter"],
        comms: ["email_promo": true, "sms_promo": true, "push_promo": false],
        shopify: "6012345678901", magento: SandboxSeed.magentoIdentifier,
        wishlist: [
            .init(
                productID: "7401122334455", variantID: "42011223344551", sku: "LIN-SHIRT-NVY-M",
                name: "Linen Shirt – Navy / M"),
            .init(
                productID: "7401122334466", variantID: "42011223344662", sku: "WOOL-CARDI-OAT-S",
                name: "Merino Cardigan – Oat / S", note: "For winter"),
            .init(
                productID: "7401122334477", variantID: "42011223344773", sku: "TOTE-CANVAS-BLK",
                name: "Canvas Tote – Black", quantity: 2),
        ],
        addresses: [
            .init(
                line1: "12 Chapel Street", line2: "Unit 4", city: "Windsor", state: "VIC", postcode: "3181",
                latitude: -37.8559, longitude: 144.9931),
            .init(
                line1: "88 Collins Street", line2: "Level 9", city: "Melbourne", state: "VIC", postcode: "3000",
                latitude: -37.8146, longitude: 144.9712),
        ]),
    SeedProfile(
        id: "8a1d4e7b-6c2f-4b39-a8e5-2c3d4e5f6a02", firstName: "Liam", lastName: "Nguyen",
        email: "liam.nguyen@example.com", mobile: "+61412345602", gender: "male", title: "Mr",
        birth: (2, 11, 1985), company: nil, occupation: "Nurse", regionID: 2, joinedLocationID: 6,
        tags: ["loyalty-gold"],
        comms: ["email_promo": true, "sms_optout": true],
        shopify: "6012345678902", magento: "1004994MH",
        wishlist: [
            .init(
                productID: "7401122335511", variantID: "42011223355111", sku: "CHINO-SLIM-KHK-32",
                name: "Slim Chino – Khaki / 32"),
            .init(
                productID: "7401122335522", variantID: "42011223355222", sku: "SNEAKER-WHT-10",
                name: "Leather Sneaker – White / 10"),
        ],
        addresses: [
            .init(
                line1: "45 Crown Street", city: "Surry Hills", state: "NSW", postcode: "2010", latitude: -33.8833,
                longitude: 151.2140)
        ]),
    SeedProfile(
        id: "c4e2b9d1-7f3a-4d58-b2c6-3d4e5f6a7b03", firstName: "Charlotte", lastName: "Wilson",
        email: "charlotte.wilson@example.com", mobile: "+61412345603", gender: "female", title: "Mrs",
        birth: (28, 7, 1978), company: "Wilson Legal", occupation: "Solicitor", regionID: 3, joinedLocationID: 10,
        tags: ["vip"],
        comms: ["email_promo": false, "email_optout": true, "post_promo": true],
        shopify: "6012345678903", magento: "1004995MH",
        wishlist: [
            .init(
                productID: "7401122336611", variantID: "42011223366111", sku: "DRESS-MIDI-SAGE-10",
                name: "Midi Dress – Sage / 10"),
            .init(
                productID: "7401122336622", variantID: "42011223366222", sku: "SCARF-SILK-RUST",
                name: "Silk Scarf – Rust"),
        ],
        addresses: [
            .init(
                line1: "7 Boundary Street", city: "West End", state: "QLD", postcode: "4101", latitude: -27.4810,
                longitude: 153.0090),
            .init(
                line1: "101 Eagle Street", line2: "Suite 1204", city: "Brisbane", state: "QLD", postcode: "4000",
                latitude: -27.4675, longitude: 153.0300),
        ]),
    SeedProfile(
        id: "e7f1a2c3-9b4d-4e6f-8a1b-4e5f6a7b8c04", firstName: "Noah", lastName: "Singh",
        email: "noah.singh@example.com", mobile: "+61412345604", gender: "male", title: "Mr",
        birth: (19, 1, 1996), company: nil, occupation: "Software Engineer", regionID: 4, joinedLocationID: 14,
        tags: [],
        comms: ["email_promo": true, "push_promo": true],
        shopify: "6012345678904", magento: "1004996MH",
        wishlist: [
            .init(
                productID: "7401122337711", variantID: "42011223377111", sku: "HOODIE-FLC-CHR-L",
                name: "Fleece Hoodie – Charcoal / L"),
            .init(
                productID: "7401122337722", variantID: "42011223377222", sku: "BEANIE-WOOL-NVY",
                name: "Wool Beanie – Navy"),
        ],
        addresses: [
            .init(
                line1: "23 Oxford Street", city: "Leederville", state: "WA", postcode: "6007", latitude: -31.9366,
                longitude: 115.8420)
        ]),
    SeedProfile(
        id: "1b9e8d7c-5a4f-4321-9e8d-5f6a7b8c9d05", firstName: "Amelia", lastName: "O'Connor",
        email: "amelia.oconnor@example.com", mobile: "+64211234505", gender: "female", title: "Dr",
        birth: (5, 9, 1982), company: "Harbour Medical", occupation: "GP", regionID: 5, joinedLocationID: 21,
        tags: ["nz", "newsletter"],
        comms: ["email_promo": true, "sms_promo": false, "phone_optout": true],
        shopify: "6012345678905", magento: "1004997MH",
        wishlist: [
            .init(
                productID: "7401122338811", variantID: "42011223388111", sku: "COAT-TRENCH-CML-12",
                name: "Trench Coat – Camel / 12"),
            .init(
                productID: "7401122338822", variantID: "42011223388222", sku: "BOOT-ANKLE-BRN-39",
                name: "Ankle Boot – Brown / 39"),
            .init(
                productID: "7401122338833", variantID: "42011223388333", sku: "BELT-LTHR-TAN-M",
                name: "Leather Belt – Tan / M"),
        ],
        addresses: [
            .init(
                line1: "150 Ponsonby Road", city: "Auckland", state: "AUK", postcode: "1011", latitude: -36.8560,
                longitude: 174.7460)
        ]),
    SeedProfile(
        id: "3d6c5b4a-2e1f-4a9b-8c7d-6a7b8c9d0e06", firstName: "Jack", lastName: "Thompson",
        email: "jack.thompson@example.com", mobile: nil, gender: "withheld", title: "Mx",
        birth: (nil, nil, nil), company: nil, occupation: nil, regionID: 1, joinedLocationID: 3,
        tags: ["online-only"],
        comms: ["email_promo": false],
        shopify: "6012345678906", magento: "1004998MH",
        wishlist: [
            .init(
                productID: "7401122339911", variantID: "42011223399111", sku: "TEE-ORG-WHT-M",
                name: "Organic Tee – White / M", quantity: 3),
            .init(
                productID: "7401122339922", variantID: "42011223399222", sku: "SOCK-PACK-MIX",
                name: "Cotton Socks 3-Pack – Mixed"),
        ],
        addresses: [
            .init(
                line1: "9 Rundle Street", city: "Kent Town", state: "SA", postcode: "5067", latitude: -34.9220,
                longitude: 138.6210)
        ]),
]
