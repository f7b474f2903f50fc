import Foundation
import OmneoIDClient
import OmneoSandbox
import Testing

/// The README's Swift snippets: the same code as ReadmeSnippets.swift, and it works.
@Suite struct ReadmeSnippetTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The ```swift blocks of the README's "Swift client" section, but the `Package.swift` excerpt.
    static func readmeBlocks() throws -> [String] {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n## Swift client\n") else { return [] }
        var section = readme[start.upperBound...]
        if let next = section.range(of: "\n## ") { section = section[..<next.lowerBound] }
        var blocks: [String] = []
        var current: [Substring]?
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```swift" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks.filter { !$0.hasPrefix("// Package.swift") }
    }

    @Test func theReadmeQuotesReadmeSnippetsVerbatim() throws {
        let blocks = try Self.readmeBlocks()
        #expect(blocks.count >= 2, "the README has a Swift client section with an app and a server snippet")
        let source = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("Tests/OmneoIDClientTests/ReadmeSnippets.swift"),
            encoding: .utf8)
        for block in blocks {
            #expect(source.contains(block), "README block not found verbatim in ReadmeSnippets.swift:\n\(block)")
        }
    }

    @Test func theSnippetsWorkAgainstALiveGateway() async throws {
        try await LiveGateway.with { live in
            let gateway = live.baseURL
            let apiToken = live.apiToken
            let minted = try await idToken(
                forMagentoCustomer: SandboxSeed.magentoIdentifier, gateway: gateway, apiToken: apiToken)
            #expect(minted.expiresAt > Date())

            let refreshes = RefreshCounter()
            let home = try await shopperHome(gateway: gateway, newMobile: "12") {
                await refreshes.increment()
                return try await idToken(
                    forMagentoCustomer: SandboxSeed.magentoIdentifier, gateway: gateway, apiToken: apiToken)
            }
            #expect(home.greeting.hasPrefix("Hello, "))
            #expect(home.wishlist.contains { $0.sku == "SKU-123" })
            #expect(!home.stores.isEmpty)
            #expect(home.stores.filter { !$0.isPublished }.isEmpty)
            #expect(home.problems["mobile_phone"]?.isEmpty == false)
            #expect(await refreshes.count == 1)
        }
    }
}
