import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

@Suite struct IdentityTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func listsCreatesReadsUpdatesAndDeletesIdentities(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let list = try await sandbox.request(.GET, "/profiles/\(profile)/identities")
                .decode(PageEnvelope<Identity>.self)
            #expect(list.data.map(\.handle) == ["shopify", "magento_id"])
            #expect(list.meta.total == 2)

            let created = try await sandbox.request(
                .POST, "/profiles/\(profile)/identities",
                json: #"{"handle":"pos.customer id","identifier":98765,"is_primary":false}"#)
            #expect(created.status == 201)
            let identity = try created.decode(DataEnvelope<Identity>.self).data
            #expect(identity.handle == "pos.customer id")
            #expect(identity.identifier == "98765")
            #expect(identity.isActive)
            #expect(identity.profileID.rawValue == profile)

            let byHandle = try await sandbox.request(.GET, "/profiles/\(profile)/identities/pos.customer%20id")
            #expect(try byHandle.decode(DataEnvelope<Identity>.self).data == identity)
            let byID = try await sandbox.request(.GET, "/profiles/\(profile)/identities/id/\(identity.id)")
            #expect(try byID.decode(DataEnvelope<Identity>.self).data == identity)

            let updated = try await sandbox.request(
                .PUT, "/profiles/\(profile)/identities/id/\(identity.id)",
                json: #"{"identifier":"A-1","is_active":false}"#)
            let changed = try updated.decode(DataEnvelope<Identity>.self).data
            #expect(changed.identifier == "A-1")
            #expect(!changed.isActive)
            #expect(changed.handle == "pos.customer id")

            let byHandlePut = try await sandbox.request(
                .PUT, "/profiles/\(profile)/identities/magento_id", json: #"{"is_primary":false}"#)
            #expect(try byHandlePut.decode(DataEnvelope<Identity>.self).data.isPrimary == false)

            #expect(
                try await sandbox.request(.DELETE, "/profiles/\(profile)/identities/id/\(identity.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/identities/id/\(identity.id)").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/identities/shopify").status == 204)
            let remaining = try await sandbox.request(.GET, "/profiles/\(profile)/identities")
                .decode(PageEnvelope<Identity>.self)
            #expect(remaining.data.map(\.handle) == ["magento_id"])
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func oneIdentityPerHandleAndTheFieldsAreChecked(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let duplicate = try await sandbox.request(
                .POST, "/profiles/\(profile)/identities", json: #"{"handle":"magento_id","identifier":"XYZ"}"#)
            #expect(duplicate.status == 422)
            #expect(try duplicate.decode(ErrorBody.self).errors?["handle"] == ["The handle has already been taken."])

            let taken = try await sandbox.request(
                .POST, "/profiles/\(other)/identities", json: #"{"handle":"loyalty","identifier":"L1"}"#)
            #expect(taken.status == 201)
            let sameIdentifier = try await sandbox.request(
                .POST, "/profiles/\(profile)/identities", json: #"{"handle":"loyalty","identifier":"L1"}"#)
            #expect(sameIdentifier.status == 422)
            #expect(try sameIdentifier.decode(ErrorBody.self).errors?["identifier"] != nil)

            let invalid = try await sandbox.request(
                .POST, "/profiles/\(profile)/identities", json: #"{"identifier":[1],"is_primary":"yes","x":1}"#)
            #expect(invalid.status == 422)
            #expect(
                try invalid.decode(ErrorBody.self).errors?.keys.sorted() == ["handle", "identifier", "is_primary", "x"])
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func anotherProfilesIdentityIsNotFound(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let theirs = try await sandbox.request(.GET, "/profiles/\(other)/identities")
                .decode(PageEnvelope<Identity>.self).data[0]
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/identities/id/\(theirs.id)").status == 404)
            #expect(
                try await sandbox.request(.PUT, "/profiles/\(profile)/identities/id/\(theirs.id)", json: "{}").status
                    == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/identities/id/\(theirs.id)").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/nobody/identities").status == 404)
            #expect(
                try await sandbox.request(
                    .POST, "/profiles/nobody/identities", json: #"{"handle":"a","identifier":"b"}"#
                ).status == 404)
        }
    }
}
