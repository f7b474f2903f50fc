import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

@Suite struct AddressTests {
    let profile = SandboxSeed.profileIDs[0]
    let other = SandboxSeed.profileIDs[1]

    @Test(arguments: SandboxHarness.stores)
    func crudOnAProfilesAddresses(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let seeded = try await sandbox.request(.GET, "/profiles/\(profile)/addresses").decode(
                PageEnvelope<Address>.self)
            #expect(seeded.data.count == 2)
            #expect(seeded.data.filter { $0.isDefault == true }.count == 1)
            #expect(seeded.data.allSatisfy { $0.latitude != nil && $0.profileID?.rawValue == profile })

            let created = try await sandbox.request(
                .POST, "/profiles/\(profile)/addresses",
                json:
                    #"{"address_line_1":"1 Test Lane","city":"Fitzroy","state":"VIC","postcode":"3065","country":"AU","latitude":-37.8,"longitude":144.98}"#
            )
            #expect(created.status == 201)
            let address = try created.decode(DataEnvelope<Address>.self).data
            #expect(address.city == "Fitzroy")
            #expect(address.isDefault == false)

            let updated = try await sandbox.request(
                .PUT, "/profiles/\(profile)/addresses/\(address.id ?? 0)", json: #"{"postcode":"3066","state":null}"#)
            let changed = try updated.decode(DataEnvelope<Address>.self).data
            #expect(changed.postcode == "3066")
            #expect(changed.state == nil)
            #expect(changed.addressLine1 == "1 Test Lane")

            #expect(
                try await sandbox.request(.DELETE, "/profiles/\(profile)/addresses/\(address.id ?? 0)").status == 204)
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/addresses/\(address.id ?? 0)").status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func invalidAddressesAndOtherProfilesAddresses(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let invalid = try await sandbox.request(
                .POST, "/profiles/\(profile)/addresses", json: #"{"city":7,"latitude":123.0,"is_default":"no"}"#)
            #expect(invalid.status == 422)
            #expect(
                try invalid.decode(ErrorBody.self).errors?.keys.sorted() == [
                    "address_line_1", "city", "country", "is_default", "latitude",
                ])
            let theirs = try await sandbox.request(.GET, "/profiles/\(other)/addresses").decode(
                PageEnvelope<Address>.self
            )
            .data[0]
            let id = theirs.id ?? 0
            #expect(try await sandbox.request(.GET, "/profiles/\(profile)/addresses/\(id)").status == 404)
            #expect(try await sandbox.request(.PUT, "/profiles/\(profile)/addresses/\(id)", json: "{}").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(profile)/addresses/\(id)").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(other)/addresses/\(id)").status == 200)
        }
    }

    /// Omneo's address fields (`omneo-sdk` `src/types/address.ts`): string coordinates, `iso`,
    /// `iso_state`, `notes`, `meta`, `external_id`; they are stored and answered.
    @Test(arguments: SandboxHarness.stores)
    func acceptsOmneosAddressFields(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let created = try await sandbox.request(
                .POST, "/profiles/\(profile)/addresses",
                json: #"""
                    {"address_line_1":"1 George St","city":"Sydney","state":"NSW","postcode":"2000",
                     "country":"Australia","iso":"AU","iso_state":"AU-NSW","notes":"Leave at door",
                     "latitude":"-33.8688","longitude":"151.2093","meta":{"source":"pos"},"external_id":12345}
                    """#)
            #expect(created.status == 201)
            let id = try created.decode(DataEnvelope<Address>.self).data.id ?? 0
            let read = try await sandbox.request(.GET, "/profiles/\(profile)/addresses/\(id)")
            let address = try read.decode(DataEnvelope<Address>.self).data
            // Omneo writes coordinates as decimal text (omneo-sdk src/types/address.ts).
            let raw = try #require(try read.object()["data"] as? [String: Any])
            #expect(raw["latitude"] as? String == "-33.8688")
            #expect(raw["longitude"] as? String == "151.2093")
            #expect(address.iso == "AU")
            #expect(address.isoState == "AU-NSW")
            #expect(address.notes == "Leave at door")
            #expect(address.latitude == -33.8688)
            #expect(address.longitude == 151.2093)
            #expect(address.meta == .object(["source": .string("pos")]))
            #expect(address.externalID == "12345")

            let invalid = try await sandbox.request(
                .PUT, "/profiles/\(profile)/addresses/\(id)", json: #"{"latitude":"north","meta":"x"}"#)
            #expect(invalid.status == 422)
            #expect(try invalid.decode(ErrorBody.self).errors?.keys.sorted() == ["latitude", "meta"])
        }
    }
}
