import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `findOrCreateProfile` and `locations`, against a live gateway and sandbox.
@Suite struct FindOrCreateAndLocationTests {
    /// The sandbox's profiles with `email`.
    static func profiles(_ live: LiveGateway, email: String) async throws -> [Profile] {
        let encoded = email.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let answer = try await live.sandbox.request(.GET, "/profiles?filter%5Bemail%5D=\(encoded)")
        return try answer.decode(PageEnvelope<Profile>.self).data
    }

    @Test func findOrCreateCreatesThenOnlyChangesComms() async throws {
        try await LiveGateway.with { live in
            let anonymous = try await live.server.mintAnonymousToken()
            let client = OmneoIDClient(baseURL: live.baseURL, token: anonymous) { anonymous }
            try await client.findOrCreateProfile(
                ProfileSignupFields(
                    email: "new.shopper@example.com", firstName: "New", gender: .other,
                    comms: Comms([CommsKey(.sms, .promo): true])))
            let created = try #require(try await Self.profiles(live, email: "new.shopper@example.com").first)
            #expect(created.firstName == "New")
            #expect(created.lastName == "unknown")
            #expect(created.attributes.comms[CommsKey(.sms, .promo)] == true)
            #expect(created.attributes.comms[.emailPromo] == true)

            // Again, with another name and a comms change: only the comms flag changes.
            try await client.findOrCreateProfile(
                ProfileSignupFields(
                    email: "NEW.shopper@example.com", firstName: "Other", comms: Comms([.emailPromo: false])))
            let found = try await Self.profiles(live, email: "new.shopper@example.com")
            #expect(found.count == 1)
            #expect(found.first?.firstName == "New")
            #expect(found.first?.attributes.comms[.emailPromo] == false)
        }
    }

    @Test func findOrCreateReportsInvalidInput() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let missing = await omneoError { try await client.findOrCreateProfile(ProfileSignupFields(firstName: "X")) }
            #expect(missing?.status == 422)
            #expect(missing?.errors.keys.sorted() == ["email", "mobile_phone"])
            let bad = await omneoError {
                try await client.findOrCreateProfile(ProfileSignupFields(mobilePhone: "12", comms: Comms([CommsKey(.email, .bounced): true])))
            }
            #expect(bad?.status == 422)
            #expect(bad?.errors["mobile_phone"] != nil)
            #expect(bad?.errors["attributes.comms.email_bounced"] != nil)
        }
    }

    @Test func listsLocationsWithFiltersSortAndPaging() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let all = try await client.locations.list()
            #expect(all.meta.total == SandboxSeed.locationCount)

            let published = try await client.locations.list(LocationQuery(isPublished: true, pageSize: 100))
            #expect(!published.data.isEmpty)
            #expect(published.data.filter { !$0.isPublished }.isEmpty)
            #expect(published.meta.total == published.data.count)

            let byName = try await client.locations.list(LocationQuery(sort: [.descending("name")], pageSize: 100))
            #expect(byName.data.compactMap(\.name) == byName.data.compactMap(\.name).sorted(by: >))

            let second = try await client.locations.list(LocationQuery(sort: [.ascending("id")], page: 2, pageSize: 2))
            #expect(second.meta.currentPage == 2)
            #expect(second.meta.perPage == 2)
            #expect(second.data.map(\.id) == [3, 4])
            #expect(second.nextPage == (SandboxSeed.locationCount > 4 ? 3 : nil))

            let invalid = await omneoError { _ = try await client.locations.list(LocationQuery(sort: [.ascending("colour")])) }
            #expect(invalid?.status == 422)
            #expect(invalid?.errors["sort"] != nil)
        }
    }

    @Test func readsALocationByID() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient()
            let first = try await client.locations.list(LocationQuery(pageSize: 1)).data[0]
            #expect(try await client.locations.get(first.id) == first)
            #expect(await omneoError { _ = try await client.locations.get(999_999) }?.status == 404)
        }
    }
}
