import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// Omneo's own ID scenarios for profile dates (`omneo/omneo-sdk`
/// `src/tests/integration/id/profile/attributes/dates/*.test.ts`), one test per file: the same
/// fixture through the sandbox's admin API (`PUT /profiles/{id}` with `dates_attributes`), the
/// same ID calls through the gateway (`/id/api/v1/profiles/me/attributes/dates…`), the same
/// assertions.
@Suite struct IDDatesScenarioTests {
    let profileID = SandboxSeed.magentoProfileID

    /// The fixture every dates scenario starts with; returns the created date.
    func createDate(_ live: LiveGateway, handle: String, name: String, note: String, description: String) async throws
        -> ProfileDate
    {
        let entry = ProfileDateFields(
            handle: handle, name: name, date: "2024-12-02", type: "test", isRecurring: true,
            recurringSchedule: "Yearly", relationship: "Me", description: description, note: note)
        let body = try JSONEncoder().encode(["dates_attributes": [entry]])
        let response = try await live.sandbox.request(
            .PUT, "/profiles/\(profileID)", json: String(decoding: body, as: UTF8.self))
        #expect(response.status == 200)
        let dates = try #require(try response.decode(DataEnvelope<Profile>.self).data.attributes.dates)
        return try #require(dates.first { $0.handle == handle })
    }

    /// `id-list-profile-dates.test.ts`
    @Test func idListProfileDates() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let created = try await createDate(
                live, handle: "sdk_unit_test_list_dates", name: "ID SDK Get Dates", note: "test notes for id",
                description: "test description for id")
            let dates = try await client.me.dates()
            let filtered = dates.filter { $0.handle == created.handle }
            #expect(filtered.count > 0)
            let target = try #require(filtered.first)
            #expect(target.handle == "sdk_unit_test_list_dates")
            #expect(target.profileID?.rawValue == profileID)
            #expect(target.date != nil)
            #expect(target.isRecurring == true)
            #expect(target.recurringSchedule == "Yearly")
            #expect(target.note == "test notes for id")
            #expect(target.description == "test description for id")
            #expect(target.relationship == "Me")
        }
    }

    /// `id-update-profile-date.test.ts`
    @Test func idUpdateProfileDate() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let created = try await createDate(
                live, handle: "sdk_unit_test_dates_handle", name: "Omneo SDK Original Date",
                note: "test notes for omneo original", description: "test description for original")
            let updated = try await client.me.updateDate(
                ProfileDateFields(
                    handle: created.handle, name: "Omneo SDK Update Date", date: "2024-12-03", type: "test",
                    isRecurring: true, recurringSchedule: "Yearly", relationship: "Me",
                    description: "test description for update", note: "test notes for omneo update"))
            #expect(updated.name == "Omneo SDK Update Date")
            #expect(updated.note == "test notes for omneo update")
            #expect(updated.id == created.id)
        }
    }

    /// `id-delete-profile-date.test.ts`
    @Test func idDeleteProfileDate() async throws {
        try await LiveGateway.with { live in
            let (client, _) = live.appClient(for: profileID)
            let created = try await createDate(
                live, handle: "sdk_unit_test_delete_dates", name: "ID SDK Delete Date",
                note: "test notes for id delete", description: "test description for id delete")
            #expect(try await client.me.dates().filter { $0.handle == created.handle }.count > 0)
            let remaining = try await client.me.deleteDate(created.id)
            #expect(remaining.filter { $0.handle == created.handle }.count == 0)
        }
    }
}
