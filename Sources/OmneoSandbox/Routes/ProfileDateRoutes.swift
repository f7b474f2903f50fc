import Hummingbird
import OmneoHTTP

/// `/profiles/{id}/attributes/dates[/{date}]`, as `omneo-sdk` `src/id/resources/profile/attributes/dates`
/// calls it: GET lists every date (`{"data": [...]}`, not paged); PUT creates or updates one
/// by handle; DELETE answers the dates that remain (the SDK reads them).
struct ProfileDateRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/attributes/dates", use: index)
        group.put("profiles/:profile/attributes/dates", use: upsert)
        group.get("profiles/:profile/attributes/dates/:date", use: show)
        group.put("profiles/:profile/attributes/dates/:date", use: update)
        group.delete("profiles/:profile/attributes/dates/:date", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        return Respond.data(try await store.dates(profileIDs: [profileID]).map(Resources.date))
    }

    @Sendable func upsert(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        var errors = FieldErrors()
        let input = ProfileDateInput.read(try await request.jsonObject(), prefix: "", errors: &errors)
        try errors.check()
        let plan = try await ProfileDates.plan([(input, "")], profileID: profileID, store: store)
        let written = try await ProfileDates.write(
            [(input, "")], plan, profileID: profileID, store: store, now: Timestamp.now())
        return Respond.data(Resources.date(written[0]))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let date = try await store.date(profileID: try context.profileID(), try context.resourceKey("date"))
        return Respond.data(Resources.date(try date.orNotFound()))
    }

    @Sendable func update(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let key = try context.resourceKey("date")
        _ = try await store.date(profileID: profileID, key).orNotFound()
        var errors = FieldErrors()
        // the path names the date, so `handle` may be left out (and, if sent, renames it)
        let input = ProfileDateInput.read(
            try await request.jsonObject(), prefix: "", handleRequired: false, errors: &errors)
        try errors.check()
        let now = Timestamp.now()
        let updated = try await rejectingDuplicates {
            try await store.updateDate(profileID: profileID, key) { record in
                input.apply(to: &record)
                record.updatedAt = now
            }
        }
        return Respond.data(Resources.date(try updated.orNotFound()))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        try await store.deleteDate(profileID: profileID, try context.resourceKey("date")).orNotFound()
        return Respond.data(try await store.dates(profileIDs: [profileID]).map(Resources.date))
    }
}
