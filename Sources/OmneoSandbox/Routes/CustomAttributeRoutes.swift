import Hummingbird
import OmneoHTTP
import OmneoModels

/// `/profiles/{id}/attributes/custom[/{namespace}:{handle}]`, as `omneo-sdk`
/// `src/id/resources/profile/attributes/custom` calls it: GET lists every attribute
/// (`{"data": [...]}`, not paged) or one; PUT creates or replaces one; DELETE → 204.
struct CustomAttributeRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/attributes/custom", use: index)
        group.get("profiles/:profile/attributes/custom/:attribute", use: show)
        group.put("profiles/:profile/attributes/custom/:attribute", use: upsert)
        group.delete("profiles/:profile/attributes/custom/:attribute", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        _ = try await store.profile(id: profileID).orNotFound()
        return Respond.data(try await store.customAttributes(profileID: profileID).map(Resources.customAttribute))
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (namespace, handle) = try Self.key(context)
        let record = try await store.customAttribute(
            profileID: try context.profileID(), namespace: namespace, handle: handle)
        return Respond.data(Resources.customAttribute(try record.orNotFound()))
    }

    @Sendable func upsert(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let profileID = try context.profileID()
        let (namespace, handle) = try Self.key(context)
        _ = try await store.profile(id: profileID).orNotFound()
        let existing = try await store.customAttribute(profileID: profileID, namespace: namespace, handle: handle)
        let input = try CustomAttributeInput.read(
            try await request.jsonObject(), existingType: existing.map { CustomAttributeType(rawValue: $0.type) })
        let now = Timestamp.now()
        let type = (input.type ?? .string).rawValue
        let value = JSONText.encode(input.value)
        let record: CustomAttributeRecord
        if existing != nil {
            record = try await store.updateCustomAttribute(profileID: profileID, namespace: namespace, handle: handle) {
                record in
                record.type = type
                record.value = value
                record.updatedAt = now
            }.orNotFound()
        } else {
            record = try await rejectingDuplicates {
                try await store.insertCustomAttribute(
                    CustomAttributeRecord(
                        profileID: profileID, namespace: namespace, handle: handle, type: type, value: value,
                        createdAt: now, updatedAt: now))
            }
        }
        return Respond.data(Resources.customAttribute(record))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (namespace, handle) = try Self.key(context)
        try await store.deleteCustomAttribute(profileID: try context.profileID(), namespace: namespace, handle: handle)
            .orNotFound()
        return Respond.noContent()
    }

    /// `{namespace}:{handle}` (percent-decoded, split at the first `:`); 404 unless both are there.
    /// The `{namespace}:{handle}` path parameter `parameter`; 404 when it is not one.
    static func key(_ context: BasicRequestContext, parameter: String = "attribute") throws
        -> (namespace: String, handle: String)
    {
        let text = try context.text(parameter)
        guard let colon = text.firstIndex(of: ":") else { throw OmneoHTTPError.notFound }
        let namespace = String(text[..<colon])
        let handle = String(text[text.index(after: colon)...])
        guard !namespace.isEmpty, !handle.isEmpty, namespace.count <= 100, handle.count <= 100 else {
            throw OmneoHTTPError.notFound
        }
        return (namespace, handle)
    }
}
