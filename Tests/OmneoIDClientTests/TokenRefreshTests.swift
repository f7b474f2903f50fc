import Foundation
import OmneoIDClient
import OmneoModels
import OmneoSandbox
import Testing

/// The token lifecycle: refresh before expiry, once after a 401, shared by concurrent calls.
@Suite struct TokenRefreshTests {
    @Test func withoutATokenTheFirstCallFetchesOne() async throws {
        try await LiveGateway.with { live in
            let (client, refreshes) = live.appClient()
            _ = try await client.me.get()
            _ = try await client.me.comms()
            #expect(await refreshes.count == 1)
        }
    }

    @Test func aValidTokenIsUsedWithoutRefreshing() async throws {
        try await LiveGateway.with { live in
            let token = try await live.server.mintToken(profileID: SandboxSeed.magentoProfileID)
            let (client, refreshes) = live.appClient(token: token)
            _ = try await client.me.get()
            #expect(await refreshes.count == 0)
        }
    }

    @Test func anExpiredTokenIsRefreshedBeforeTheCall() async throws {
        try await LiveGateway.with { live in
            let minted = try await live.server.mintToken(profileID: SandboxSeed.magentoProfileID)
            // The client believes it expired a second ago (the gateway would still accept it).
            let stale = IDToken(token: minted.token, expiresAt: Date().addingTimeInterval(-1))
            let (client, refreshes) = live.appClient(token: stale)
            _ = try await client.me.get()
            #expect(await refreshes.count == 1)
            _ = try await client.me.get()
            #expect(await refreshes.count == 1)
        }
    }

    @Test func aTokenWithinTheMarginIsRefreshed() async throws {
        try await LiveGateway.with { live in
            let token = try await live.server.mintToken(profileID: SandboxSeed.magentoProfileID)
            // 3600 s left, but the margin asks for more: every call refreshes first.
            let (client, refreshes) = live.appClient(token: token, refreshMargin: 7200)
            _ = try await client.me.get()
            _ = try await client.locations.list()
            #expect(await refreshes.count == 2)
        }
    }

    @Test func shortLivedTokensFromTheGatewayAreRefreshedByTheirExp() async throws {
        // The gateway's settings validation asks for ≥ 60 s; the harness sets the struct directly.
        try await LiveGateway.with(configure: { $0.tokenTTL = 1 }) { live in
            let token = try await live.server.mintToken(profileID: SandboxSeed.magentoProfileID)
            #expect(token.expiresAt.timeIntervalSinceNow <= 1.5)
            // With no margin the fresh 1 s token serves a call or two, then its `exp` passes.
            let (client, refreshes) = live.appClient(token: token, refreshMargin: 0)
            try await Task.sleep(for: .milliseconds(1100))
            _ = try await client.me.get()
            #expect(await refreshes.count == 1)
            try await Task.sleep(for: .milliseconds(1100))
            _ = try await client.me.comms()
            #expect(await refreshes.count == 2)
        }
    }

    @Test func a401RefreshesOnceAndRetriesOnce() async throws {
        try await LiveGateway.with { live in
            let rejected = IDToken(token: "not-a-jwt", expiresAt: Date().addingTimeInterval(3600))
            let (client, refreshes) = live.appClient(token: rejected)
            let profile = try await client.me.get()
            #expect(profile.id.rawValue == SandboxSeed.magentoProfileID)
            #expect(await refreshes.count == 1)
            _ = try await client.me.get()
            #expect(await refreshes.count == 1)
        }
    }

    @Test func a401AfterTheRetrySurfacesAsAnError() async throws {
        try await LiveGateway.with { live in
            let refreshes = RefreshCounter()
            let client = OmneoIDClient(
                baseURL: live.baseURL, token: IDToken(token: "bad-1", expiresAt: .distantFuture)
            ) {
                await refreshes.increment()
                return IDToken(token: "bad-2", expiresAt: .distantFuture)
            }
            let error = await omneoError { _ = try await client.me.get() }
            #expect(error?.status == 401)
            #expect(error?.message == "Unauthenticated.")
            #expect(await refreshes.count == 1)
        }
    }

    @Test func concurrentCallsShareOneRefresh() async throws {
        try await LiveGateway.with { live in
            let refreshes = RefreshCounter()
            let server = live.server
            let client = OmneoIDClient(baseURL: live.baseURL, token: IDToken(token: "old", expiresAt: .distantPast)) {
                await refreshes.increment()
                try await Task.sleep(for: .milliseconds(200))
                return try await server.mintToken(profileID: SandboxSeed.magentoProfileID)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<12 {
                    group.addTask {
                        if index.isMultiple(of: 2) {
                            _ = try await client.me.get()
                        } else {
                            _ = try await client.locations.list()
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(await refreshes.count == 1)
        }
    }

    @Test func concurrent401sShareOneRefresh() async throws {
        try await LiveGateway.with { live in
            let (client, refreshes) = live.appClient(token: IDToken(token: "revoked", expiresAt: .distantFuture))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 { group.addTask { _ = try await client.me.comms() } }
                try await group.waitForAll()
            }
            #expect(await refreshes.count == 1)
        }
    }

    struct RefreshFailed: Error {}

    @Test func aFailingRefreshIsRethrownAndTriedAgainNextTime() async throws {
        try await LiveGateway.with { live in
            let refreshes = RefreshCounter()
            let server = live.server
            let client = OmneoIDClient(baseURL: live.baseURL) {
                await refreshes.increment()
                if await refreshes.count == 1 { throw RefreshFailed() }
                return try await server.mintToken(profileID: SandboxSeed.magentoProfileID)
            }
            await #expect(throws: RefreshFailed.self) { _ = try await client.me.get() }
            _ = try await client.me.get()
            #expect(await refreshes.count == 2)
        }
    }
}
