import SanadCore

/// The settings of the `keywords` stage.
public struct KeywordsOptions: StageOptions {
    /// How many key phrases to report.
    public var top = 10
    /// The longest phrase, in words.
    public var maxWords = 3
    /// Extra stopwords.
    public var stopwords: [String] = []
    /// Occurrences a phrase of two words or more needs to be reported.
    public var minPhraseCount = 2
    /// Whether a phrase that repeats a better-ranked one is left out.
    public var dropRepeats = true

    /// The defaults.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case top
        case maxWords = "max_words"
        case stopwords
        case minPhraseCount = "min_phrase_count"
        case dropRepeats = "drop_repeats"
    }

    /// Decodes options; a missing key keeps its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = KeywordsOptions()
        top = try container.decodeIfPresent(Int.self, forKey: .top) ?? defaults.top
        maxWords = try container.decodeIfPresent(Int.self, forKey: .maxWords) ?? defaults.maxWords
        stopwords = try container.decodeIfPresent([String].self, forKey: .stopwords) ?? defaults.stopwords
        minPhraseCount = try container.decodeIfPresent(Int.self, forKey: .minPhraseCount) ?? defaults.minPhraseCount
        dropRepeats = try container.decodeIfPresent(Bool.self, forKey: .dropRepeats) ?? defaults.dropRepeats
    }

    /// One entry per key, in the order `sanad stages` lists them.
    public static let documentation: [OptionDoc] = [
        OptionDoc("top", Int.self, "How many key phrases to report (at least 1), best first."),
        OptionDoc(
            "max_words", Int.self,
            "The longest key phrase in words, 1–6. Default 3, as in YAKE: longer phrases are rarely repeated whole."),
        OptionDoc(
            "stopwords", [String].self,
            "Extra words that may not start or end a phrase (the site's name, a byline word such as متابعات), "
                + "compared without diacritics, hamza forms or clitics like the built-in Arabic and English lists."),
        OptionDoc(
            "min_phrase_count", Int.self,
            "Occurrences a phrase of two or more words needs (at least 1; single words need one). Default 2: a phrase "
                + "seen once is rarely a unit of the article, and YAKE's product of word weights otherwise fills the "
                + "list with three-word fragments of the lead sentence."),
        OptionDoc(
            "drop_repeats", Bool.self,
            "Leave out a phrase that repeats a better-ranked one: it lies inside it (غزة after قطاع غزة) or shares "
                + "two words in a row with it (أحمد جعفر المجيشي after العريف أحمد جعفر), so ten phrases name ten "
                + "things."),
    ]
}
