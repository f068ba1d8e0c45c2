import SanadCore

/// The `keywords` stage: the key phrases of an article, for a news analyst scanning many of them.
///
/// Candidates are phrases of one to `max_words` words inside a sentence that cross no punctuation or number and
/// neither start nor end with a stopword (built-in Arabic and English lists plus the `stopwords` option); words are
/// compared by their stem without clitics (`token.stem`), folded like ``TermKey``. Phrases are scored with YAKE
/// (Campos et al., Information Sciences 2020), chosen over the alternatives for this text:
/// - RAKE's degree/frequency ranks long candidates highest; without a part-of-speech tagger, Arabic candidates run
///   across verbs and objects, so its top phrases are long fragments.
/// - TextRank ranks words by co-occurrence centrality and needs a graph iteration per document; on short articles
///   it favours frequent generic words and has no notion of where a word appears.
/// - YAKE uses only the document, needs no corpus, and combines what matters in news: position (words of the
///   headline and lead weigh more, via the median sentence they occur in), frequency against the article's mean,
///   spread across sentences, capitalisation (for English), and a penalty for words next to many different words,
///   which catches function words and verbs that a hand-written stoplist misses.
///
/// It adds the custom layer `keywords` to ``Document/extensions``: a JSON array, best first, of objects with `text`
/// (the phrase as most often written), `score` (relevance relative to the best phrase: 1 for the best), `yake`
/// (YAKE's score, lower is better), `count`, and `occurrences` (`start`, `end`, `text` in original offsets; a phrase
/// starting with clitics starts after them, keeping the article: `والحكومة` → `الحكومة`). Its `stage.done` event
/// counts `keywords`.
public struct KeywordsStage: Stage {
    public typealias Options = KeywordsOptions

    public static let name = "keywords"
    public static let summary =
        "Finds the key phrases of an article (YAKE: position, frequency, spread, context), with a score and every "
        + "occurrence, for Arabic and English."
    public static let requires: Set<Layer> = [.tokens, .sentences]
    public static let produces: Set<Layer> = [layer]

    /// The layer the stage adds to ``Document/extensions``.
    public static let layer: Layer = "keywords"

    /// The options the stage was built with.
    public let options: KeywordsOptions
    private let extractor: KeywordExtractor

    /// Builds the stage; throws ``StageSetupError`` when `top` or `min_phrase_count` is below 1 or `max_words` is
    /// outside 1–6.
    public init(options: KeywordsOptions) throws {
        guard options.top >= 1 else {
            throw StageSetupError("keywords: `top` is \(options.top); it must be at least 1")
        }
        guard options.minPhraseCount >= 1 else {
            throw StageSetupError("keywords: `min_phrase_count` is \(options.minPhraseCount); it must be at least 1")
        }
        guard (1...PhraseKey.capacity).contains(options.maxWords) else {
            throw StageSetupError(
                "keywords: `max_words` is \(options.maxWords); it must be between 1 and \(PhraseKey.capacity)")
        }
        self.options = options
        extractor = KeywordExtractor(
            lists: WordLists(extraStopwords: options.stopwords), maxWords: options.maxWords,
            top: options.top, dropRepeats: options.dropRepeats,
            minPhraseCount: options.minPhraseCount)
    }

    /// Sets `extensions["keywords"]` and counts the phrases reported.
    public func process(_ document: inout Document, context: inout StageContext) {
        let keywords = extractor.keywords(in: document)
        document.extensions[Self.layer.rawValue] = .array(keywords.map { $0.json(in: document) })
        context.count("keywords", keywords.count)
    }
}
