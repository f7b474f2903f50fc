import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OmneoIDConfiguration
import OmneoTestSupport
import Testing

/// The profile policy through the proxy: allowed writes reach the upstream byte for byte,
/// refused ones are 403 with nothing sent upstream.
extension ProfileProxyTests {
    static let unauthorized = #"{"message":"This action is unauthorized."}"#

    /// Allowed writes under `default`, each with a body as a front end sends it.
    static let allowedWrites: [(HTTPMethod, String, String)] = [
        (.PUT, "", #"{"first_name":"Ada","last_name" : "Lovelace","mobile_phone":"+61400000001"}"#),
        (.PATCH, "", #"{"birth_day":10,"birth_month":12}"#),
        (.PUT, "/attributes/comms", #"{"email_promo":true,"sms_optout":false}"#),
        (.PATCH, "/comms", #"{"push_promo":false}"#),
        (.PUT, "/attributes/appearance", #"{"shoe_size":"42"}"#),
        (.POST, "/attributes/dates", #"{"handle":"anniversary","date":"2020-01-01"}"#),
        (.DELETE, "/attributes/dates/3", ""),
        (.PUT, "/attributes/custom/shop:size", #"{"value":"M"}"#),
        (.POST, "/addresses", #"{"address_line_1":"1 George St","city":"Sydney"}"#),
        (.PUT, "/addresses/7", #"{"city":"Melbourne"}"#),
        (.DELETE, "/addresses/7", ""),
        (.POST, "/lists", #"{"handle":"gifts","name":"Gifts"}"#),
        (.POST, "/lists/wishlist/items", #"{"sku":"SKU-1","quantity":1}"#),
        (.DELETE, "/lists/wishlist/items/42", ""),
        (.POST, "/redeem", #"{"amount":10}"#),
        (.POST, "/benefits/12/redeem", "{}"),
    ]

    /// `method` on `/profiles/me{path}` with `body` as JSON (none when empty).
    func write(
        _ method: HTTPMethod, _ path: String, _ body: String, gateway: GatewayHarness, token: String
    ) async throws -> (status: UInt, headers: HTTPHeaders, body: String) {
        try await send(
            method, "\(gateway.baseURL)/profiles/me\(path)", token: token,
            headers: body.isEmpty ? [] : [("Content-Type", "application/json")], body: body.isEmpty ? nil : body)
    }

    @Test(arguments: allowedWrites)
    func anAllowedWriteReachesTheUpstreamByteForByte(method: HTTPMethod, path: String, body: String) async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await write(method, path, body, gateway: gateway, token: token)
            #expect(response.status == 200, "\(method) \(path): \(response.body)")
            let recorded = try #require(upstream.requests.first)
            #expect(recorded.method == method.rawValue)
            // Segments are re-encoded (every byte outside `A-Za-z0-9-._~`): `ns:handle` goes up as `ns%3Ahandle`.
            #expect(recorded.path == "/api/v3/profiles/\(Self.profileID)\(path.replacingOccurrences(of: ":", with: "%3A"))")
            #expect(recorded.body == Data(body.utf8))
            if !body.isEmpty { #expect(recorded.values("Content-Type") == ["application/json"]) }
        }
    }

    /// Refused under `default`: identities, tags, profile type, `*_bounced`, purge, resync, …
    static let refusedWrites: [(HTTPMethod, String, String)] = [
        (.POST, "/identities", #"{"handle":"magento_id","identifier":"1005000"}"#),
        (.PUT, "/identities/magento_id", #"{"identifier":"1005000"}"#),
        (.DELETE, "/identities/id/4", ""),
        (.PUT, "", #"{"first_name":"Ada","tags":["vip","staff-discount"]}"#),
        (.PATCH, "", #"{"identities":[{"handle":"magento_id","identifier":"1"}]}"#),
        (.PUT, "", #"{"profile_type":"staff"}"#),
        (.PUT, "", #"{"attributes":{"comms":{"email_promo":true}}}"#),
        (.PUT, "", #"{"t\u0061gs":["vip"]}"#),
        (.PUT, "/attributes/comms", #"{"email_promo":true,"email_bounced":true}"#),
        (.PATCH, "/comms", #"{"sms_bounced":null}"#),
        (.DELETE, "", ""),
        (.POST, "/purge", "{}"),
        (.POST, "/resync", "{}"),
        (.POST, "/update-type", #"{"type":"staff"}"#),
        (.POST, "/transactions", "{}"),
        (.POST, "/points", "{}"),
        (.PUT, "/attachments", "x"),
    ]

    @Test(arguments: refusedWrites)
    func aRefusedWriteIs403AndNothingGoesUpstream(method: HTTPMethod, path: String, body: String) async throws {
        try await withProxy { upstream, gateway, token in
            let response = try await write(method, path, body, gateway: gateway, token: token)
            #expect(response.status == 403, "\(method) \(path)")
            #expect(response.body == Self.unauthorized)
            #expect(upstream.requests.isEmpty)
        }
    }

    @Test func readsOfEverySubResourceStillGoUpstream() async throws {
        try await withProxy { upstream, gateway, token in
            for path in ["", "/identities", "/transactions", "/attributes/comms", "/tiers"] {
                let response = try await send(.GET, "\(gateway.baseURL)/profiles/me\(path)", token: token)
                #expect(response.status == 200, "GET \(path)")
            }
            #expect(upstream.requests.count == 5)
        }
    }

    @Test func openForwardsEverythingAsBefore() async throws {
        try await withProxy(configure: { $0.profilePolicy = .open }) { upstream, gateway, token in
            for (method, path, body) in Self.refusedWrites where path != "/attachments" {
                let response = try await write(method, path, body, gateway: gateway, token: token)
                #expect(response.status == 200, "\(method) \(path)")
                #expect(upstream.requests.last?.body == Data(body.utf8))
            }
            #expect(upstream.requests.count == Self.refusedWrites.count - 1)
        }
    }

    @Test(arguments: ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "Application/X-WWW-Form-Urlencoded"])
    func formBodiesAre415WhateverThePolicy(contentType: String) async throws {
        for policy in [OmneoIDSettings.ProfilePolicyChoice.hardened, .open] {
            try await withProxy(configure: { $0.profilePolicy = policy }) { upstream, gateway, token in
                let response = try await send(
                    .POST, "\(gateway.baseURL)/profiles/me/lists", token: token, headers: [("Content-Type", contentType)],
                    body: "_method=DELETE")
                #expect(response.status == 415)
                #expect(response.body.contains("message"))
                #expect(upstream.requests.isEmpty)
            }
        }
    }

    @Test func fieldCheckedWritesMustBeSmallJSONObjects() async throws {
        try await withProxy { upstream, gateway, token in
            let me = "\(gateway.baseURL)/profiles/me"
            let text = try await send(.PUT, me, token: token, headers: [("Content-Type", "text/plain")], body: #"{"tags":[1]}"#)
            #expect(text.status == 415)
            let none = try await send(.PUT, me, token: token, body: #"{"tags":[1]}"#)
            #expect(none.status == 415)
            let array = try await send(.PUT, me, token: token, headers: [("Content-Type", "application/json")], body: "[1]")
            #expect(array.status == 400)
            #expect(array.body == #"{"message":"The request body must be a JSON object."}"#)
            let broken = try await send(
                .PUT, me, token: token, headers: [("Content-Type", "application/json")], body: #"{"first_name":"#)
            #expect(broken.status == 400)
            #expect(broken.body == #"{"message":"The request body is not valid JSON."}"#)
            let big = "{\"first_name\":\"" + String(repeating: "a", count: 64 * 1024) + "\"}"
            let large = try await send(.PUT, me, token: token, headers: [("Content-Type", "application/json")], body: big)
            #expect(large.status == 413)
            #expect(upstream.requests.isEmpty)
            // charset parameter is fine, and so is a chunked body.
            var chunked = HTTPClientRequest(url: me)
            chunked.method = .PATCH
            chunked.headers.add(name: "Authorization", value: "Bearer \(token)")
            chunked.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            chunked.body = .bytes(Array(#"{"first_name":"Ada"}"#.utf8), length: .unknown)
            let answer = try await HTTPClient.shared.execute(chunked, timeout: .seconds(30))
            #expect(answer.status.code == 200)
            #expect(upstream.requests.first?.body == Data(#"{"first_name":"Ada"}"#.utf8))
        }
    }

    @Test func aRulesFileIsFollowedAndReloaded() async throws {
        let path = NSTemporaryDirectory() + "omneo-id-policy-\(UUID().uuidString).yaml"
        try "rules:\n  - resource: /**\n    methods: [GET]\n  - resource: /identities\n    methods: [POST]\n    refused_fields: [handle]\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await withProxy(configure: { $0.profilePolicy = .rulesFile(path) }) { upstream, gateway, token in
            let json = [("Content-Type", "application/json")]
            let identities = "\(gateway.baseURL)/profiles/me/identities"
            #expect(try await send(.POST, identities, token: token, headers: json, body: #"{"identifier":"1"}"#).status == 200)
            #expect(try await send(.POST, identities, token: token, headers: json, body: #"{"handle":"x"}"#).status == 403)
            #expect(try await send(.POST, "\(gateway.baseURL)/profiles/me/lists", token: token, headers: json, body: "{}").status == 403)
            #expect(try await send(.HEAD, identities, token: token).status == 403)
            #expect(upstream.requests.count == 1)

            try "rules:\n  - resource: /lists/**\n    methods: [POST]\n".write(toFile: path, atomically: true, encoding: .utf8)
            try gateway.gateway.reloadProfilePolicy()
            #expect(try await send(.POST, "\(gateway.baseURL)/profiles/me/lists", token: token, headers: json, body: "{}").status == 200)
            #expect(try await send(.GET, identities, token: token).status == 403)
        }
    }
}
