import SanadCore

/// What a worker hands the writer for one document: its JSON text already, or the document for a view to render.
enum PreparedDocument: Sendable {
    /// The document, for a view that renders it in output order.
    case document(Document)
    /// The document's JSON text (``JSONRendering/encoder``), in the buffer it was written in (not copied out).
    case json(JSONBuffer)
}
