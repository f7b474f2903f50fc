import Foundation
import OmneoModels
import OmneoSandbox
import OmneoTestSupport
import Testing

@Suite struct ProfileTests {
    @Test(arguments: SandboxHarness.stores)
    func listsSeededProfilesWithPaginationMetaAndLinks(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(
                .GET, "/profiles?page%5Bsize%5D=2&page%5Bnumber%5D=2&sort=first_name")
            #expect(response.status == 200)
            let page = try response.decode(PageEnvelope<Profile>.self)
            let total = SandboxSeed.profileIDs.count
            #expect(page.meta.total == total)
            #expect(page.meta.perPage == 2)
            #expect(page.meta.currentPage == 2)
            #expect(page.meta.from == 3)
            #expect(page.meta.to == 4)
            #expect(page.meta.lastPage == (total + 1) / 2)
            #expect(page.meta.path == "\(sandbox.baseURL)/profiles")
            #expect(page.data.count == 2)
            // sorted by first name: Amelia, Charlotte, Jack, Liam, Noah, Olivia
            #expect(page.data.map(\.firstName) == ["Jack", "Liam"])
            #expect(page.links.first == "\(sandbox.baseURL)/profiles?page[size]=2&sort=first_name&page[number]=1")
            #expect(page.links.prev == "\(sandbox.baseURL)/profiles?page[size]=2&sort=first_name&page[number]=1")
            #expect(page.links.next == "\(sandbox.baseURL)/profiles?page[size]=2&sort=first_name&page[number]=3")
            #expect(
                page.links.last
                    == "\(sandbox.baseURL)/profiles?page[size]=2&sort=first_name&page[number]=\((total + 1) / 2)")
            let profile = try #require(page.data.first)
            #expect(profile.identities.map(\.handle).sorted() == ["magento_id", "shopify"])
            #expect(profile.attributes.comms.flags.count == CommsKey.all.count)
            #expect(profile.fullName == "Jack Thompson")
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func defaultPageSizeIs15AndPerPageAliasesWork(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let first = try await sandbox.request(.GET, "/profiles").decode(PageEnvelope<Profile>.self)
            #expect(first.meta.perPage == 15)
            #expect(first.links.prev == nil)
            #expect(first.links.next == nil)
            let aliased = try await sandbox.request(.GET, "/profiles?per_page=1&page=3").decode(
                PageEnvelope<Profile>.self)
            #expect(aliased.meta.perPage == 1)
            #expect(aliased.meta.currentPage == 3)
            #expect(aliased.data.count == 1)
            #expect(aliased.data[0].id.rawValue == SandboxSeed.profileIDs[2])
            let beyond = try await sandbox.request(.GET, "/profiles?page[number]=50").decode(PageEnvelope<Profile>.self)
            #expect(beyond.data.isEmpty)
            #expect(beyond.meta.from == nil)
            #expect(beyond.meta.to == nil)
        }
    }

    @Test(
        arguments: SandboxHarness.stores,
        [
            ("page%5Bsize%5D=0", "page[size]"), ("page%5Bsize%5D=1001", "page[size]"),
            ("page%5Bsize%5D=ten", "page[size]"), ("page%5Bnumber%5D=0", "page[number]"), ("per_page=-1", "per_page"),
            ("page=x", "page"), ("sort=password", "sort"), ("sort=-nope", "sort"),
            ("filter%5Bpassword%5D=x", "filter[password]"), ("filter%5Bemail%5D=", "filter[email]"),
        ])
    func invalidQueryParametersAre422NamingTheParameter(store: SandboxStoreKind, parameter: (query: String, field: String))
        async throws
    {
        let (query, field) = parameter
        try await SandboxHarness.with(store: store) { sandbox in
            let response = try await sandbox.request(.GET, "/profiles?\(query)")
            #expect(response.status == 422)
            let body = try response.decode(ErrorBody.self)
            #expect(body.errors?[field] != nil, "\(body)")
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func filtersByEmailCaseInsensitivelyWithEncodedBrackets(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let page = try await sandbox.request(.GET, "/profiles?filter%5Bemail%5D=OLIVIA.Bennett%40Example.com")
                .decode(PageEnvelope<Profile>.self)
            #expect(page.data.map(\.id.rawValue) == [SandboxSeed.magentoProfileID])
            #expect(page.meta.total == 1)
            let none = try await sandbox.request(.GET, "/profiles?filter%5Bemail%5D=nobody%40example.com")
                .decode(PageEnvelope<Profile>.self)
            #expect(none.data.isEmpty)
            #expect(none.meta.total == 0)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func filtersWithRawBracketsAndPlusAsSpace(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let request =
                "GET /api/v3/profiles?filter[first_name]=olivia&filter[last_name]=BENNETT HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer \(sandbox.apiToken)\r\nConnection: close\r\n\r\n"
            let response = try await RawHTTP.send(request, port: sandbox.port)
            #expect(response.status == 200)
            let page = try JSONDecoder().decode(PageEnvelope<Profile>.self, from: response.body)
            #expect(page.data.map(\.id.rawValue) == [SandboxSeed.magentoProfileID])
            // `+` is a space in a query string, so a literal plus must be sent as %2B.
            let created = try await sandbox.request(
                .POST, "/profiles", json: #"{"first_name":"Plus","last_name":"Sign","email":"a+b@example.com"}"#)
            #expect(created.status == 201)
            let plus = try await sandbox.request(.GET, "/profiles?filter%5Bemail%5D=a%2Bb%40example.com")
                .decode(PageEnvelope<Profile>.self)
            #expect(plus.data.count == 1)
            let space = try await sandbox.request(.GET, "/profiles?filter%5Bemail%5D=a+b%40example.com")
                .decode(PageEnvelope<Profile>.self)
            #expect(space.data.isEmpty)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func filtersByMobileInAnyFormatting(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let page = try await sandbox.request(.GET, "/profiles?filter%5Bmobile_phone%5D=%2B61%20412%20345%20602")
                .decode(PageEnvelope<Profile>.self)
            #expect(page.data.map(\.firstName) == ["Liam"])
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func sortsDescendingAndByMoreThanOneField(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let page = try await sandbox.request(.GET, "/profiles?sort=-last_name,first_name")
                .decode(PageEnvelope<Profile>.self)
            let names = page.data.compactMap(\.lastName)
            #expect(names == names.sorted(by: >))
            #expect(names.first == "Wilson")
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func createsAProfileWithDefaultsAndNormalisedMobile(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"first_name":"Mia","last_name":"Chen","email":"Mia.Chen2@Example.com","mobile_phone":"+61 400-111 223",
                 "gender":"female","birth_day":29,"birth_month":2,"birth_year":1992,"tags":["new"],"region_id":3,
                 "attributes":{"comms":{"email_promo":true,"sms_optout":true}}}
                """
            let response = try await sandbox.request(.POST, "/profiles", json: body)
            #expect(response.status == 201)
            let profile = try response.decode(DataEnvelope<Profile>.self).data
            #expect(profile.id.rawValue == profile.id.rawValue.lowercased())
            #expect(UUID(uuidString: profile.id.rawValue) != nil)
            #expect(profile.fullName == "Mia Chen")
            #expect(profile.email == "Mia.Chen2@Example.com")
            #expect(profile.mobilePhone == "+61400111223")
            #expect(profile.gender == .female)
            #expect(profile.tags == ["new"])
            #expect(profile.attributes.comms[.emailPromo] == true)
            #expect(profile.attributes.comms[CommsKey(.sms, .optout)] == true)
            #expect(profile.attributes.comms[.emailOptout] == false)
            #expect(profile.attributes.comms.flags.count == CommsKey.all.count)
            #expect(profile.createdAt?.count == 19)
            #expect(profile.createdAt?.wholeMatch(of: /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/) != nil)
            let fetched = try await sandbox.request(.GET, "/profiles/\(profile.id)").decode(DataEnvelope<Profile>.self)
            #expect(fetched.data == profile)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func reportsEveryInvalidFieldAtOnce(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let body = """
                {"first_name":"","email":"not-an-email","mobile_phone":"12","gender":"robot","birth_month":13,
                 "tags":"vip","password":"x","attributes":{"comms":{"email_promo":"yes","fax_promo":true}}}
                """
            let response = try await sandbox.request(.POST, "/profiles", json: body)
            #expect(response.status == 422)
            let errors = try #require(try response.decode(ErrorBody.self).errors)
            for field in [
                "first_name", "last_name", "email", "mobile_phone", "gender", "birth_month", "tags", "password",
                "attributes.comms.email_promo", "attributes.comms.fax_promo",
            ] {
                #expect(errors[field] != nil, "\(field) in \(errors)")
            }
            let count = try await sandbox.request(.GET, "/profiles").decode(PageEnvelope<Profile>.self).meta.total
            #expect(count == SandboxSeed.profileIDs.count)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func refusesADuplicateEmailCaseInsensitivelyAndADuplicateMobile(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let email = try await sandbox.request(
                .POST, "/profiles", json: #"{"first_name":"O","last_name":"B","email":"OLIVIA.BENNETT@example.COM"}"#)
            #expect(email.status == 422)
            #expect(try email.decode(ErrorBody.self).errors?["email"] == ["The email has already been taken."])
            let mobile = try await sandbox.request(
                .POST, "/profiles", json: #"{"first_name":"O","last_name":"B","mobile_phone":"+61 412 345 601"}"#)
            #expect(mobile.status == 422)
            #expect(
                try mobile.decode(ErrorBody.self).errors?["mobile_phone"] == [
                    "The mobile phone has already been taken."
                ])
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func updateChangesOnlyTheFieldsSent(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let id = SandboxSeed.profileIDs[1]
            let before = try await sandbox.request(.GET, "/profiles/\(id)").decode(DataEnvelope<Profile>.self).data
            let response = try await sandbox.request(
                .PUT, "/profiles/\(id)", json: #"{"last_name":"Tran","company":null}"#)
            #expect(response.status == 200)
            let after = try response.decode(DataEnvelope<Profile>.self).data
            #expect(after.lastName == "Tran")
            #expect(after.fullName == "Liam Tran")
            #expect(after.company == nil)
            #expect(after.email == before.email)
            #expect(after.mobilePhone == before.mobilePhone)
            #expect(after.identities == before.identities)
            #expect((after.updatedAt ?? "") >= (before.updatedAt ?? ""))

            let taken = try await sandbox.request(
                .PUT, "/profiles/\(id)", json: #"{"email":"Charlotte.Wilson@example.com"}"#)
            #expect(taken.status == 422)
            #expect(try taken.decode(ErrorBody.self).errors?["email"] != nil)
            let own = try await sandbox.request(.PUT, "/profiles/\(id)", json: #"{"email":"LIAM.nguyen@example.com"}"#)
            #expect(own.status == 200)
            let invalid = try await sandbox.request(.PUT, "/profiles/\(id)", json: #"{"first_name":null,"id":"x"}"#)
            #expect(invalid.status == 422)
            #expect(try invalid.decode(ErrorBody.self).errors?.keys.sorted() == ["first_name", "id"])
            let missing = try await sandbox.request(.PUT, "/profiles/00000000-0000-4000-8000-000000000000", json: "{}")
            #expect(missing.status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func deleteAnswers204ThenTheProfileIsGone(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let id = SandboxSeed.profileIDs[3]
            let response = try await sandbox.request(.DELETE, "/profiles/\(id)")
            #expect(response.status == 204)
            #expect(response.body.isEmpty)
            #expect(try await sandbox.request(.GET, "/profiles/\(id)").status == 404)
            #expect(try await sandbox.request(.GET, "/profiles/\(id)/lists/wishlist").status == 404)
            #expect(try await sandbox.request(.DELETE, "/profiles/\(id)").status == 404)
            // the identities went with it
            let search = try await sandbox.request(
                .POST, "/profiles/search-id", json: #"{"type":"magento_id","id":"1004996MH"}"#)
            #expect(search.status == 404)
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func searchIDFindsByIdentityAndByProfileID(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let magento = try await sandbox.request(
                .POST, "/profiles/search-id", json: #"{"type":"magento_id","id":"1004993MH"}"#)
            #expect(magento.status == 200)
            #expect(try magento.decode(DataEnvelope<Profile>.self).data.id.rawValue == SandboxSeed.magentoProfileID)

            let shopify = try await sandbox.request(
                .POST, "/profiles/search-id", json: #"{"type":"shopify","id":6012345678902}"#)
            #expect(try shopify.decode(DataEnvelope<Profile>.self).data.firstName == "Liam")

            let byID = try await sandbox.request(
                .POST, "/profiles/search-id", json: #"{"type":"profile_id","id":"\#(SandboxSeed.profileIDs[2])"}"#)
            #expect(try byID.decode(DataEnvelope<Profile>.self).data.firstName == "Charlotte")

            let unknown = try await sandbox.request(
                .POST, "/profiles/search-id", json: #"{"type":"magento_id","id":"nope"}"#)
            #expect(unknown.status == 404)
            #expect(try unknown.decode(ErrorBody.self) == .notFound)
            let wrongHandle = try await sandbox.request(
                .POST, "/profiles/search-id", json: #"{"type":"shopify","id":"1004993MH"}"#)
            #expect(wrongHandle.status == 404)

            let invalid = try await sandbox.request(.POST, "/profiles/search-id", json: #"{"type":true}"#)
            #expect(invalid.status == 422)
            #expect(try invalid.decode(ErrorBody.self).errors?.keys.sorted() == ["id", "type"])
        }
    }

    @Test(arguments: SandboxHarness.stores)
    func commsMergesOnlyTheFlagsSent(store: SandboxStoreKind) async throws {
        try await SandboxHarness.with(store: store) { sandbox in
            let path = "/profiles/\(SandboxSeed.magentoProfileID)/attributes/comms"
            let before = try await sandbox.request(.GET, path).decode(DataEnvelope<Comms>.self).data
            #expect(before.flags.count == CommsKey.all.count)
            #expect(before[.emailPromo] == true)
            #expect(before[CommsKey(.sms, .promo)] == true)

            let response = try await sandbox.request(.PUT, path, json: #"{"email_promo":false,"post_optout":true}"#)
            #expect(response.status == 200)
            let after = try response.decode(DataEnvelope<Comms>.self).data
            #expect(after.flags.count == CommsKey.all.count)
            #expect(after[.emailPromo] == false)
            #expect(after[CommsKey(.post, .optout)] == true)
            #expect(after[CommsKey(.sms, .promo)] == true)

            let profile = try await sandbox.request(.GET, "/profiles/\(SandboxSeed.magentoProfileID)")
                .decode(DataEnvelope<Profile>.self).data
            #expect(profile.attributes.comms == after)

            let invalid = try await sandbox.request(.PUT, path, json: #"{"email_promo":1,"fax_optout":true}"#)
            #expect(invalid.status == 422)
            #expect(try invalid.decode(ErrorBody.self).errors?.keys.sorted() == ["email_promo", "fax_optout"])
            let unchanged = try await sandbox.request(.GET, path).decode(DataEnvelope<Comms>.self).data
            #expect(unchanged == after)
            #expect(try await sandbox.request(.GET, "/profiles/nobody/attributes/comms").status == 404)
        }
    }
}
