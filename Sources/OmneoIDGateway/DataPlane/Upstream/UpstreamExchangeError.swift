import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// Why an exchange failed: `.connect` (nothing was sent), `.timeout` (connect or read),
/// `.closed` (upstream closed mid-exchange, or the pools shut down), `.tls(String)`,
/// `.invalidResponse` (not parseable HTTP/1.1), `.poolExhausted` (every connection of the loop
/// busy and the waiting line full).
enum UpstreamExchangeError: Error, Equatable, Sendable {
    case connect
    case timeout
    case closed
    case tls(String)
    case invalidResponse
    case poolExhausted

    /// What a channel or connect error means for the exchange.
    init(_ error: any Error) {
        switch error {
        case let error as UpstreamExchangeError: self = error
        case NIOSSLError.uncleanShutdown: self = .closed
        case let error as NIOSSLError: self = .tls(String(describing: error))
        case let error as NIOSSLExtraError: self = .tls(String(describing: error))
        case let error as BoringSSLError: self = .tls(String(describing: error))
        case ChannelError.connectTimeout: self = .timeout
        case is NIOConnectionError: self = .connect
        case let error as IOError where error.errnoCode == ECONNREFUSED: self = .connect
        case is HTTPParserError: self = .invalidResponse
        default: self = .closed
        }
    }
}
