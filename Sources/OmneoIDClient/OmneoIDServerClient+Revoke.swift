import OmneoModels

extension OmneoIDServerClient {
    /// Logs a shopper out: `token` is refused everywhere from now on (within 2 s on every
    /// replica). 422 when `token` is not a valid ID token of this gateway.
    public func revoke(_ token: IDToken) async throws {
        try await revoke(.token(token.token))
    }

    /// Logs a shopper out everywhere: every token of the profile `profileID` issued up to now is
    /// refused; tokens minted afterwards work. 404 when there is no such profile.
    public func revokeAll(profileID: ProfileID) async throws {
        try await revoke(.profile(id: profileID.rawValue))
    }

    /// As ``revokeAll(profileID:)``, for the profile holding identity `identifier` under `handle`.
    public func revokeAll(identifier: String, handle: String) async throws {
        guard !identifier.isEmpty, !handle.isEmpty else {
            throw OmneoIDError.invalidRequest("The identifier and the handle must not be empty.")
        }
        try await revoke(.profile(id: identifier, idHandle: handle))
    }

    private func revoke(_ request: RevocationRequest) async throws {
        let response = try await requester.send(
            .post, try RequestPath("auth", "revoke"), body: try JSONCoding.body(request), bearer: apiToken)
        _ = try response.data(RevocationResult.self)
    }
}
