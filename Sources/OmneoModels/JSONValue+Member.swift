extension JSONValue {
    /// The member `key` of an object (`item.product?["external_id"]`); `nil` for a missing key
    /// or a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }
}
