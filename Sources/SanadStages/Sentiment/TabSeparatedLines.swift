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
