import Yams

/// The text of one pipeline file and the name diagnostics give it, so any node read from it can be pointed at.
struct PipelineText: Sendable {
    /// The file as diagnostics name it.
    let file: String
    /// The YAML source.
    let yaml: String
    /// Its lines, without line breaks.
    let lines: [Substring]
    /// The absolute path of the directory holding the file, or nil for a bundled pipeline: what relative paths in
    /// its options are relative to (see ``Swift/Decoder/pipelineDirectory(ofOption:)``).
    let directory: String?

    /// Wraps the YAML source of `file`, which lives in `directory`.
    init(file: String, yaml: String, directory: String? = nil) {
        self.file = file
        self.yaml = yaml
        self.lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        self.directory = directory
    }

    /// The place `node` was read from (the file's start for a node built in code).
    func position(of node: Node) -> SourcePosition {
        position(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// The place at 1-based `line` and `column`.
    func position(line: Int, column: Int) -> SourcePosition {
        SourcePosition(text: self, line: line, column: column)
    }

    /// A problem with the file as a whole.
    func diagnostic(_ message: String) -> PipelineDiagnostic {
        PipelineDiagnostic(file: file, message: message)
    }
}

/// A line and column in a pipeline file.
struct SourcePosition: Sendable {
    /// The file.
    let text: PipelineText
    /// 1-based line.
    let line: Int
    /// 1-based column, in Unicode scalars as libyaml counts them.
    let column: Int

    /// A diagnostic pointing here.
    func diagnostic(_ message: String) -> PipelineDiagnostic {
        let sourceLine = text.lines.indices.contains(line - 1) ? String(text.lines[line - 1]) : ""
        return PipelineDiagnostic(file: text.file, line: line, column: column, message: message, sourceLine: sourceLine)
    }
}

/// A value read from a pipeline file, with where it was written.
struct Located<Value> {
    /// The value.
    let value: Value
    /// Where it was written.
    let position: SourcePosition
}

extension Located: Sendable where Value: Sendable {}
