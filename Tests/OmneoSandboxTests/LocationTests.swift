import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

@Suite struct LocationTests {
    @Test(arguments: SandboxHarness.stores)
    func seededLocationsAreRealistic(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/locations?page%5Bsize%5D=100")
            let page = try response.decode(PageEnvelope<Location>.self)
            // Omneo writes coordinates as decimal text (omneo-sdk src/types/location.ts).
            let first = try #require((try response.object()["data"] as? [[String: Any]])?.first)
            #expect((first["address"] as? [String: Any])?["latitude"] as? String == "-37.8102")
            #expect(page.meta.total >= 20)
            #expect(page.meta.total == SandboxSeed.locationCount)
            #expect(page.data.contains { !$0.isPublished })
            #expect(page.data.contains { $0.isPermanentlyClosed })
            #expect(Set(page.data.compactMap(\.type)).isSuperset(of: ["store", "outlet", "warehouse"]))
            #expect(page.data.allSatisfy { (5...7).contains($0.normalHours.count) && $0.address?.latitude != nil })
            // Omneo's hours (omneo-sdk src/types/location.ts): day_of_week/open_at/close_at
            #expect(page.data.allSatisfy { $0.normalHours.allSatisfy { $0.dayOfWeek.isKnown && $0.openAt != nil } })
            #expect(page.data.allSatisfy { $0.externalID != nil })
            #expect(page.data.contains { !$0.specialHours.isEmpty })
            #expect(page.data.contains { !$0.tags.isEmpty })
            #expect(page.data.map(\.id) == page.data.map(\.id).sorted())
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func filtersByPublishedClosedTypeHandleAndName(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let all = try await sandbox.request(.GET, "/locations?per_page=100").decode(PageEnvelope<Location>.self)
                .data
            let open = try await sandbox.request(
                .GET, "/locations?filter%5Bis_published%5D=1&filter%5Bis_permanently_closed%5D=0&per_page=100"
            ).decode(PageEnvelope<Location>.self)
            #expect(open.data.map(\.id) == all.filter { $0.isPublished && !$0.isPermanentlyClosed }.map(\.id))
            #expect(open.meta.total == open.data.count)

            let words = try await sandbox.request(
                .GET, "/locations?filter%5Bis_published%5D=false&filter%5Bis_permanently_closed%5D=TRUE&per_page=100"
            ).decode(PageEnvelope<Location>.self)
            #expect(words.data.map(\.id) == all.filter { !$0.isPublished && $0.isPermanentlyClosed }.map(\.id))
            #expect(!words.data.isEmpty)

            let outlets = try await sandbox.request(.GET, "/locations?filter%5Btype%5D=outlet")
                .decode(PageEnvelope<Location>.self)
            #expect(!outlets.data.isEmpty)
            #expect(outlets.data.allSatisfy { $0.type == "outlet" })

            let handle = try await sandbox.request(.GET, "/locations?filter%5Bhandle%5D=melbourne-central")
                .decode(PageEnvelope<Location>.self)
            #expect(handle.data.map(\.name) == ["Melbourne Central"])

            let name = try await sandbox.request(.GET, "/locations?filter%5Bname%5D=dfo").decode(
                PageEnvelope<Location>.self)
            #expect(Set(name.data.map(\.name)) == ["DFO South Wharf", "DFO Homebush"])

            for query in ["filter%5Bis_published%5D=yes", "filter%5Bcity%5D=Perth", "sort=city"] {
                let response = try await sandbox.request(.GET, "/locations?\(query)")
                #expect(response.status == 422, "\(query)")
            }
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func sortsAndPaginatesKeepingOtherParameters(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let page = try await sandbox.request(.GET, "/locations?sort=-name&filter%5Btype%5D=store&page%5Bsize%5D=5")
                .decode(PageEnvelope<Location>.self)
            let names = page.data.compactMap(\.name)
            #expect(names == names.sorted(by: >))
            #expect(page.data.count == 5)
            let next = try #require(page.links.next)
            #expect(next.hasPrefix("\(sandbox.baseURL)/locations?"))
            #expect(next.contains("filter[type]=store"))
            #expect(next.contains("sort=-name"))
            #expect(next.contains("page[number]=2"))
            let second = try await sandbox.request(.GET, String(next.dropFirst(sandbox.baseURL.count)))
                .decode(PageEnvelope<Location>.self)
            #expect(second.meta.currentPage == 2)
            #expect(second.data.first?.name.map { $0 < names.last! } == true)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func createsUpdatesAndDeletesALocation(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"name":"Newtown","handle":"newtown","type":"store","is_published":true,"timezone":"Australia/Sydney",
                 "email":"newtown@stores.example.com","tags":["new"],
                 "address":{"address_line_1":"300 King Street","city":"Newtown","state":"NSW","postcode":"2042","country":"AU","latitude":-33.897,"longitude":151.179},
                 "external_id":"NT-1","external_code":"NT",
                 "normal_hours":[{"day_of_week":"MON","open_at":"09:00","close_at":"17:00"},
                                 {"day_of_week":"SAT","open_at":"10:00:00","close_at":"14:00:00"}],
                 "special_hours":[{"name":"Christmas Day","is_repeating":true,"start_at":"2026-12-25"}]}
                """
            let created = try await sandbox.request(.POST, "/locations", json: body)
            #expect(created.status == 201)
            let location = try created.decode(DataEnvelope<Location>.self).data
            #expect(location.address?.city == "Newtown")
            #expect(location.externalID == "NT-1")
            #expect(location.externalCode == "NT")
            #expect(
                location.normalHours.map { [$0.dayOfWeek.rawValue, $0.openAt, $0.closeAt] } == [
                    ["MON", "09:00:00", "17:00:00"], ["SAT", "10:00:00", "14:00:00"],
                ])
            #expect(location.normalHours.allSatisfy { $0.locationID == location.id })
            let christmas = try #require(location.specialHours.first)
            #expect(christmas.name == "Christmas Day")
            #expect(christmas.isRepeating)
            #expect(christmas.openAt == nil)
            #expect(christmas.startAt == "2026-12-25 00:00:00")
            #expect(christmas.endAt == "2026-12-25 23:59:59")

            let fetched = try await sandbox.request(.GET, "/locations/\(location.id)").decode(
                DataEnvelope<Location>.self)
            #expect(fetched.data == location)

            let duplicate = try await sandbox.request(.POST, "/locations", json: body)
            #expect(duplicate.status == 422)
            #expect(try duplicate.decode(ErrorBody.self).errors?["handle"] == ["The handle has already been taken."])

            let invalid = try await sandbox.request(
                .POST, "/locations",
                json:
                    #"{"name":"X","handle":"Bad Handle","timezone":"Mars/Base","normal_hours":[{"day_of_week":"MONDAY","open_at":"25:00"}],"special_hours":[{"start_at":"2026-02-30"}]}"#
            )
            #expect(invalid.status == 422)
            let errors = try #require(try invalid.decode(ErrorBody.self).errors)
            for field in [
                "handle", "type", "timezone", "normal_hours.0.day_of_week", "normal_hours.0.open_at",
                "normal_hours.0.close_at", "special_hours.0.start_at",
            ] {
                #expect(errors[field] != nil, "\(field) in \(errors)")
            }

            let updated = try await sandbox.request(
                .PUT, "/locations/\(location.id)",
                json: #"{"is_permanently_closed":true,"address":{"postcode":"2043"}}"#)
            let changed = try updated.decode(DataEnvelope<Location>.self).data
            #expect(changed.isPermanentlyClosed)
            #expect(changed.address?.postcode == "2043")
            #expect(changed.address?.city == "Newtown")

            #expect(try await sandbox.request(.DELETE, "/locations/\(location.id)").status == 204)
            #expect(try await sandbox.request(.GET, "/locations/\(location.id)").status == 404)
            #expect(try await sandbox.request(.PUT, "/locations/\(location.id)", json: "{}").status == 404)
        }
    }
}
