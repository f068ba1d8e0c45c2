import ArgumentParser
import Foundation
import SanadCore

/// Writes processed documents to the output, each one whole, as soon as it is finished.
///
/// `json` prints a single object when the input is one text document (a file or stdin) and an array otherwise
/// (a directory, several files, or JSONL), so a script can rely on the shape from the command line alone;
/// `jsonl` prints one object per line.
final class DocumentWriter {
    /// The output formats of `sanad run`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// One object for one text document, an array otherwise.
        case json
        /// One object per line.
        case jsonl
    }

    private let output: TextOutput
    private let format: Format
    private let asArray: Bool
    private let layers: Set<Layer>
    private var written = 0

    /// Creates a writer; `asArray` picks the JSON shape.
    init(output: TextOutput, format: Format, asArray: Bool, layers: Set<Layer>) {
        self.output = output
        self.format = format
        self.asArray = asArray
        self.layers = layers
    }

    /// Writes one document in a single piece.
    func write(_ document: Document) throws {
        var json = JSONBuffer()
        switch format {
        case .json where asArray: json.raw(written == 0 ? "[\n" : ",\n")
        case .json, .jsonl: break
        }
        json = try DocumentJSON.encode(document, layers: layers, after: json)
        if format == .jsonl || !asArray { json.raw("\n") }
        output.write(Data(json.bytes))
        written += 1
    }

    /// Closes the array, if one was opened (an empty run prints `[]`).
    func finish() {
        guard format == .json, asArray else { return }
        output.write(written == 0 ? "[]\n" : "\n]\n")
    }
}
