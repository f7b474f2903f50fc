import Logging
import NIOHTTP1
import OmneoHTTP
import OmneoModels

/// Finds the shopper's profile upstream (by e-mail, then by mobile) and changes only its
/// comms flags, or creates the profile when there is none.
///
/// Idempotent: running the same signup again leaves the same state, so a caller may
/// retry after any failure. Calls for the same e-mail or mobile are serialised by `lock`;
/// a create that still meets a duplicate (another replica won) is redone as an update.
struct FindOrCreateService: Sendable {
    let upstream: Upstream
    let lock: any ProfileLock

    /// How often matching and creating are tried before giving up with 502.
    static let maxAttempts = 3

    /// What happened, for the log only; callers always get the same answer.
    enum Outcome: String, Sendable {
        case created, updated, unchanged
    }

    func run(_ signup: ProfileSignup, requestID: String, logger: Logger) async throws -> Outcome {
        try await lock.withLock(keys: signup.lockKeys) {
            for _ in 1...Self.maxAttempts {
                if let id = try await match(signup, requestID: requestID, logger: logger) {
                    if signup.comms.isEmpty { return .unchanged }
                    if try await updateComms(of: id, to: signup.comms, requestID: requestID, logger: logger) {
                        return .updated
                    }
                    continue  // Deleted since it was found: look again.
                }
                if try await create(signup, requestID: requestID, logger: logger) { return .created }
            }
            logger.warning("find-or-create did not settle", metadata: ["attempts": "\(Self.maxAttempts)"])
            throw Self.unexpected
        }
    }

    /// The id of the profile with this e-mail or, failing that, this mobile.
    func match(_ signup: ProfileSignup, requestID: String, logger: Logger) async throws -> ProfileID? {
        if let email = signup.canonicalEmail,
            let id = try await find("email", email, requestID: requestID, logger: logger, where: {
                $0.email.map(ContactRules.canonicalEmail) == email
            })
        {
            return id
        }
        if let mobile = signup.mobilePhone {
            return try await find("mobile_phone", mobile, requestID: requestID, logger: logger) {
                $0.mobilePhone.flatMap(ContactRules.e164) == mobile
            }
        }
        return nil
    }

    /// `GET /profiles?filter[field]=value`, keeping only exact matches (in case the
    /// upstream's filter is looser than equality).
    private func find(
        _ field: String, _ value: String, requestID: String, logger: Logger,
        where isSame: (Candidate) -> Bool
    ) async throws -> ProfileID? {
        let query = "filter%5B\(field)%5D=\(Self.queryEncoded(value))"
        let response = try await call(.GET, "/profiles", query: query, requestID: requestID)
        guard response.status == .ok else { throw Self.unexpected(response.status, "GET /profiles", logger) }
        guard let page = try? response.decode(CandidatePage.self) else {
            throw Self.unexpected(response.status, "GET /profiles (unreadable body)", logger)
        }
        return page.data.first(where: isSame)?.id
    }

    /// `PUT /profiles/{id}/attributes/comms` with only the flags sent; false when the profile is gone.
    private func updateComms(of id: ProfileID, to comms: Comms, requestID: String, logger: Logger) async throws -> Bool {
        let response = try await call(.PUT, .profile(id).appending("/attributes/comms"), body: comms, requestID: requestID)
        switch response.status {
        case .ok, .created, .noContent: return true
        case .notFound: return false
        default: throw Self.unexpected(response.status, "PUT /profiles/{id}/attributes/comms", logger)
        }
    }

    /// `POST /profiles`; false when the upstream says the e-mail or mobile is already taken.
    private func create(_ signup: ProfileSignup, requestID: String, logger: Logger) async throws -> Bool {
        let response = try await call(.POST, "/profiles", body: signup.newProfile, requestID: requestID)
        switch response.status {
        case .ok, .created: return true
        case .unprocessableEntity where Self.isDuplicate(response): return false
        default: throw Self.unexpected(response.status, "POST /profiles", logger)
        }
    }

    private func call(
        _ method: HTTPMethod, _ path: UpstreamPath, query: String? = nil, body: (some Encodable & Sendable)? = nil as String?,
        requestID: String
    ) async throws -> Upstream.JSONResponse {
        do {
            return try await upstream.json(method, path, query: query, body: body, requestID: requestID)
        } catch let error as UpstreamError {
            throw error.httpError
        }
    }

    /// Whether a 422 from `POST /profiles` is about an e-mail or mobile another profile has.
    static func isDuplicate(_ response: Upstream.JSONResponse) -> Bool {
        guard let body = try? response.decode(ErrorBody.self), let errors = body.errors else { return false }
        return ["email", "mobile_phone"].contains { field in
            errors[field, default: []].contains { message in
                let lowered = message.lowercased()
                return lowered.contains("taken") || lowered.contains("already exists")
            }
        }
    }

    /// 502 for an upstream answer the gateway cannot use; its body is never passed on.
    static let unexpected = OmneoHTTPError(.badGateway, message: "Upstream returned an unexpected response.")

    private static func unexpected(_ status: HTTPResponseStatus, _ call: String, _ logger: Logger) -> OmneoHTTPError {
        logger.warning("unexpected upstream answer", metadata: ["upstream.call": "\(call)", "upstream.status": "\(status.code)"])
        return unexpected
    }

    /// `value` percent-encoded for a query (only unreserved characters stay as they are,
    /// so `+` and `@` arrive as themselves at a PHP-style parser).
    static func queryEncoded(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0f)])
            }
        }
        return result
    }
}

/// The little of a listed profile that matching needs (tolerant of every other field).
struct Candidate: Decodable, Sendable {
    let id: ProfileID
    let email: String?
    let mobilePhone: String?

    enum CodingKeys: String, CodingKey {
        case id, email
        case mobilePhone = "mobile_phone"
    }
}

struct CandidatePage: Decodable, Sendable {
    let data: [Candidate]
}
