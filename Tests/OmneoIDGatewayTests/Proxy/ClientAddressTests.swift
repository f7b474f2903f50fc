import HTTPTypes
import NIOCore
import OmneoIDConfiguration
import Testing

@testable import OmneoIDGateway

/// Who the client is behind trusted proxies (DESIGN §2.6): right to left, through trusted
/// hops only, stopping at the first untrusted or malformed one.
@Suite struct ClientAddressTests {
    static let balancer = try! SocketAddress(ipAddress: "10.0.0.5", port: 40_000)
    static let trusted = [CIDR("10.0.0.0/8")!]

    static func client(_ forwardedFor: [String], peer: SocketAddress = balancer, trusted: [CIDR] = trusted) -> ClientAddress {
        var headers = HTTPFields()
        for value in forwardedFor { headers.append(HTTPField(name: .xForwardedFor, value: value)) }
        return ClientAddress(peer: peer, headers: headers, authority: nil, trustedProxies: trusted)
    }

    @Test func theFirstUntrustedHopFromTheRightIsTheClient() {
        let address = Self.client(["198.51.100.1, 203.0.113.7, 10.1.2.3"])
        #expect(address.ip == "203.0.113.7")
        // Nothing left of the client is believed or forwarded.
        #expect(address.forwardedFor == "203.0.113.7, 10.1.2.3, 10.0.0.5")
        #expect(Self.client(["198.51.100.1", "203.0.113.8"]).ip == "203.0.113.8")
    }

    @Test func aMalformedHopLeftOfTheClientDoesNotMatter() {
        // A client that sends junk first still gets its own address as key (was: the balancer's).
        #expect(Self.client(["unknown, 203.0.113.7"]).ip == "203.0.113.7")
        #expect(Self.client(["garbage", "203.0.113.7"]).ip == "203.0.113.7")
    }

    @Test func aMalformedHopReportedByATrustedProxyStopsAtTheLastGoodAddress() {
        #expect(Self.client(["unknown, 10.1.2.3"]).ip == "10.1.2.3")
        #expect(Self.client(["unknown"]).ip == "10.0.0.5")
        #expect(Self.client(["unknown"]).forwardedFor == "10.0.0.5")
    }

    @Test func hopsWithAPortCountAsTheirAddress() {
        #expect(Self.client(["203.0.113.7:51234"]).ip == "203.0.113.7")
        #expect(Self.client(["[2001:db8::1]:443"]).ip == "2001:db8::1")
        #expect(Self.client(["[2001:db8::1]"]).ip == "2001:db8::1")
        #expect(Self.client(["203.0.113.7:port"]).ip == "10.0.0.5")
    }

    @Test func anUntrustedPeerIsTheClientWhateverItSends() throws {
        let peer = try SocketAddress(ipAddress: "203.0.113.99", port: 1)
        #expect(Self.client(["198.51.100.1"], peer: peer).ip == "203.0.113.99")
        #expect(Self.client(["198.51.100.1"], trusted: []).ip == "10.0.0.5")
    }

    @Test func everyHopTrustedMeansTheLeftmostIsTheClient() {
        #expect(Self.client(["10.9.9.9, 10.1.2.3"]).ip == "10.9.9.9")
    }

    @Test func ipv6ClientsShareABudgetPerSlash64() {
        let one = Self.client(["2001:db8:1:2:aaaa::1"]).budgetKey
        let two = Self.client(["2001:db8:1:2:bbbb:cccc:dddd:eeee"]).budgetKey
        let otherNetwork = Self.client(["2001:db8:1:3::1"]).budgetKey
        #expect(one == two)
        #expect(one != otherNetwork)
        #expect(ClientAddress.budgetText(of: "2001:db8:1:2::9") == "2001:db8:1:2::/64")
        #expect(ClientAddress.budgetText(of: "::ffff:203.0.113.7") == "203.0.113.7")
        #expect(Self.client(["203.0.113.7"]).budgetKey != Self.client(["203.0.113.8"]).budgetKey)
    }
}
