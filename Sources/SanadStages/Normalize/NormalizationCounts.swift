/// How much `normalize` changed one text, per kind of change; the stage reports these in its `stage.done` event.
public struct NormalizationCounts: Hashable, Sendable {
    /// Original code points not copied unchanged into the view (removed, replaced, or recomposed).
    public var changedChars = 0
    /// Original code points in groups that the Unicode form changed.
    public var unicodeChanged = 0
    /// Diacritics removed.
    public var diacriticsRemoved = 0
    /// Tatweels removed.
    public var tatweelRemoved = 0
    /// Alef variants folded to bare alef.
    public var alefNormalized = 0
    /// Alef maqsuras folded to yeh.
    public var alefMaqsuraNormalized = 0
    /// Teh marbutas folded to heh.
    public var tehMarbutaNormalized = 0
    /// Digits folded to ASCII.
    public var digits = 0
    /// Quotation marks folded to ASCII.
    public var quotes = 0
    /// Invisible controls removed.
    public var controlsRemoved = 0
    /// Whitespace code points in runs that were rewritten (a lone space or `\n` is left as is and not counted).
    public var whitespaceCollapsed = 0

    /// No changes.
    public init() {}

    /// The per-kind counts under their log names (`unicode_changed`, `diacritics_removed`…), in a fixed order;
    /// ``changedChars`` is not among them.
    public var kinds: [(name: String, value: Int)] {
        [
            ("unicode_changed", unicodeChanged),
            ("diacritics_removed", diacriticsRemoved), ("tatweel_removed", tatweelRemoved),
            ("alef_normalized", alefNormalized), ("alef_maqsura_normalized", alefMaqsuraNormalized),
            ("teh_marbuta_normalized", tehMarbutaNormalized), ("digits", digits), ("quotes", quotes),
            ("controls_removed", controlsRemoved), ("whitespace_collapsed", whitespaceCollapsed),
        ]
    }

    /// Counts one application of `rule` (whitespace is counted per run, by the builder).
    mutating func record(_ rule: ScalarRule) {
        switch rule {
        case .alef: alefNormalized += 1
        case .alefMaqsura: alefMaqsuraNormalized += 1
        case .tehMarbuta: tehMarbutaNormalized += 1
        case .digit: digits += 1
        case .quote: quotes += 1
        case .diacritic: diacriticsRemoved += 1
        case .tatweel: tatweelRemoved += 1
        case .control: controlsRemoved += 1
        case .keep, .space, .lineBreak, .carriageReturn: break
        }
    }
}
