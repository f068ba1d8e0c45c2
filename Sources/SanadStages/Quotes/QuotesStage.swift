import SanadCore

/// The `quotes` stage: who said what. Finds reported statements (direct, indirect and mixed), their reporting cues
/// and their speakers, and resolves each speaker to an entity of the `entities` layer.
///
/// Arabic documents are read by ``ArabicQuoteFinder`` and English ones by ``EnglishQuoteFinder``, with the cue and
/// function-word lexicons of `Quotes/Resources` plus the pipeline's additions. Its `stage.done` event counts
/// `quotes`, `attributed` (quotes with a speaker) and `linked` (speakers resolved to an entity).
public struct QuotesStage: Stage {
    public typealias Options = QuotesOptions

    public static let name = "quotes"
    public static let summary =
        "Finds reported statements (direct, indirect, mixed) with their cues and speakers, and links speakers to "
        + "entities."
    public static let requires: Set<Layer> = [.tokens, .sentences, .entities]
    public static let produces: Set<Layer> = [.quotes]

    /// The options the stage was built with.
    public let options: QuotesOptions
    private let arabic: ArabicQuoteFinder
    private let english: EnglishQuoteFinder

    /// Loads the lexicons with the pipeline's additions; throws ``StageSetupError`` on a cue line it cannot read.
    public init(options: QuotesOptions) throws {
        self.options = options
        do {
            let arabicLexicon = try QuoteLexicon(
                language: "arabic", extraCues: options.cues, extraSources: options.sourcePhrases,
                extraStops: options.speakerStops, option: "cues")
            let englishLexicon = try QuoteLexicon(
                language: "english", extraCues: options.englishCues, extraSources: options.sourcePhrases,
                extraStops: options.speakerStops, option: "english_cues")
            arabic = ArabicQuoteFinder(lexicon: arabicLexicon, sourceQuotes: options.sourceQuotes)
            english = EnglishQuoteFinder(lexicon: englishLexicon, sourceQuotes: options.sourceQuotes)
        } catch {
            throw StageSetupError(error.description)
        }
    }

    /// Sets ``Document/quotes``.
    public func process(_ document: inout Document, context: inout StageContext) {
        let language = options.language == .auto ? QuoteLanguage.detect(document.scalars) : options.language
        let quotes: [Quote]
        switch language {
        case .en: quotes = english.quotes(in: document, text: QuoteText(document, lexicon: english.lexicon))
        case .ar, .auto: quotes = arabic.quotes(in: document, text: QuoteText(document, lexicon: arabic.lexicon))
        }
        document.quotes = quotes
        context.count("quotes", quotes.count)
        context.count("attributed", quotes.reduce(0) { $0 + ($1.speaker == nil ? 0 : 1) })
        context.count("linked", quotes.reduce(0) { $0 + ($1.speaker?.entity == nil ? 0 : 1) })
    }
}
