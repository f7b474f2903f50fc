import OmneoModels

/// Why a call to Omneo ID failed.
public enum OmneoIDError: Error, CustomStringConvertible {
    /// Omneo ID (or Omneo behind it) answered with an error status: 401 `Unauthenticated.`,
    /// 404 `Not Found.`, 422 with `errors` per field, 429, 502, …
    case http(status: Int, message: String, errors: [String: [String]]?)
    /// No answer arrived: connection refused, timed out, cancelled, … (`underlying` is the
    /// transport's error, e.g. a `URLError`).
    case transport(underlying: any Error)
    /// An answer arrived but is not what the API documents (e.g. a body that does not decode).
    case unexpectedResponse(status: Int, detail: String)
    /// Refused before anything was sent (e.g. a path segment `..`, an empty profile id).
    case invalidRequest(String)

    /// The HTTP status, when an answer arrived.
    public var status: Int? {
        switch self {
        case .http(let status, _, _), .unexpectedResponse(let status, _): status
        case .transport, .invalidRequest: nil
        }
    }

    /// Omneo's `message`, for ``http(status:message:errors:)``.
    public var message: String? {
        if case .http(_, let message, _) = self { return message }
        return nil
    }

    /// Omneo's validation problems per field (422), empty otherwise.
    public var errors: [String: [String]] {
        if case .http(_, _, let errors) = self { return errors ?? [:] }
        return [:]
    }

    public var description: String {
        switch self {
        case .http(let status, let message, let errors):
            let fields = (errors ?? [:]).keys.sorted().joined(separator: ", ")
            return "Omneo ID answered \(status): \(message)" + (fields.isEmpty ? "" : " (fields: \(fields))")
        case .transport(let underlying): return "Omneo ID could not be reached: \(underlying)"
        case .unexpectedResponse(let status, let detail): return "Unexpected answer from Omneo ID (\(status)): \(detail)"
        case .invalidRequest(let reason): return "Invalid request: \(reason)"
        }
    }

    /// The error for an answer with status ≥ 400: Omneo's body when it is one, else a summary.
    static func from(_ response: TransportResponse) -> OmneoIDError {
        if let body = try? JSONCoding.decoder.decode(ErrorBody.self, from: response.body) {
            return .http(status: response.status, message: body.message, errors: body.errors)
        }
        return .http(status: response.status, message: "HTTP \(response.status)", errors: nil)
    }
}
