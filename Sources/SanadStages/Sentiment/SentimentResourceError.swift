/// Why a sentiment lexicon, modifier list or model could not be read; the message names the resource and the line
/// or field so the file can be fixed.
public struct SentimentResourceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong and where.
    public let message: String

    /// Creates an error with a message a user can act on.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Reads tab-separated resource lines, skipping blank lines and `#` comments, and reports the line number of each.
enum TabSeparatedLines {
    /// Calls `body` with the fields and 1-based line number of every data line of `text`.
    static func forEach<Failure: Error>(
        in text: String, _ body: (_ fields: [Substring], _ line: Int) throws(Failure) -> Void
    ) throws(Failure) {
        var number = 0
        // Splitting on `isNewline` Characters handles both LF and CRLF (a CRLF pair is one Character).
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            try body(line.split(separator: "\t", omittingEmptySubsequences: false), number)
        }
    }
}
