import Foundation
import SanadCore
import SanadStages

/// Scores of one set of predicted positions against a gold set.
struct BoundaryScore: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    /// Adds the comparison of `predicted` with `gold`.
    mutating func add<Element: Hashable>(predicted: Set<Element>, gold: Set<Element>) {
        truePositives += predicted.intersection(gold).count
        falsePositives += predicted.subtracting(gold).count
        falseNegatives += gold.subtracting(predicted).count
    }

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    var description: String {
        String(
            format: "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision, recall, f1, truePositives,
            falsePositives, falseNegatives)
    }
}

/// Where the read-only evaluation data lives: `../shared/data` beside the package.
enum SharedData {
    /// `../shared/data/<path>` when it exists.
    static func url(_ path: String) -> URL? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("shared/data/\(path)")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

/// One sentence of a CoNLL-U file: its `# text` and its surface tokens with their code point spans in that text.
struct GoldSentence {
    var text: String
    var tokens: [(form: String, span: Span, spaceAfter: Bool)]
    /// Whether a `# newpar` marker precedes the sentence.
    var startsParagraph: Bool
}

/// Reads CoNLL-U files (`# text =` lines, `SpaceAfter=No`, `# newpar`).
enum CoNLLU {
    /// The sentences of the file at `url`; token spans are found by walking the text.
    static func sentences(_ url: URL) throws -> [GoldSentence] {
        var sentences: [GoldSentence] = []
        var paragraph = false
        for line in try String(contentsOf: url, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            if line == "# newpar" || line.hasPrefix("# newpar ") {
                paragraph = true
            } else if line.hasPrefix("# text = ") {
                sentences.append(GoldSentence(text: String(line.dropFirst(9)), tokens: [], startsParagraph: paragraph))
                paragraph = false
            } else if let first = line.first, first.isNumber {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard !columns[0].contains("-"), !columns[0].contains(".") else { continue }
                let form = String(columns[1])
                let spaceAfter = !columns[9].split(separator: "|").contains("SpaceAfter=No")
                sentences[sentences.count - 1].tokens.append((form, Span(start: 0, end: 0), spaceAfter))
            }
        }
        return sentences.map(locate)
    }

    /// The sentence with each token's span set by matching the forms against the text in order.
    private static func locate(_ sentence: GoldSentence) -> GoldSentence {
        var located = sentence
        let text = Array(sentence.text.unicodeScalars)
        var offset = 0
        for index in located.tokens.indices {
            while offset < text.count && text[offset].properties.isWhitespace { offset += 1 }
            let length = located.tokens[index].form.unicodeScalars.count
            located.tokens[index].span = Span(start: offset, end: min(offset + length, text.count))
            offset += length
        }
        return located
    }
}

/// Token agreement with the clitic-split gold of UD Arabic-PUD.
///
/// Our tokens are cut into pieces after each proclitic letter of their prefix (و ف ب ل ك and the future particle
/// س; the article is not cut, as UD does not split it, and in `لل` only the first ل is a piece). Pieces are compared
/// with the gold surface tokens by exact code point span within each sentence's `# text`. Proclitic boundaries are
/// scored separately: the gold ones are the ends of single-letter و ف ب ل ك س tokens attached to a following
/// Arabic token at the start of a word.
struct PUDEvaluation {
    var pieces = BoundaryScore()
    var piecesWithoutClitics = BoundaryScore()
    var procliticBoundaries = BoundaryScore()

    init(_ sentences: [GoldSentence]) throws {
        let withClitics = try SegmentStage(options: SegmentOptions())
        var plain = SegmentOptions()
        plain.clitics = false
        let withoutClitics = try SegmentStage(options: plain)
        for sentence in sentences {
            let gold = Set(sentence.tokens.map(\.span))
            let document = Self.run(withClitics, sentence.text)
            let boundaries = document.tokens.map { Self.cliticBoundaries(of: $0, in: document.scalars) }
            pieces.add(predicted: Set(zip(document.tokens, boundaries).flatMap(Self.pieces)), gold: gold)
            procliticBoundaries.add(predicted: Set(boundaries.joined()), gold: Self.goldProcliticBoundaries(sentence))
            let plainDocument = Self.run(withoutClitics, sentence.text)
            piecesWithoutClitics.add(predicted: Set(plainDocument.tokens.map(\.span)), gold: gold)
        }
    }

