/// One document as the plugin receives it: `{"id": N, "document": {…}}` on one line, the document in the output
/// schema with only the layers the stage requires. Encoded once, sent again under a new id after a restart.
struct ExternalRequest {
    private let document: JSONBuffer

    /// The request for `document`, carrying `layers`.
    init(_ document: Document, layers: Set<Layer>) throws {
        self.document = try DocumentJSON.encode(document, layers: layers, after: JSONBuffer())
    }

    /// The line to write for request `id`, newline included; the document's JSON is copied once, into the line.
    func line(id: Int) -> [UInt8] {
        var line: [UInt8] = []
        line.reserveCapacity(document.count + 32)
        line.append(contentsOf: "{\"id\":\(id),\"document\":".utf8)
        document.withUnsafeBytes { line.append(contentsOf: $0) }
        line.append(contentsOf: "}\n".utf8)
        return line
    }
}
