import Foundation
import Logging
import SanadCore
@testable import SanadStages

/// Where the package and the shared data sit, found from this file's path.
enum SentimentTestPaths {
    /// The package root (two levels above `Tests/SanadStagesTests`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `Sources/SanadStages/Sentiment/Resources`.
    static let resources = packageRoot.appendingPathComponent("Sources/SanadStages/Sentiment/Resources")
    /// `../shared/data/ar/arsarcasm-train.csv`, beside the package.
    static let arsarcasm = packageRoot.deletingLastPathComponent().appendingPathComponent(
        "shared/data/ar/arsarcasm-train.csv")
}

/// The shipped resources and an analyzer built from them, loaded once for all sentiment tests.
enum SentimentFixtures {
    static let resources: SentimentResources = {
        do {
            return try SentimentResources(directory: SentimentTestPaths.resources)
        } catch {
            fatalError("sentiment resources unreadable: \(error)")
        }
    }()

    static let analyzer: SentimentAnalyzer = {
        do {
            return try SentimentAnalyzer(resources: resources)
        } catch {
            fatalError("sentiment resources unparsable: \(error)")
        }
    }()

    /// The Arabic lexicon matcher of the shipped resources.
    static var matcher: ArabicLexiconMatcher { analyzer.arabic.matcher }

    /// The lexicon analysis of a whole string.
    static func lexicon(_ text: String) -> LexiconAnalysis {
        let scanned = SentimentScanner.scan(text)
        return matcher.analyze(scanned, tokens: 0..<scanned.tokens.count)
    }

    /// A document whose sentences end at `.`, `!`, `?`, `؟` or a line break: a test-only splitter.
    static func document(_ text: String) -> Document {
        var document = Document(id: "test", text: text)
        var start = 0
        for (index, scalar) in document.scalars.enumerated() where ".!?؟\n".unicodeScalars.contains(scalar) {
            appendSentence(&document, from: start, to: scalar == "\n" ? index : index + 1)
            start = index + 1
        }
        appendSentence(&document, from: start, to: document.scalars.count)
        return document
    }

    private static func appendSentence(_ document: inout Document, from start: Int, to end: Int) {
        var first = start, last = end
        while first < last, document.scalars[first].properties.isWhitespace { first += 1 }
        while last > first, document.scalars[last - 1].properties.isWhitespace { last -= 1 }
        if first < last { document.sentences.append(Sentence(span: Span(start: first, end: last))) }
    }

    /// The offsets of the first occurrence of `part` in `document`.
    static func span(of part: String, in document: Document) -> Span {
        let needle = Array(part.unicodeScalars)
        for start in 0...(document.scalars.count - needle.count)
        where Array(document.scalars[start..<(start + needle.count)]) == needle {
            return Span(start: start, end: start + needle.count)
        }
        fatalError("'\(part)' is not in the document")
    }

    /// Runs the sentiment stage with the shipped resources on `document`.
    static func process(_ document: inout Document, language: SentimentAnalyzer.Language = .auto) throws {
        var options = SentimentStage.Options()
        options.language = language
        var context = StageContext(logger: Logger(label: "sentiment-test"))
        try SentimentStage(options: options, analyzer: analyzer).process(&document, context: &context)
    }
}
