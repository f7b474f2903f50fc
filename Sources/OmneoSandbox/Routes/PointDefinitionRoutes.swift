import Hummingbird
import OmneoHTTP

/// `GET /points/definitions[/{definition}]`: the tenant's point definitions, read-only from
/// ``SandboxPointDefinitions`` (paged; 404 for an unknown id). Omneo's admin writes are not
/// served yet (see docs/DECISIONS.md).
struct PointDefinitionRoutes {
    func register(on group: RouterGroup<BasicRequestContext>) {
        group.get("points/definitions", use: index)
        group.get("points/definitions/:definition", use: show)
    }

    @Sendable func index(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let parameters = try request.queryParameters()
        let page = try ListQuery.parse(parameters, schema: .pagingOnly).page
        let all = SandboxPointDefinitions.all
        return Respond.page(
            Array(all.dropFirst(page.offset).prefix(page.size)), total: all.count, page: page, request: request,
            parameters: parameters)
    }

    @Sendable func show(_ request: Request, context: BasicRequestContext) async throws -> Response {
        Respond.data(try SandboxPointDefinitions.definition(id: try context.integer("definition")).orNotFound())
    }
}
