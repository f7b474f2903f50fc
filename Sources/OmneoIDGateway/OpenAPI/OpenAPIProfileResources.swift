import HTTPTypes

/// The documented sub-resources of `/profiles/me` that get their own entry in the OpenAPI
/// document (DESIGN §2.2): the methods Omneo (and the sandbox) serve there and the shared
/// models (OmneoModels) their bodies follow. Everything else under `/profiles/me` is
/// described by the `/profiles/me/{path}` fallback.
struct OpenAPIProfileResource: Sendable {
    /// One method on the resource: the schema of the request body (if any) and of the answer.
    struct Method: Sendable {
        let method: HTTPRequest.Method
        let summary: String
        /// The `components.schemas` name of the JSON request body.
        let request: String?
        /// The `components.schemas` name of the success answer; `nil` for 204 and HEAD.
        let answer: String?

        /// The status Omneo answers on success.
        var successStatus: Int {
            switch method {
            case .post: 201
            case .delete: 204
            default: 200
            }
        }
    }

    /// A `{name}` segment of the path.
    struct Parameter: Sendable {
        let name: String
        let description: String
        let type: String
        /// A pattern every valid value matches, if any.
        var pattern: String? = nil
        /// A value the profile policy is asked about for this segment.
        let sample: String
    }

    /// Below `/profiles/me`, e.g. `/lists/{list}/items`.
    let path: String
    /// The operationId stem, e.g. `ProfileListItems`.
    let name: String
    let parameters: [Parameter]
    let methods: [Method]

    /// The path with each parameter replaced by its sample, as the policy sees it.
    var sampleSegments: [PathSegment] {
        path.split(separator: "/").compactMap { segment in
            if segment.hasPrefix("{"), let parameter = parameters.first(where: { "{\($0.name)}" == segment }) {
                return PathSegment(decoded: parameter.sample)
            }
            return PathSegment(decoded: String(segment))
        }
    }
}

extension OpenAPIProfileResource {
    static let list = Parameter(
        name: "list", description: "The list's handle (e.g. `wishlist`) or numeric id.", type: "string", sample: "wishlist")
    static let item = Parameter(name: "item", description: "The list item's id.", type: "integer", sample: "1")
    static let address = Parameter(name: "address", description: "The address's id.", type: "integer", sample: "1")
    static let attribute = Parameter(
        name: "attribute", description: "The custom attribute as `namespace:handle`, e.g. `loyalty:tier_note`.",
        type: "string", pattern: "^[^/:]+:[^/:]+$", sample: "namespace:handle")

    /// One member of a collection: GET, PUT (of `fields`) and DELETE; `answer` defaults to `{name}Envelope`.
    static func member(
        _ path: String, _ name: String, _ parameters: [Parameter], noun: String, fields: String, answer: String? = nil
    ) -> OpenAPIProfileResource {
        let answer = answer ?? name + "Envelope"
        return OpenAPIProfileResource(
            path: path, name: name, parameters: parameters,
            methods: [
                Method(method: .get, summary: "One \(noun)", request: nil, answer: answer),
                Method(method: .put, summary: "Change the \(noun)", request: fields, answer: answer),
                Method(method: .delete, summary: "Remove the \(noun)", request: nil, answer: nil),
            ])
    }

    /// Every sub-resource with its own entry, in the order of DESIGN §2.2.
    static let all: [OpenAPIProfileResource] = [
        OpenAPIProfileResource(
            path: "/attributes/comms", name: "ProfileComms", parameters: [],
            methods: [
                Method(method: .get, summary: "The shopper's communication preferences", request: nil, answer: "CommsEnvelope"),
                Method(method: .put, summary: "Set communication preferences", request: "Comms", answer: "CommsEnvelope"),
            ]),
        OpenAPIProfileResource(
            path: "/addresses", name: "ProfileAddresses", parameters: [],
            methods: [
                Method(method: .get, summary: "The shopper's addresses", request: nil, answer: "ProfileAddressPage"),
                Method(method: .post, summary: "Add an address", request: "ProfileAddressFields", answer: "ProfileAddressEnvelope"),
            ]),
        member("/addresses/{address}", "ProfileAddress", [address], noun: "address", fields: "ProfileAddressFields"),
        OpenAPIProfileResource(
            path: "/lists", name: "ProfileLists", parameters: [],
            methods: [
                Method(method: .get, summary: "The shopper's lists", request: nil, answer: "ProfileListPage"),
                Method(method: .post, summary: "Create a list", request: "ProfileListFields", answer: "ProfileListEnvelope"),
            ]),
        member("/lists/{list}", "ProfileList", [list], noun: "list", fields: "ProfileListFields"),
        OpenAPIProfileResource(
            path: "/lists/{list}/items", name: "ProfileListItems", parameters: [list],
            methods: [
                Method(method: .get, summary: "The items of a list (e.g. the wishlist)", request: nil, answer: "ListItemPage"),
                Method(method: .post, summary: "Add an item to a list", request: "ListItemFields", answer: "ListItemEnvelope"),
            ]),
        member(
            "/lists/{list}/items/{item}", "ProfileListItem", [list, item], noun: "list item", fields: "ListItemFields",
            answer: "ListItemEnvelope"),
        OpenAPIProfileResource(
            path: "/identities", name: "ProfileIdentities", parameters: [],
            methods: [
                Method(method: .get, summary: "The shopper's identities", request: nil, answer: "IdentityPage"),
                Method(method: .post, summary: "Add an identity", request: "IdentityFields", answer: "IdentityEnvelope"),
            ]),
        OpenAPIProfileResource(
            path: "/attributes/dates", name: "ProfileDates", parameters: [],
            methods: [
                Method(method: .get, summary: "The shopper's important dates", request: nil, answer: "ProfileDateList"),
                Method(method: .put, summary: "Add or change an important date", request: "ProfileDateFields", answer: "ProfileDateEnvelope"),
            ]),
        member(
            "/attributes/custom/{attribute}", "ProfileCustomAttribute", [attribute], noun: "custom attribute",
            fields: "CustomAttributeFields", answer: "CustomAttributeEnvelope"),
        OpenAPIProfileResource(
            path: "/attributes/appearance", name: "ProfileAppearance", parameters: [],
            methods: [
                Method(method: .get, summary: "The shopper's appearance and sizes", request: nil, answer: "ProfileAppearanceEnvelope"),
                Method(method: .put, summary: "Set appearance and sizes", request: "ProfileAppearance", answer: "ProfileAppearanceEnvelope"),
            ]),
        OpenAPIProfileResource(
            path: "/balances", name: "ProfileBalances", parameters: [],
            methods: [Method(method: .get, summary: "The shopper's balances", request: nil, answer: "ProfileBalancesEnvelope")]),
        OpenAPIProfileResource(
            path: "/regions", name: "ProfileRegions", parameters: [],
            methods: [
                Method(method: .get, summary: "The shopper's regions", request: nil, answer: "RegionList"),
                Method(method: .post, summary: "Add the shopper to a region", request: "ProfileRegionFields", answer: "RegionList"),
            ]),
    ]
}
