import OmneoHTTP

/// Creates or updates a profile's dates by handle (or id), for `PUT …/attributes/dates` and
/// `POST`/`PUT /profiles…` with `dates_attributes`: first ``plan(_:profileID:store:)`` checks
/// every input against what is stored (so a 422 leaves everything unchanged), then
/// ``write(_:_:profileID:store:now:)`` writes them in order.
enum ProfileDates {
    typealias Inputs = [(input: ProfileDateInput, prefix: String)]

    /// For each input, the stored date it updates (`nil`: it creates one). A new date needs
    /// `date`; an `id` must exist.
    static func plan(_ inputs: Inputs, profileID: String, store: any SandboxStore) async throws -> [ResourceKey?] {
        var errors = FieldErrors()
        var keys: [ResourceKey?] = []
        for (input, prefix) in inputs {
            if let id = input.id {
                if try await store.date(profileID: profileID, .id(id)) == nil {
                    errors.add(prefix + "id", "The selected \(prefix)id is invalid.")
                }
                keys.append(.id(id))
            } else if let handle = input.handle, try await store.date(profileID: profileID, .handle(handle)) != nil {
                keys.append(.handle(handle))
            } else {
                if input.date.value == nil { errors.add(prefix + "date", "The \(prefix)date field is required.") }
                keys.append(nil)
            }
        }
        try errors.check()
        return keys
    }

    /// Writes `inputs` as planned; returns the records written.
    static func write(
        _ inputs: Inputs, _ keys: [ResourceKey?], profileID: String, store: any SandboxStore, now: String
    ) async throws -> [ProfileDateRecord] {
        var written: [ProfileDateRecord] = []
        for ((input, _), key) in zip(inputs, keys) {
            if let key {
                let updated = try await rejectingDuplicates {
                    try await store.updateDate(profileID: profileID, key) { record in
                        input.apply(to: &record)
                        record.updatedAt = now
                    }
                }
                written.append(try updated.orNotFound())
            } else {
                var record = ProfileDateRecord(
                    profileID: profileID, handle: input.handle ?? "", date: "", createdAt: now, updatedAt: now)
                input.apply(to: &record)
                written.append(try await rejectingDuplicates { try await store.insertDate(record) })
            }
        }
        return written
    }
}
