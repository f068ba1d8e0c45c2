import Foundation
import SanadCore
@testable import SanadStages

/// Test documents for the entities stage, tokenized at spaces with sentences at newlines (no segmenter needed).
enum EntitiesFixture {
    /// A document of `text` whose tokens are its space-separated words and whose sentences are its lines;
    /// `prefixes` gives the proclitic length of the tokens that have one, by token text.
    static func document(_ text: String, prefixes: [String: Int] = [:]) -> Document {
        var document = Document(id: "test", text: text)
        let scalars = document.scalars
        var start = 0
        var sentenceStart: Int?
        for index in 0...scalars.count {
            let atEnd = index == scalars.count
            if atEnd || scalars[index] == " " || scalars[index] == "\n" {
                if index > start {
                    let span = Span(start: start, end: index)
                    document.tokens.append(Token(span: span, kind: .word, prefix: prefixes[document.text(of: span)] ?? 0))
                    if sentenceStart == nil { sentenceStart = start }
                }
                if atEnd || scalars[index] == "\n", let first = sentenceStart, let last = document.tokens.last {
                    document.sentences.append(Sentence(span: Span(start: first, end: last.end)))
                    sentenceStart = nil
                }
                start = index + 1
            }
        }
        return document
    }

    /// The token forms of space-separated words.
    static func forms(_ text: String) -> [TokenForm] {
        var analyzer = TokenFormAnalyzer()
        return text.split(separator: " ").map { analyzer.analyze($0.unicodeScalars) }
    }

    /// Sentences of a token-per-line file given inline.
    static func sentences(_ conll: String) -> [TaggedSentence] { CoNLLReader.parse(conll) }

    /// The repository's `shared/` data folder beside the checkout, when present.
    static let sharedData: URL? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/data/ar/anercorp-train.txt")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The built-in model, loaded the way the stage loads it.
    static var builtinModel: EntityModel {
        get throws { try BuiltinEntityModel.model.get() }
    }
}
