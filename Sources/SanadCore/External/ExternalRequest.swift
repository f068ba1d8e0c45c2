/// One document as the plugin receives it: `{"id": N, "document": {…}}` on one line, the document in the output
/// schema with only the layers the stage requires. Encoded once, sent again under a new id after a restart.
struct ExternalRequest {
    private let document: JSONBuffer

    /// The request for `document`, carrying `layers`.
    init(_ document: Document, layers: Set<Layer>) throws {
        self.document = try DocumentJSON.encode(document, layers: layers, after: JSONBuffer())
    }

    /// The line to write for request `id`, newline included.
    func line(id: Int) -> [UInt8] {
        var line = JSONBuffer(capacity: document.count + 32)
        line.raw("{\"id\":")
        line.integer(id)
        line.raw(",\"document\":")
        document.withUnsafeBytes { line.json($0) }
        line.raw("}\n")
        return line.bytes
    }
}
