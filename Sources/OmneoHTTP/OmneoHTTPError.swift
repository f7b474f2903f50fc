import Foundation
import HTTPTypes
import Hummingbird
import OmneoModels

/// An error answered with Omneo's error body (`{"message": …, "errors": …}`) and a status.
public struct OmneoHTTPError: HTTPResponseError, Equatable {
    public let status: HTTPResponse.Status
    public let body: ErrorBody
    /// Extra response headers, e.g. `Allow` on 405 or `Retry-After` on 429.
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ body: ErrorBody, headers: HTTPFields = [:]) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    public init(_ status: HTTPResponse.Status, message: String) {
        self.init(status, ErrorBody(message: message))
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONBody.response(body, status: status, headers: headers)
    }

    /// 401 `{"message":"Unauthenticated."}`.
    public static let unauthenticated = OmneoHTTPError(.unauthorized, .unauthenticated)
    /// 404 `{"message":"Not Found."}`.
    public static let notFound = OmneoHTTPError(.notFound, .notFound)
    /// 422 listing every invalid field.
    public static func invalid(_ errors: [String: [String]]) -> OmneoHTTPError {
        OmneoHTTPError(.unprocessableContent, .invalid(errors))
    }
    /// 422 for one invalid field.
    public static func invalid(_ field: String, _ message: String) -> OmneoHTTPError {
        invalid([field: [message]])
    }
    /// 400 with a message.
    public static func badRequest(_ message: String) -> OmneoHTTPError {
        OmneoHTTPError(.badRequest, message: message)
    }
    /// 405 naming the methods that are allowed.
    public static func methodNotAllowed(allow: String) -> OmneoHTTPError {
        OmneoHTTPError(.methodNotAllowed, .methodNotAllowed, headers: [.allow: allow])
    }
}
