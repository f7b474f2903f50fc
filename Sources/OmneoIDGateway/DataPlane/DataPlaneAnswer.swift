import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypesHTTP1

/// A complete answer the data plane writes itself, with what its access-log line needs.
struct DataPlaneAnswer {
    let head: HTTPResponseHead
    /// `nil` for HEAD and 304.
    let body: ByteBuffer?
    /// The request said `Connection: close` (exactly as Hummingbird tests it): close once written.
    let closesConnection: Bool
    /// What `RequestLogMiddleware.record` logs once the answer is written.
    let record: Record

    struct Record {
        let method: HTTPRequest.Method
        let route: String
        var status: Int
        let client: ClientAddress
        let requestID: String
    }

    init(response: HTTPResponse, body: ByteBuffer?, closesConnection: Bool, record: Record) {
        self.head = HTTPResponseHead(response)
        self.body = body
        self.closesConnection = closesConnection
        self.record = record
    }
}
