import NIOCore
import Testing

@testable import OmneoIDGateway

/// The byte search that decides whether an answer names the upstream at all (and which string
/// tokens to look at): found at the start, the end, after a false start; not found when only a
/// prefix is there, or the needle is longer than the body.
struct JSONURLRewritingSearchTests {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        JSONURLRewriting.contains(ByteBuffer(string: haystack).readableBytesView, Array(needle.utf8))
    }

    @Test func findsTheNeedleWhereverItIs() {
        #expect(Self.contains("127.0.0.1:8080/x", "127.0.0.1:8080"))
        #expect(Self.contains(#"{"a":"http://127.0.0.1:8080"}"#, "127.0.0.1:8080"))
        #expect(Self.contains("111127.0.0.1:80801", "127.0.0.1:8080"))
        #expect(Self.contains("12 127.0.0.1:8080", "127.0.0.1:8080"))
        #expect(Self.contains("x", "x"))
    }

    @Test func missesWhatIsNotThere() {
        #expect(!Self.contains("127.0.0.1:808", "127.0.0.1:8080"))
        #expect(!Self.contains("", "a"))
        #expect(!Self.contains("127.0.0.2:8080 127.0.0.1:8081", "127.0.0.1:8080"))
        #expect(!Self.contains("ab", "abc"))
    }

    @Test func searchesOnlyTheSliceItIsGiven() {
        let buffer = ByteBuffer(string: "needle-in-front, then hay")
        let view = buffer.readableBytesView
        let hay = view[view.index(view.startIndex, offsetBy: 7)...]
        #expect(!JSONURLRewriting.contains(hay, Array("needle".utf8)))
        #expect(JSONURLRewriting.contains(hay, Array("hay".utf8)))
    }
}
