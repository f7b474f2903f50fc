import Foundation
import Logging
import OmneoModels
import OmneoTestSupport
import Testing

/// `POST /id/api/v1/profiles` against a real sandbox, read back through the sandbox's API.
@Suite struct FindOrCreateTests {
    @Test func aNewEmailCreatesAProfileWithTheDefaults() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let answer = try await FindOrCreate.post(gateway, ["email": "new.shopper@example.com"], token: anonymous)
            #expect(answer.status == 200)
            #expect(answer.body == FindOrCreate.success)
            let found = try await FindOrCreate.profiles(sandbox, "email", "new.shopper@example.com")
            let profile = try #require(found.first)
            #expect(found.count == 1)
            #expect(profile.firstName == "unknown")
            #expect(profile.lastName == "unknown")
            #expect(profile.attributes.comms[.emailPromo] == true)
            #expect(profile.attributes.comms[.emailOptout] == false)
        }
    }

    @Test func aNewProfileKeepsTheDetailsAndFlagsSent() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let answer = try await FindOrCreate.post(
                gateway,
                [
                    "email": "Ava.Details@Example.com", "mobile_phone": "+61 412 000 111", "first_name": "Ava",
                    "last_name": "Details", "gender": "female", "birth_day": 29, "birth_month": 2, "birth_year": 1992,
                    "tags": ["newsletter"], "attributes": ["comms": ["email_promo": false, "sms_promo": true]],
                ], token: anonymous)
            #expect(answer.status == 200)
            let profile = try #require(try await FindOrCreate.profiles(sandbox, "email", "ava.details@example.com").first)
            #expect(profile.firstName == "Ava")
            #expect(profile.lastName == "Details")
            #expect(profile.email == "Ava.Details@Example.com")
            #expect(profile.mobilePhone == "+61412000111")
            #expect(profile.gender == .female)
            #expect(profile.birthDay == 29 && profile.birthMonth == 2 && profile.birthYear == 1992)
            #expect(profile.tags == ["newsletter"])
            #expect(profile.attributes.comms[.emailPromo] == false)
            #expect(profile.attributes.comms[.emailOptout] == false)
            #expect(profile.attributes.comms[CommsKey(.sms, .promo)] == true)
        }
    }

    @Test func anExistingProfileGetsOnlyItsCommsChangedEvenWhenNamesAreSent() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let id = try await FindOrCreate.seed(
                sandbox,
                [
                    "first_name": "Olivia", "last_name": "Bennett", "email": "olivia@example.com", "title": "Ms",
                    "attributes": ["comms": ["email_promo": true, "sms_promo": true]],
                ])
            let before = try await sandbox.request(.GET, "/profiles/\(id)").decode(DataEnvelope<Profile>.self).data
            let answer = try await FindOrCreate.post(
                gateway,
                [
                    "email": "olivia@example.com", "first_name": "Mallory", "last_name": "Intruder", "title": "Dr",
                    "gender": "other", "tags": ["hacked"], "attributes": ["comms": ["email_optout": true]],
                ], token: anonymous)
            #expect(answer.status == 200)
            #expect(answer.body == FindOrCreate.success)
            let after = try await sandbox.request(.GET, "/profiles/\(id)").decode(DataEnvelope<Profile>.self).data
            #expect(after.firstName == "Olivia")
            #expect(after.lastName == "Bennett")
            #expect(after.title == "Ms")
            #expect(after.gender == nil)
            #expect(after.tags == before.tags)
            var expected = before.attributes.comms
            expected[.emailOptout] = true
            #expect(after.attributes.comms.flags == expected.flags)  // comms also carry updated_at
            #expect(try await FindOrCreate.count(sandbox) == 1)
        }
    }

    @Test func withoutAnEmailTheMobileMatchesInAnyFormat() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let id = try await FindOrCreate.seed(
                sandbox, ["first_name": "Liam", "last_name": "Nguyen", "mobile_phone": "+61412345678"])
            let answer = try await FindOrCreate.post(
                gateway, ["mobile_phone": "+61 (4) 1234-5678", "attributes": ["comms": ["sms_optout": true]]],
                token: anonymous)
            #expect(answer.status == 200)
            #expect(try await FindOrCreate.count(sandbox) == 1)
            let after = try await sandbox.request(.GET, "/profiles/\(id)").decode(DataEnvelope<Profile>.self).data
            #expect(after.attributes.comms[CommsKey(.sms, .optout)] == true)
            #expect(after.firstName == "Liam")
        }
    }

    @Test func anUnknownEmailFallsBackToTheMobile() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let id = try await FindOrCreate.seed(
                sandbox,
                ["first_name": "Noah", "last_name": "Singh", "email": "noah@example.com", "mobile_phone": "+61412345604"])
            let answer = try await FindOrCreate.post(
                gateway,
                [
                    "email": "other@example.com", "mobile_phone": "+61-412-345-604",
                    "attributes": ["comms": ["push_promo": true]],
                ], token: anonymous)
            #expect(answer.status == 200)
            #expect(try await FindOrCreate.count(sandbox) == 1)
            let after = try await sandbox.request(.GET, "/profiles/\(id)").decode(DataEnvelope<Profile>.self).data
            #expect(after.email == "noah@example.com")
            #expect(after.attributes.comms[CommsKey(.push, .promo)] == true)
        }
    }

    @Test func emailsMatchIgnoringCase() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let first = try await FindOrCreate.post(gateway, ["email": "Mia.Case@Example.com"], token: anonymous)
            let second = try await FindOrCreate.post(
                gateway, ["email": "mia.case@EXAMPLE.COM", "attributes": ["comms": ["sms_promo": true]]],
                token: anonymous)
            #expect(first.status == 200 && second.status == 200)
            let found = try await FindOrCreate.profiles(sandbox, "email", "mia.case@example.com")
            #expect(found.count == 1)
            #expect(try await FindOrCreate.count(sandbox) == 1)
            #expect(found.first?.email == "Mia.Case@Example.com")
            #expect(found.first?.attributes.comms[CommsKey(.sms, .promo)] == true)
        }
    }

    @Test func emailsWithPlusAndOtherQueryCharactersMatch() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let email = "a+b&c=d%e@example.com"
            for flag in [true, false] {
                let answer = try await FindOrCreate.post(
                    gateway, ["email": email, "attributes": ["comms": ["post_promo": flag]]], token: anonymous)
                #expect(answer.status == 200)
            }
            let found = try await FindOrCreate.profiles(sandbox, "email", email)
            #expect(found.count == 1)
            #expect(found.first?.attributes.comms[CommsKey(.post, .promo)] == false)
            #expect(try await FindOrCreate.count(sandbox) == 1)
        }
    }

    @Test func fiftyConcurrentIdenticalSignupsMakeExactlyOneProfile() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        try await FindOrCreate.post(
                            gateway, ["email": "rush@example.com", "mobile_phone": "+61400000050"], token: anonymous
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 200, count: 50))
            #expect(try await FindOrCreate.profiles(sandbox, "email", "rush@example.com").count == 1)
            #expect(try await FindOrCreate.count(sandbox) == 1)
        }
    }

    @Test func createUpdateAndNoChangeAnswerByteForByteTheSame() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            let body = #"{"email":"same@example.com","first_name":"Sam","attributes":{"comms":{"sms_promo":true}}}"#
            let created = try await FindOrCreate.post(gateway, body, token: anonymous)
            let updated = try await FindOrCreate.post(gateway, body, token: anonymous)
            let unchanged = try await FindOrCreate.post(gateway, #"{"email":"SAME@example.com"}"#, token: anonymous)
            #expect(try await FindOrCreate.count(sandbox) == 1)
            for answer in [created, updated, unchanged] {
                #expect(answer.status == 200)
                #expect(answer.body == created.body)
                #expect(answer.stableHeaders == created.stableHeaders)
            }
            #expect(created.body == FindOrCreate.success)
            #expect(created.headers.contains { $0.name == "x-request-id" })
            #expect(created.stableHeaders.contains("content-type: application/json"))
            #expect(Set(created.headers.map(\.name)) == Set(updated.headers.map(\.name)))
        }
    }

    @Test func aProfileTokenWorksToo() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, _ in
            let token = try await gateway.token(for: "0b7e9a4c-1d2f-4e5a-8b6c-7d8e9f0a1b2c")
            let answer = try await FindOrCreate.post(gateway, ["email": "profile.token@example.com"], token: token)
            #expect(answer.status == 200)
            #expect(try await FindOrCreate.profiles(sandbox, "email", "profile.token@example.com").count == 1)
        }
    }

    @Test func withoutAValidTokenItIs401AndNothingIsCreated() async throws {
        try await FindOrCreate.withSandbox { sandbox, gateway, anonymous in
            for token in [nil, "not-a-jwt", anonymous + "x"] {
                let answer = try await FindOrCreate.post(gateway, ["email": "nobody@example.com"], token: token)
                #expect(answer.status == 401)
                #expect(answer.body == #"{"message":"Unauthenticated."}"#)
            }
            // A broken body is not even read without a token.
            let broken = try await FindOrCreate.post(gateway, "{not json", token: nil)
            #expect(broken.status == 401)
            #expect(try await FindOrCreate.count(sandbox) == 0)
        }
    }

    @Test func aRetryAfterTheUpstreamWasDownCompletesTheSignup() async throws {
        // The sandbox is stopped (its database stays), then started again on the same port.
        let sandbox = try await SandboxHarness(seed: false)
        let port = sandbox.port
        let gateway = try await GatewayHarness(upstreamURL: sandbox.baseURL, upstreamToken: sandbox.apiToken)
        let anonymous = try await gateway.anonymousToken()
        await sandbox.stop()
        let down = try await FindOrCreate.post(gateway, ["email": "retry@example.com"], token: anonymous)
        #expect(down.status == 502)
        #expect(down.body == #"{"message":"Upstream unavailable."}"#)

        let logger = Logger(label: "sandbox-test", factory: { _ in SwiftLogNoOpLogHandler() })
        let restarted = try await ServerTask { onRunning in
            sandbox.sandbox.makeApplication(host: "127.0.0.1", port: port, logger: logger, onServerRunning: onRunning)
        }
        let again = try await FindOrCreate.post(gateway, ["email": "retry@example.com"], token: anonymous)
        #expect(again.status == 200)
        // The restarted sandbox listens on the same port, so the harness reaches it again.
        #expect(try await FindOrCreate.profiles(sandbox, "email", "retry@example.com").count == 1)
        let repeated = try await FindOrCreate.post(gateway, ["email": "retry@example.com"], token: anonymous)
        #expect(repeated.status == 200)
        #expect(try await FindOrCreate.count(sandbox) == 1)
        await restarted.stop()
        await gateway.stop()
    }
}
