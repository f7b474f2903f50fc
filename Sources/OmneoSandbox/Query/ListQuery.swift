import Foundation
import OmneoHTTP
import OmneoModels

/// Reads paging (`page[size]`, `page[number]`, or `per_page`, `page`), `sort` and
/// `filter[…]` from a query string, one implementation for every collection.
///
/// Every problem is reported at once as a 422 naming the parameter. Parameters the endpoint
/// does not know (other than `filter[…]`) are ignored, as Laravel does.
enum ListQuery {
    static func parse(_ parameters: QueryParameters, schema: ListQuerySchema) throws -> StoreQuery {
        var errors = FieldErrors()
        let page = parsePage(parameters, errors: &errors)
        let sort = parseSort(parameters["sort"], schema: schema, errors: &errors)
        let conditions = parseFilters(parameters, schema: schema, errors: &errors)
        try errors.check()
        return StoreQuery(conditions: conditions, sort: sort, page: page)
    }

    /// The largest page number accepted (keeps offsets far from overflow).
    static let maximumPageNumber = 1_000_000

    static func parsePage(_ parameters: QueryParameters, errors: inout FieldErrors) -> PageRequest {
        var page = PageRequest()
        for name in ["page[size]", "per_page"] {
            guard let text = parameters[name] else { continue }
            if let size = Int(text), (1...PageRequest.maximumSize).contains(size) {
                page.size = size
            } else {
                errors.add(name, "The \(name) must be an integer between 1 and \(PageRequest.maximumSize).")
            }
            break
        }
        for name in ["page[number]", "page"] {
            guard let text = parameters[name] else { continue }
            if let number = Int(text), (1...maximumPageNumber).contains(number) {
                page.number = number
            } else {
                errors.add(name, "The \(name) must be an integer between 1 and \(maximumPageNumber).")
            }
            break
        }
        return page
    }

    static func parseSort(_ text: String?, schema: ListQuerySchema, errors: inout FieldErrors) -> [StoreSort] {
        guard let text else { return schema.defaultSort }
        var sort: [StoreSort] = []
        for term in text.split(separator: ",", omittingEmptySubsequences: false) {
            let term = term.trimmingCharacters(in: .whitespaces)
            let descending = term.hasPrefix("-")
            let field = descending ? String(term.dropFirst()) : term
            guard let column = schema.sortFields[field] else {
                let allowed = schema.sortFields.keys.sorted().joined(separator: ", ")
                errors.add(
                    "sort",
                    allowed.isEmpty
                        ? "Sorting is not supported here."
                        : "The sort field \"\(field)\" is not supported. Allowed: \(allowed).")
                continue
            }
            sort.append(StoreSort(column: column, descending: descending))
        }
        return sort
    }

    static func parseFilters(_ parameters: QueryParameters, schema: ListQuerySchema, errors: inout FieldErrors)
        -> [StoreCondition]
    {
        var conditions: [StoreCondition] = []
        for (key, value) in parameters.pairs where key.hasPrefix("filter[") && key.hasSuffix("]") {
            let field = String(key.dropFirst("filter[".count).dropLast())
            guard let rule = schema.filters[field] else {
                errors.add(key, "The filter \"\(field)\" is not supported.")
                continue
            }
            guard !value.isEmpty else {
                errors.add(key, "The \(key) filter must not be empty.")
                continue
            }
            switch rule {
            case .exact(let column):
                conditions.append(.equals(column: column, value: .text(value)))
            case .exactIgnoringCase(let column):
                conditions.append(.equalsIgnoringCase(column: column, value: value))
            case .contains(let column):
                conditions.append(.containsIgnoringCase(column: column, value: value))
            case .email(let column):
                conditions.append(.equals(column: column, value: .text(ContactRules.canonicalEmail(value))))
            case .mobile(let column):
                conditions.append(.equals(column: column, value: .text(ContactRules.e164(value) ?? value)))
            case .integer(let column):
                if let number = Int(value) {
                    conditions.append(.equals(column: column, value: .integer(number)))
                } else {
                    errors.add(key, "The \(key) filter must be an integer.")
                }
            case .boolean(let column):
                switch value.lowercased() {
                case "1", "true": conditions.append(.equals(column: column, value: .bool(true)))
                case "0", "false": conditions.append(.equals(column: column, value: .bool(false)))
                default: errors.add(key, "The \(key) filter must be 1, 0, true or false.")
                }
            }
        }
        return conditions
    }
}
