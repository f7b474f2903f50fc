import Foundation
import Hummingbird
import OmneoHTTP
import OmneoModels

/// `/profiles`, `/profiles/{id}`, `/profiles/search-id`.
struct ProfileRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles", use: index)
        group.post("profiles", use: create)
        group.post("profiles/search-id", use: searchID)
        group.get("profiles/:profile", use: show)
        group.put("profiles/:profile", use: update)
        group.delete("profiles/:profile", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let query = try ListQuery.parse(parameters, schema: .profiles)
        let page = try await store.profiles(query)
        let profiles = try await Resources.profiles(page.items, store: store)
        return Respond.page(profiles, total: page.total, page: query.page, request: request, parameters: parameters)
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        var (input, errors) = ProfileInput.read(try await request.jsonObject(), mode: .create)
        try await checkUnique(input, excluding: nil, errors: &errors)
        try errors.check()
        let now = Timestamp.now()
        var record = ProfileRecord(id: UUID().uuidString.lowercased(), createdAt: now, updatedAt: now)
        let plan = try await ProfileDates.plan(input.dates, profileID: record.id, store: store)
        input.apply(to: &record)
        try await rejectingDuplicates { try await store.insertProfile(record) }
        let dates = try await ProfileDates.write(input.dates, plan, profileID: record.id, store: store, now: now)
        return Respond.created(Resources.profile(record, identities: [], dates: dates))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let record = try await store.profile(id: try context.profileID()).orNotFound()
        return Respond.data(try await Resources.profiles([record], store: store)[0])
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try context.profileID()
        _ = try await store.profile(id: id).orNotFound()
        let (input, found) = ProfileInput.read(try await request.jsonObject(), mode: .update)
        var errors = found
        try await checkUnique(input, excluding: id, errors: &errors)
        try errors.check()
        let plan = try await ProfileDates.plan(input.dates, profileID: id, store: store)
        let now = Timestamp.now()
        let record = try await rejectingDuplicates {
            try await store.updateProfile(id: id) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }.orNotFound()
        _ = try await ProfileDates.write(input.dates, plan, profileID: id, store: store, now: now)
        return Respond.data(try await Resources.profiles([record], store: store)[0])
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        try await store.deleteProfile(id: try context.profileID()).orNotFound()
        return Respond.noContent()
    }

    /// `POST /profiles/search-id` `{"type": handle, "id": identifier}`; `type` `profile_id`
    /// finds a profile by its own id.
    @Sendable func searchID(_ request: Request, context: BasicRequestContext) async throws -> Response {
        var reader = InputReader(try await request.jsonObject(), mode: .create, allowed: ["type", "id"])
        let type = reader.string("type", required: true, maxLength: 100).value
        let identifier = reader.identifier("id", required: true).value
        try reader.errors.check()
        guard let type, let identifier else { throw OmneoHTTPError.notFound }
        let profileID =
            type == IdentitySearch.profileIDType
            ? identifier.lowercased()
            : try await store.profileID(identityHandle: type, identifier: identifier).orNotFound()
        let record = try await store.profile(id: profileID).orNotFound()
        return Respond.data(try await Resources.profiles([record], store: store)[0])
    }

    /// Adds "already taken" for an e-mail or mobile that another profile has. The unique
    /// indexes stay the guarantee against concurrent writers; this reports it with the rest.
    private func checkUnique(_ input: ProfileInput, excluding id: String?, errors: inout FieldErrors) async throws {
        if let email = input.email.value, !errors.has("email") {
            let condition = StoreCondition.equals(
                column: "email_canonical", value: .text(ContactRules.canonicalEmail(email)))
            if try await isTaken(condition, excluding: id) { errors.add("email", takenMessage("email")) }
        }
        if let mobile = input.mobilePhone.value, !errors.has("mobile_phone") {
            if try await isTaken(.equals(column: "mobile_phone", value: .text(mobile)), excluding: id) {
                errors.add("mobile_phone", takenMessage("mobile_phone"))
            }
        }
    }

    private func isTaken(_ condition: StoreCondition, excluding id: String?) async throws -> Bool {
        let found = try await store.profiles(StoreQuery(conditions: [condition], page: PageRequest(number: 1, size: 2)))
        return found.items.contains { $0.id != id }
    }
}