    static func run(_ stage: SegmentStage, _ text: String) -> Document {
        var document = Document(id: "pud", text: text)
        var context = StageContext(logger: .init(label: "segment-eval"))
        stage.process(&document, context: &context)
        return document
    }

    /// Offsets inside `token` right after each conjunction or preposition of its prefix.
    static func cliticBoundaries(of token: Token, in text: [Unicode.Scalar]) -> [Int] {
        let letters = (token.start..<token.stem.start).filter { isLetter(text[$0]) }
        var clitics = letters.count
        let last = letters.last.map { text[$0] }
        if clitics >= 2, last == "ل", text[letters[clitics - 2]] == "ا" {
            clitics -= 2
        } else if clitics >= 2, last == "ل", text[letters[clitics - 2]] == "ل" {
            clitics -= 1
        }
        return (0..<clitics).map { $0 + 1 < letters.count ? letters[$0 + 1] : token.stem.start }
    }

    static func pieces(_ token: Token, _ boundaries: [Int]) -> [Span] {
        let cuts = [token.start] + boundaries + [token.end]
        return zip(cuts, cuts.dropFirst()).map { Span(start: $0, end: $1) }
    }

    static func goldProcliticBoundaries(_ sentence: GoldSentence) -> Set<Int> {
        var boundaries: Set<Int> = []
        var wordStart = true
        for (index, token) in sentence.tokens.enumerated() {
            let letters = Array(token.form.unicodeScalars.filter(isLetter))
            let isClitic =
                letters.count == 1 && "وفبلكس".unicodeScalars.contains(letters[0]) && !token.spaceAfter
                && index + 1 < sentence.tokens.count
                && sentence.tokens[index + 1].form.unicodeScalars.first.map(isLetter) == true
            if isClitic && wordStart {
                boundaries.insert(token.span.end)
            }
            wordStart =
                token.spaceAfter || (isClitic && wordStart) || !token.form.unicodeScalars.contains(where: isLetter)
        }
        return boundaries
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(scalar.value) && scalar.value != 0x0640
    }
}

/// Sentence-boundary agreement with the GUM news documents.
///
/// Each document's text is rebuilt from its `# text` lines: sentences of a paragraph joined by a space, paragraphs
/// (`# newpar`) by a blank line, as an article would be stored. A boundary is the end offset of every sentence but a
/// document's last; predicted and gold boundaries must be at the same offset. `inParagraph` leaves out the
/// boundaries at paragraph breaks, which a line break gives away.
struct GUMEvaluation {
    var all = BoundaryScore()
    var inParagraph = BoundaryScore()

    init(_ documents: [[GoldSentence]], options: SegmentOptions) throws {
        let stage = try SegmentStage(options: options)
        for sentences in documents {
            var text = ""
            var gold: Set<Int> = []
            var paragraphBreaks: Set<Int> = []
            var length = 0
            for (index, sentence) in sentences.enumerated() {
                if index > 0 {
                    gold.insert(length)
                    if sentence.startsParagraph { paragraphBreaks.insert(length) }
                    let separator = sentence.startsParagraph ? "\n\n" : " "
                    text += separator
                    length += separator.unicodeScalars.count
                }
                text += sentence.text
                length += sentence.text.unicodeScalars.count
            }
            let document = PUDEvaluation.run(stage, text)
            let predicted = Set(document.sentences.dropLast().map(\.end))
            all.add(predicted: predicted, gold: gold)
            inParagraph.add(predicted: predicted.subtracting(paragraphBreaks), gold: gold.subtracting(paragraphBreaks))
        }
    }
}
