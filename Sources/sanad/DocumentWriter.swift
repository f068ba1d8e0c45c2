import ArgumentParser
import Foundation
import SanadCore

/// Writes processed documents to the output in the format asked for, each one whole, as soon as it is finished.
///
/// Every format keeps the streaming contract: a document's output is written in one piece when the document is done,
/// so a failure never leaves half a document behind. What a format needs around the documents (JSON's array
/// brackets, the HTML page's head and its index of documents) comes from ``JSONRendering`` or the view's
/// ``DocumentRendering``. JSON is made on the worker that processed each document (``prepare``); the views keep state
/// across documents and render here, in output order.
final class DocumentWriter {
    /// The output formats of `sanad run`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// One object for one text document, an array otherwise.
        case json
        /// One object per line.
        case jsonl
        /// A readable terminal view: numbered sentences, bracketed entities, quotes with speakers.
        case text
        /// One self-contained HTML page for the whole run.
        case html
        /// One token per line with its entity IOB tag.
        case conll

        /// The layers a pipeline must produce for this format: CoNLL rows are tokens, the text view's lines sentences.
        var requiredLayers: Set<Layer> {
            switch self {
            case .json, .jsonl, .html: []
            case .text: [.sentences]
            case .conll: [.tokens]
            }
        }
    }

    private let output: TextOutput
    /// The JSON formats' framing; JSON is made per document on the workers (``prepare``).
    private var json: JSONRendering?
    /// A view, which keeps state across documents and so renders each here, in output order.
    private var view: (any DocumentRendering)?
    /// What each document becomes on the worker that processed it, before ``write(_:)`` puts it in the output.
    let prepare: @Sendable (Document) throws -> PreparedDocument

    /// Creates a writer of `format` to `output`, for a run described by `run`.
    init(output: TextOutput, format: Format, run: RunDescription) {
        self.output = output
        switch format {
        case .json, .jsonl:
            let json = JSONRendering(
                layers: run.layers, asArray: format == .json && run.isCorpus, oneLinePerDocument: format == .jsonl)
            let encoder = json.encoder
            self.json = json
            prepare = { .json(try encoder($0)) }
            return
        case .text: view = TextRendering(run: run)
        case .html: view = HTMLRendering(run: run)
        case .conll: view = CoNLLRendering()
        }
        prepare = { .document($0) }
    }

    /// Writes one document (from ``prepare``) in a single piece.
    func write(_ document: PreparedDocument) throws {
        switch document {
        case .json(let encoded):
            if let framed = json?.frame(encoded) { output.write(framed) }
        case .document(let document):
            if let bytes = try view?.render(document) { output.write(bytes) }
        }
    }

    /// Writes whatever closes the output (an empty JSON run prints `[]`; an HTML page gets its index and end).
    func finish() {
        let closing = json?.finish() ?? view?.finish() ?? []
        if !closing.isEmpty { output.write(closing) }
    }
}

/// What an output format needs to know about the run besides each document.
struct RunDescription {
    /// The pipeline's name, for page titles.
    var pipeline: String
    /// The pipeline's description.
    var summary: String
    /// The pipeline's language tag (`ar`, `en`), which views use for direction when the text agrees.
    var language: String
    /// The layers the pipeline produces: what the output carries.
    var layers: Set<Layer>
    /// Whether the input may hold several documents (a directory, several files, JSONL), so JSON prints an array.
    var isCorpus: Bool
    /// Whether the text view may use ANSI colours (standard output is a terminal and `NO_COLOR` is not set).
    var color: Bool
}

/// One output format: the bytes of each document, in order, and then what closes the output.
protocol DocumentRendering {
    /// The output of one document, whole (and of whatever must come before the first one).
    mutating func render(_ document: Document) throws -> [UInt8]
    /// What follows the last document; may be empty.
    mutating func finish() -> [UInt8]
}
