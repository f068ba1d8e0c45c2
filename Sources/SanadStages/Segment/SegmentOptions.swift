import SanadCore

/// Settings of the `segment` stage.
public struct SegmentOptions: StageOptions, Hashable {
    /// When a line break ends a sentence (`line_breaks`, default `always`: news text has one paragraph or headline a
    /// line).
    public var lineBreaks: LineBreakPolicy = .always
    /// Whether Arabic proclitics (و ف ب ل ك and the article ال) are recorded as each token's `prefix` (`clitics`,
    /// default `true`).
    public var clitics = true
    /// Extra abbreviations whose period does not end a sentence, with or without the period (`abbreviations`,
    /// default none): `["Gen.", "approx", "ج.م.ع"]`.
    public var abbreviations: [String] = []

    /// The defaults.
    public init() {}

    /// What `sanad stages` says about each key.
    public static let documentation = [
        OptionDoc(
            "line_breaks", LineBreakPolicy.self,
            "When a line break ends a sentence: always (default; news has one paragraph or headline a line), two "
                + "(only a blank line), never (line breaks are spaces)."),
        OptionDoc(
            "clitics", Bool.self,
            "Record Arabic proclitics (و ف ب ل ك ال and combinations) as each token's prefix, so later stages can "
                + "match the stem."),
        OptionDoc(
            "abbreviations", [String].self,
            "Extra abbreviations whose period does not end a sentence, e.g. [\"Gen.\", \"approx\"]; added to the "
                + "built-in English list."),
    ]

    private enum CodingKeys: String, CodingKey {
        case lineBreaks = "line_breaks"
        case clitics
        case abbreviations
    }

    /// Reads the keys present and keeps the defaults for the others.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lineBreaks = try container.decodeIfPresent(LineBreakPolicy.self, forKey: .lineBreaks) ?? lineBreaks
        clitics = try container.decodeIfPresent(Bool.self, forKey: .clitics) ?? clitics
        abbreviations = try container.decodeIfPresent([String].self, forKey: .abbreviations) ?? abbreviations
    }
}
