import HTTPTypes
import Hummingbird
import NIOCore
import OmneoHTTP

/// A write whose fields the profile policy checks: read whole (it is small), checked, and
/// forwarded as the very bytes received.
///
/// It must be `application/json` (415), at most ``limit`` bytes (413), and a JSON object
/// (400); a refused field anywhere it names is 403. A write without a body has nothing to check.
enum CheckedJSONBody {
    /// 64 KiB: a profile or comms update is a few hundred bytes.
    static let limit = 64 * 1024

    /// The body, read up to `min(limit, maxBody)`, or `nil` when there is none.
    static func read(_ request: Request, maxBody: Int) async throws -> ByteBuffer? {
        let fields = request.headers
        let length = fields[.contentLength].flatMap { Int($0) }
        if length == 0 || (length == nil && fields[.transferEncoding] == nil) { return nil }
        guard WriteMediaType.isJSON(WriteMediaType.of(fields)) else {
            throw OmneoHTTPError.unsupportedMediaType("The request body must be application/json.")
        }
        let cap = min(Self.limit, maxBody)
        if let length, length > cap { throw Forwarder.tooLarge }
        do {
            return try await request.body.collect(upTo: cap)
        } catch is NIOTooManyBytesError {
            throw Forwarder.tooLarge
        }
    }

    /// Throws unless `body` is a JSON object without any of `refused`.
    static func check(_ body: ByteBuffer, refusing refused: [BodyFieldPattern]) throws {
        let value = try JSONBody.parse(body)
        guard case .object = value else { throw OmneoHTTPError.badRequest("The request body must be a JSON object.") }
        for pattern in refused where pattern.firstMatch(in: value) != nil {
            throw OmneoHTTPError.unauthorizedAction
        }
    }
}
