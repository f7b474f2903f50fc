// The wire models (`Profile`, `Comms`, `ListItem`, `Location`, `PageEnvelope`, …) come with
// the client, so apps need only `import OmneoIDClient`.
@_exported import OmneoModels
