import Foundation
import Hummingbird
import OmneoHTTP
import OmneoModels

/// `/profiles/{id}/lists/{list}/shares[/{share}]`, as `omneo-sdk`
/// `src/id/resources/profile/lists/shares` calls it: POST (no body needed) makes a share link
/// with a random `handle`, 201; GET lists the list's shares; DELETE → 204. Sharing is not
/// limited by the definition's `allow_share`: the SDK's share scenarios create definitions
/// without it and expect 201 (docs/DECISIONS.md, "Lists").
struct ListShareRoutes {
    let store: any SandboxStore

    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("profiles/:profile/lists/:list/shares", use: index)
        group.post("profiles/:profile/lists/:list/shares", use: create)
        group.delete("profiles/:profile/lists/:list/shares/:share", use: delete)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await ListItemRoutes.listID(context, store: store)
        return Respond.data(try await store.listShares(listID: listID).map(Resources.listShare))
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let list = try await ListItemRoutes.list(context, store: store)
        // A body is optional (the SDK sends none); when sent it must be a JSON object without fields.
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maximumBodySize)
        } catch {
            throw OmneoHTTPError(.contentTooLarge, message: "The request body is too large.")
        }
        if body.readableBytes > 0 {
            guard case .object(let object) = try JSONBody.parse(body) else {
                throw OmneoHTTPError.badRequest("The request body must be a JSON object.")
            }
            try InputReader(object, mode: .create, allowed: []).errors.check()
        }
        let now = Timestamp.now()
        let handle = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let record = ListShareRecord(
            listID: try list.id.orNotFound(), profileID: list.profileID, handle: handle, createdAt: now, updatedAt: now)
        return Respond.created(Resources.listShare(try await store.insertListShare(record)))
    }

    @Sendable func delete(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let listID = try await ListItemRoutes.listID(context, store: store)
        try await store.deleteListShare(listID: listID, id: try context.integer("share")).orNotFound()
        return Respond.noContent()
    }
}
