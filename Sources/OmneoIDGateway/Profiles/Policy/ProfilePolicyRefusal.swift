import OmneoHTTP

extension OmneoHTTPError {
    /// 403 `{"message":"This action is unauthorized."}` (Laravel's words): the profile policy
    /// refuses the method, the sub-resource or a body field; nothing went upstream.
    static let unauthorizedAction = OmneoHTTPError(.forbidden, message: "This action is unauthorized.")
    /// 415 for a write the gateway will not forward in that media type.
    static func unsupportedMediaType(_ message: String) -> OmneoHTTPError {
        OmneoHTTPError(.unsupportedMediaType, message: message)
    }
}
