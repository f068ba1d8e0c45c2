import Foundation

/// Reads token-per-line entity files: `token tag` (ANERcorp), `token<TAB>tag`, or Universal NER's
/// `index token tag …` with `#` comment lines; a blank line ends a sentence.
///
/// It reads exactly as `../shared/eval/conll.py` does, so that sentences, tokens and documents line up with the
/// project's scorer: a BOM and left-to-right/right-to-left marks are dropped, columns are split on tabs when the
/// line has one and on spaces otherwise, the tag is the last column, and spaces inside a token become `_`.
public enum CoNLLReader {
    /// Reads the file at `url`.
    public static func read(contentsOf url: URL) throws(CoNLLReadError) -> [TaggedSentence] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CoNLLReadError(path: url.path, message: "cannot read the file: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CoNLLReadError(path: url.path, message: "the file is not UTF-8 text")
        }
        return parse(text)
    }

    /// Reads sentences from the text of a token-per-line file.
    public static func parse(_ text: String) -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        var tokens: [String] = []
        var tags: [EntityTag] = []
        func endSentence() {
            if !tokens.isEmpty { sentences.append(TaggedSentence(tokens: tokens, tags: tags)) }
            tokens = []
            tags = []
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != "\u{FEFF}" && $0 != "\u{200E}" && $0 != "\u{200F}" })
        for line in String(scalars).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            if line.allSatisfy(\.isWhitespace) {
                endSentence()
                continue
            }
            let separator: Character = line.contains("\t") ? "\t" : " "
            let columns = line.split(separator: separator, omittingEmptySubsequences: true)
            let token: String
            let tag: Substring
            if columns.count >= 3, columns[0].allSatisfy(\.isASCIIDigit) {
                token = String(columns[1])
                tag = columns[2]
            } else {
                token = columns.dropLast().joined(separator: " ")
                tag = columns.last ?? ""
            }
            if token.allSatisfy(\.isWhitespace) { continue }
            tokens.append(token.replacingOccurrences(of: " ", with: "_"))
            tags.append(EntityTag(conll: tag))
        }
        endSentence()
        return sentences
    }
}

/// Why a token-per-line file could not be read.
public struct CoNLLReadError: Error, CustomStringConvertible, Sendable {
    /// The file's path.
    public let path: String
    /// What went wrong and what to do about it.
    public let message: String

    public var description: String { "\(path): \(message)" }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
