/// A word-list resource of the `quotes` stage: named sections of words (`arabic-words.txt`, `english-words.txt`).
///
/// `[section]` starts a section; entries are separated by whitespace, and the words of a multi-word entry are joined
/// with `_` (`في_غضون_ذلك`). `#` starts a comment line.
struct WordListFile {
    /// The entries of each section, in file order.
    let sections: [String: [Substring]]

    /// Parses `text`; throws when an entry comes before any section.
    init(_ text: String, name: String) throws(QuoteLexiconError) {
        var sections: [String: [Substring]] = [:]
        var current: String?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                let section = String(trimmed.dropFirst().dropLast())
                current = section
                sections[section, default: []] += []
                continue
            }
            guard let section = current else {
                throw QuoteLexiconError(file: name, line: number + 1, message: "a word before any [section] header")
            }
            sections[section, default: []] += trimmed.split(whereSeparator: \.isWhitespace)
        }
        self.sections = sections
    }

    /// The entries of `section`, or none when the file has no such section.
    func entries(_ section: String) -> [Substring] { sections[section] ?? [] }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
