import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOFoundationEssentialsCompat
import OmneoModels

/// Encoding and decoding of JSON bodies, the same everywhere in Omneo ID.
public enum JSONBody {
    /// The encoder for every JSON answer: no escaped slashes (as Laravel writes) and
    /// sorted keys, so equal values always give equal bytes (and equal ETags).
    public static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    public static let decoder = JSONDecoder()

    /// `value` as a JSON response with `Content-Type: application/json`.
    public static func response(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        let rendered = rendered(value, status: status, headers: headers)
        return Response(status: rendered.status, headers: rendered.headers, body: .init(byteBuffer: rendered.body))
    }

    /// The status, headers and bytes of `response(_:status:headers:)`, as plain values (for a channel handler).
    public static func rendered(
        _ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> (status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer) {
        var fields = headers
        fields[.contentType] = "application/json"
        do {
            let data = try encoder.encode(value)
            fields[.contentLength] = String(data.count)
            return (status, fields, ByteBuffer(bytes: data))
        } catch {
            // Every model encodes; reaching this is a programming error, answered without details.
            return (.internalServerError, fields, ByteBuffer(string: #"{"message":"Server Error."}"#))
        }
    }

    /// A JSON object from the request body, at most `limit` bytes; 400/413 for anything else.
    public static func object(from request: Request, limit: Int) async throws -> [String: JSONValue] {
        let buffer = try await collect(request, limit: limit)
        guard case .object(let object) = try parse(buffer) else {
            throw OmneoHTTPError.badRequest("The request body must be a JSON object.")
        }
        return object
    }

    /// The body decoded as `T`; malformed JSON → 400, wrong shape → 422 naming the field.
    public static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        let buffer = try await collect(request, limit: limit)
        do {
            return try decoder.decode(T.self, from: buffer)
        } catch let error as DecodingError {
            throw invalidField(error)
        }
    }

    /// Parses `buffer` as any JSON value; 400 when it is not JSON.
    public static func parse(_ buffer: ByteBuffer) throws -> JSONValue {
        do {
            return try decoder.decode(JSONValue.self, from: buffer)
        } catch {
            throw OmneoHTTPError.badRequest("The request body is not valid JSON.")
        }
    }

    static func collect(_ request: Request, limit: Int) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: limit)
        } catch {
            throw OmneoHTTPError(.contentTooLarge, message: "The request body is too large.")
        }
    }

    /// A 422 naming the field a `DecodingError` is about (400 when the JSON itself is broken).
    public static func invalidField(_ error: DecodingError) -> OmneoHTTPError {
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .invalid(name(context.codingPath), "The \(name(context.codingPath)) field must be of type \(typeName(type)).")
        case .valueNotFound(_, let context):
            return .invalid(name(context.codingPath), "The \(name(context.codingPath)) field is required.")
        case .keyNotFound(let key, let context):
            let field = name(context.codingPath + [key])
            return .invalid(field, "The \(field) field is required.")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return .badRequest("The request body is not valid JSON.")
            }
            return .invalid(name(context.codingPath), context.debugDescription)
        @unknown default:
            return .badRequest("The request body is not valid.")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int.Type, is Double.Type: "number"
        case is Bool.Type: "boolean"
        default: String(describing: type).contains("Array") ? "array" : "object"
        }
    }
}
