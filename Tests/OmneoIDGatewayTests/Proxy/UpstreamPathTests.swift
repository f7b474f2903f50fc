import OmneoModels
import Testing

@testable import OmneoIDGateway

/// Upstream paths are built only from fixed names, a profile id and validated segments.
@Suite struct UpstreamPathTests {
    @Test func aProfilePathEncodesEachSegmentOnce() throws {
        let id = try #require(ProfileID("5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01"))
        let rest = try RequestTarget(raw: "/lists/a%20b/items/%25").segments
        #expect(UpstreamPath.profile(id, rest).encoded == "/profiles/5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01/lists/a%20b/items/%25")
        #expect(UpstreamPath.profile(id).encoded == "/profiles/5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01")
        #expect(UpstreamPath.profile(id).appending("/attributes/comms").encoded
            == "/profiles/5f3c9a8e-2b7d-4e61-9c0a-1d2e3f4a5b01/attributes/comms")
    }

    @Test func fixedNamesAndLocationsAreUsedAsWritten() throws {
        let path: UpstreamPath = "/profiles/search-id"
        #expect(path.encoded == "/profiles/search-id")
        let location = try RequestTarget(raw: "/12").segments
        #expect(UpstreamPath("/locations").appending(location).encoded == "/locations/12")
    }
}
