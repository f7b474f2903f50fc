// `JSONValue` and the wire models live in OmneoModels; everything that speaks HTTP through
// OmneoHTTP reads bodies as them, so they come with it.
@_exported import OmneoModels
