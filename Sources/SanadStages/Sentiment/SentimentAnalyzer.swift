import Foundation
import SanadCore

/// Sentiment scoring ready to use: the parsed Arabic lexicon, modifiers and model, and VADER for English.
///
/// Built once (parsing takes a few milliseconds; the model is about 400 KB) and shared: it is immutable and
/// `Sendable`. The stage uses it per document; `sanad eval sentiment` uses ``score(_:language:)`` per text.
public struct SentimentAnalyzer: Sendable {
    /// The language to score a text in.
    public enum Language: String, Sendable, CaseIterable, OptionChoice {
        /// Arabic when the text has at least as many Arabic letters as Latin ones, English otherwise.
        case auto
        /// Arabic lexicon and model.
        case ar
        /// English VADER.
        case en
    }

    let arabic: ArabicSentimentScorer
    /// VADER, unless the analyzer was made for Arabic only (parsing its lexicon is most of the start-up cost).
    let english: EnglishSentimentScorer?

    /// Parses `resources`; `model`, when given, replaces the resources' model (a file from `sanad train sentiment`).
    /// With `english` false, VADER is not loaded and every text is scored as Arabic.
    public init(resources: SentimentResources, model: SentimentModel? = nil, english loadsEnglish: Bool = true)
        throws(SentimentResourceError)
    {
        let matcher = try ArabicLexiconMatcher(resources: resources)
        let chosen: SentimentModel
        if let model {
            chosen = model
        } else {
            chosen = try SentimentModel(serialized: resources.model, name: "the built-in sentiment model")
        }
        arabic = ArabicSentimentScorer(matcher: matcher, model: chosen)
        english =
            loadsEnglish
            ? EnglishSentimentScorer(
                vader: VaderAnalyzer(
                    lexicon: try VaderLexicon(
                        text: resources.vaderLexicon, name: SentimentResources.FileName.vaderLexicon)))
            : nil
    }

    /// The Arabic model in use.
    public var model: SentimentModel { arabic.model }

    /// The score of `text` taken as one stretch (what the stage gives a document whose sentences cover it).
    public func score(_ text: String, language: Language = .auto) -> SentimentScore {
        let document = Document(id: "text", text: text)
        let span = Span(start: 0, end: document.scalars.count)
        var scratch = SentimentScratch(cache: .none)
        return scorer(for: document, language: language).score(span, in: document, scratch: &scratch)
    }

    /// The scorer for `document` in `language`.
    func scorer(for document: Document, language: Language) -> any DocumentSentimentScorer {
        guard let english else { return arabic }
        switch language {
        case .ar: return arabic
        case .en: return english
        case .auto: return ScriptDetection.dominantScript(of: document.scalars) == .arabic ? arabic : english
        }
    }
}
