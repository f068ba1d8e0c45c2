import SanadCore

/// Settings of the `quotes` stage.
public struct QuotesOptions: StageOptions, Equatable {
    /// The language whose cues are read: `auto` (by script, per document), `ar` or `en`.
    public var language: QuoteLanguage = .auto
    /// Extra Arabic reporting verbs, each a line in the format of `arabic-cues.txt` or a single word.
    public var cues: [String] = []
    /// Extra English reporting verbs, each a line in the format of `english-cues.txt` or a single word.
    public var englishCues: [String] = []
    /// Extra source phrases (`استنادا`, `as_reported_by`; words of a phrase joined by `_` or spaces).
    public var sourcePhrases: [String] = []
    /// Extra words that end a speaker's name after a cue (adjuncts such as `عبر`).
    public var speakerStops: [String] = []
    /// Whether a statement attributed only by a source phrase (`…، بحسب المرصد`) is reported as a quote.
    public var sourceQuotes = true

    /// The defaults: language by script, the built-in lexicons only, source-phrase quotes on.
    public init() {}

    public static let documentation = [
        OptionDoc("language", QuoteLanguage.self,
                  "Language of the cues: auto (per document, by script), ar or en."),
        OptionDoc("cues", [String].self,
                  "Extra Arabic reporting verbs: `LEMMA = PERFECT m / f / pl ; IMPERFECT m / f / pl ; PARTICIPLES "
                      + "m / f / pl ; VERBAL NOUNS m / f` (the format of Quotes/Resources/arabic-cues.txt) or a "
                      + "single word."),
        OptionDoc("english_cues", [String].self,
                  "Extra English reporting verbs: `LEMMA = PAST ; PRESENT ; PARTICIPLES` or a single word."),
        OptionDoc("source_phrases", [String].self,
                  "Extra source phrases that name where a report comes from, such as `استنادا` or `as_reported_by`."),
        OptionDoc("speaker_stops", [String].self,
                  "Extra words that end a speaker's name after a cue (adjuncts of place, time or medium)."),
        OptionDoc("source_quotes", Bool.self,
                  "Report statements attributed only by a source phrase (`…، بحسب المرصد`, `according to X, …`)."),
    ]

    private enum CodingKeys: String, CodingKey {
        case language, cues
        case englishCues = "english_cues"
        case sourcePhrases = "source_phrases"
        case speakerStops = "speaker_stops"
        case sourceQuotes = "source_quotes"
    }

    /// Reads the keys present and keeps the defaults for the others.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        language = try container.decodeIfPresent(QuoteLanguage.self, forKey: .language) ?? language
        cues = try container.decodeIfPresent([String].self, forKey: .cues) ?? cues
        englishCues = try container.decodeIfPresent([String].self, forKey: .englishCues) ?? englishCues
        sourcePhrases = try container.decodeIfPresent([String].self, forKey: .sourcePhrases) ?? sourcePhrases
        speakerStops = try container.decodeIfPresent([String].self, forKey: .speakerStops) ?? speakerStops
        sourceQuotes = try container.decodeIfPresent(Bool.self, forKey: .sourceQuotes) ?? sourceQuotes
    }
}
