import Foundation
import SanadCore

/// The built-in `sentiment` stage: a score in [-1, 1] with a label and its evidence for the document, every
/// sentence, every quote (when a `quotes` layer exists) and every entity (when an `entities` layer exists).
///
/// Arabic combines a lexicon with negation, intensifiers, contrast and clitic-aware matching with a trained linear
/// model (see ``ArabicSentimentScorer``); English uses VADER (see ``EnglishSentimentScorer``). The language is chosen
/// per document (option `language`).
///
/// How the **document** score is built:
/// - Arabic: as if the whole document were one sentence. The model reads the hashed features of all sentences
///   together and gives class probabilities; the lexicon evidence is the sum of every sentence's hit weights (after
///   negation, intensifiers and contrast), clipped to ±3; the evidence shifts the model's log-probabilities by the
///   tuned lexicon weight (``ScoreCombination``). The label is the likeliest class, the score `P′(positive) −
///   P′(negative)`. Its evidence is every hit of every sentence.
/// - English: the mean of the sentences' VADER compound scores, labelled from ±0.05.
///
/// Quotes are scored like sentences over their content span; entities get the mean score of the places that mention
/// them (see ``SentimentAggregation``). Words inside entity mentions are not Arabic lexicon hits.
public struct SentimentStage: Stage {
    public static let name = "sentiment"
    public static let summary =
        "Scores the document, sentences, quotes and entities from positive to negative, with the words behind each score."
    public static let requires: Set<Layer> = [.sentences]
    public static let produces: Set<Layer> = [.sentiment]

    /// The stage's options.
    public struct Options: StageOptions {
        /// Which lexicon to use: per document by script, or always one.
        public var language: SentimentAnalyzer.Language = .auto
        /// A model file from `sanad train sentiment`; empty for the built-in model.
        public var model: String = ""

        public init() {}

        public static let documentation = [
            OptionDoc("language", SentimentAnalyzer.Language.self,
                      "auto picks Arabic or English per document by its letters; ar or en forces one"),
            OptionDoc("model", String.self, "path of a model from `sanad train sentiment`; empty for the built-in one"),
        ]
    }

    private let options: Options
    private let analyzer: SentimentAnalyzer
    private let scratches = ScratchPool { SentimentScratch(cache: .stage()) }

    public init(options: Options) throws {
        do {
            let model = options.model.isEmpty ? nil : try SentimentModel(contentsOf: options.model)
            self.init(
                options: options,
                analyzer: try SentimentAnalyzer(resources: try .builtIn(), model: model, english: options.language != .ar))
        } catch {
            throw StageSetupError(error.message)
        }
    }

    /// Creates the stage around an analyzer built elsewhere (tests, embedders with their own resources).
    public init(options: Options, analyzer: SentimentAnalyzer) {
        self.options = options
        self.analyzer = analyzer
    }

    public func process(_ document: inout Document, context: inout StageContext) throws {
        let scorer = analyzer.scorer(for: document, language: options.language)
        let layer = scratches.withScratch { SentimentAggregation.layer(for: document, scorer: scorer, scratch: &$0) }
        context.count("sentences", layer.sentences.count)
        context.count("quotes", layer.quotes.count)
        context.count("entities", layer.entities.count)
        context.count("evidence", layer.document.evidence.count)
        document.sentiment = layer
    }
}
