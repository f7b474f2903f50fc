import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

/// `/profiles/{id}/attributes/dates` and `dates_attributes` on `PUT /profiles/{id}`, with the
/// shapes of `omneo-sdk` `src/types/profile/dates-attribute.ts`.
@Suite struct ProfileDateTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func seededDatesAreListedAndEmbedded(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let dates = try await sandbox.request(.GET, "/profiles/\(profile)/attributes/dates")
                .decode(DataEnvelope<[ProfileDate]>.self).data
            #expect(dates.contains { $0.handle == "birthday" && $0.isRecurring && $0.recurringSchedule == "Yearly" })
            #expect(dates.allSatisfy { $0.profileID?.rawValue == profile })
            let embedded = try await sandbox.request(.GET, "/profiles/\(profile)")
                .decode(DataEnvelope<Profile>.self).data.attributes.dates
            #expect(embedded == dates)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func profilePutWithDatesAttributesCreatesThenUpdatesByHandle(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let payload = #"""
                {"dates_attributes":[{"name":"Graduation","date":"2024-12-02","type":"test","handle":"graduation",
                  "is_recurring":true,"recurring_schedule":"Yearly","note":"n1","relationship":"Me",
                  "description":"d1"}]}
                """#
            let created = try await sandbox.request(.PUT, "/profiles/\(profile)", json: payload)
            #expect(created.status == 200)
            let dates = try #require(try created.decode(DataEnvelope<Profile>.self).data.attributes.dates)
            let graduation = try #require(dates.first { $0.handle == "graduation" })
            #expect(graduation.date == "2024-12-02")
            #expect(graduation.note == "n1")
            #expect(graduation.relationship == "Me")

            let update = try await sandbox.request(
                .PUT, "/profiles/\(profile)/attributes/dates",
                json: #"{"handle":"graduation","name":"Graduation day","note":"n2"}"#)
            #expect(update.status == 200)
            let updated = try update.decode(DataEnvelope<ProfileDate>.self).data
            #expect(updated.id == graduation.id)
            #expect(updated.name == "Graduation day")
            #expect(updated.note == "n2")
            #expect(updated.description == "d1")  // not sent, unchanged

            // another profile's date is not reachable through this one
            #expect(try await sandbox.request(.DELETE, "/profiles/\(other)/attributes/dates/\(graduation.id)").status == 404)
            let deleted = try await sandbox.request(.DELETE, "/profiles/\(profile)/attributes/dates/\(graduation.id)")
            #expect(deleted.status == 200)
            let remaining = try deleted.decode(DataEnvelope<[ProfileDate]>.self).data
            #expect(!remaining.contains { $0.handle == "graduation" })
            #expect(remaining.contains { $0.handle == "birthday" })
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/attributes/dates/\(graduation.id)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func invalidDatesAre422AndChangeNothing(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let invalid = try await sandbox.request(
                .PUT, "/profiles/\(profile)",
                json: #"{"first_name":"Changed","dates_attributes":[{"handle":"new-one"},{"date":"2024-02-30","is_recurring":"yes"},7]}"#
            )
            #expect(invalid.status == 422)
            #expect(
                try invalid.decode(ErrorBody.self).errors?.keys.sorted() == [
                    "dates_attributes.1.date", "dates_attributes.1.handle", "dates_attributes.1.is_recurring",
                    "dates_attributes.2",
                ])
            let missingDate = try await sandbox.request(
                .PUT, "/profiles/\(profile)", json: #"{"first_name":"Changed","dates_attributes":[{"handle":"new-one"}]}"#)
            #expect(missingDate.status == 422)
            #expect(try missingDate.decode(ErrorBody.self).errors?.keys.sorted() == ["dates_attributes.0.date"])
            let unchanged = try await sandbox.request(.GET, "/profiles/\(profile)").decode(DataEnvelope<Profile>.self).data
            #expect(unchanged.firstName != "Changed")
            #expect(unchanged.attributes.dates?.contains { $0.handle == "new-one" } == false)
            #expect(try await sandbox.request(.GET, "/profiles/nobody/attributes/dates").status == 404)
        }
    }
}
