/// Why a pipeline could not be loaded: every problem found, not just the first.
///
/// Its description is the full report, one ``PipelineDiagnostic`` after another, ready to print.
public struct PipelineLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, grouped by file (in the order the files were read) and ordered by position within a file.
    public let diagnostics: [PipelineDiagnostic]

    /// An error reporting `diagnostics`, which it orders by file and position.
    public init(_ diagnostics: [PipelineDiagnostic]) {
        var fileOrder: [String: Int] = [:]
        for diagnostic in diagnostics where fileOrder[diagnostic.file] == nil {
            fileOrder[diagnostic.file] = fileOrder.count
        }
        self.diagnostics = diagnostics.enumerated().sorted { lhs, rhs in
            let left = (fileOrder[lhs.element.file]!, lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
            let right = (fileOrder[rhs.element.file]!, rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
