/// One problem found while loading a pipeline, with the place in the file it points at.
///
/// Its ``description`` is the compiler-style report that `sanad validate` prints and editors understand:
///
/// ```
/// news.yaml:7:18: error: invalid value for `diacritics`: expected one of: remove, keep, not 'drop'
///       diacritics: drop
///                   ^
/// ```
///
/// Tests compare the fields or the whole description verbatim.
public struct PipelineDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (`news.yaml`, `Pipelines/arabic-news.yaml`), `<bundled>/NAME.yaml` for a
    /// pipeline compiled into the binary, or the pipeline name or directory when the problem is finding it.
    public let file: String
    /// The 1-based line, or nil when the problem concerns the whole file (it cannot be read, or is not found).
    public let line: Int?
    /// The 1-based column in Unicode scalars, or nil along with ``line``.
    public let column: Int?
    /// What is wrong and, when it can tell, how to fix it.
    public let message: String
    /// The text of line ``line``, shown under the message with a caret at ``column``.
    public let sourceLine: String?

    /// A problem at `line`:`column` of `file`, whose text at that line is `sourceLine`.
    public init(file: String, line: Int, column: Int, message: String, sourceLine: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// A problem with `file` as a whole.
    public init(file: String, message: String) {
        self.file = file
        self.line = nil
        self.column = nil
        self.message = message
        self.sourceLine = nil
    }

    /// `FILE:LINE:COL: error: MESSAGE`, then the source line and a caret under the column; `FILE: error: MESSAGE`
    /// when there is no position.
    public var description: String {
        guard let line, let column, let sourceLine else { return "\(file): error: \(message)" }
        // Keep tabs so the caret lines up under them; every other scalar becomes one space.
        let indent = String(sourceLine.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " })
        return "\(file):\(line):\(column): error: \(message)\n\(sourceLine)\n\(indent)^"
    }
}
