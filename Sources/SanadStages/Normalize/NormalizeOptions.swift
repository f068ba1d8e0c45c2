import SanadCore

/// The settings of the `normalize` stage; the defaults suit Arabic news.
///
/// The Unicode form is applied first (NFKC can produce tashkeel, tatweel and spaces, e.g. `ﹱ` → `ـً`), then the
/// per-code-point rules (removals, letter and digit folding, quotes), then whitespace collapsing, so each rule sees
/// the output of the Unicode step.
public struct NormalizeOptions: StageOptions {
    /// Unicode normalization form applied first.
    public var unicode: UnicodeForm = .nfkc
    /// Tashkeel, superscript alef and Quranic annotation marks.
    public var diacritics: RemoveOrKeep = .remove
    /// The tatweel (kashida) `ـ` U+0640.
    public var tatweel: RemoveOrKeep = .remove
    /// Fold `أ إ آ ٱ` to `ا`.
    public var alef = true
    /// Fold alef maqsura `ى` to yeh `ي`.
    public var alefMaqsura = false
    /// Fold teh marbuta `ة` to heh `ه`.
    public var tehMarbuta = false
    /// Arabic-Indic and Persian digits to ASCII digits.
    public var digits = true
    /// Typographic quotation marks to ASCII `"` and `'`.
    public var quotes = true
    /// Invisible format controls: zero-width and bidirectional marks, byte order mark, soft hyphen.
    public var controls: RemoveOrKeep = .remove
    /// Runs of whitespace.
    public var whitespace: WhitespaceHandling = .collapse

    /// The defaults.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case unicode, diacritics, tatweel, alef
        case alefMaqsura = "alef_maqsura"
        case tehMarbuta = "teh_marbuta"
        case digits, quotes, controls, whitespace
    }

    /// Decodes options; a missing key keeps its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = NormalizeOptions()
        unicode = try container.decodeIfPresent(UnicodeForm.self, forKey: .unicode) ?? defaults.unicode
        diacritics = try container.decodeIfPresent(RemoveOrKeep.self, forKey: .diacritics) ?? defaults.diacritics
        tatweel = try container.decodeIfPresent(RemoveOrKeep.self, forKey: .tatweel) ?? defaults.tatweel
        alef = try container.decodeIfPresent(Bool.self, forKey: .alef) ?? defaults.alef
        alefMaqsura = try container.decodeIfPresent(Bool.self, forKey: .alefMaqsura) ?? defaults.alefMaqsura
        tehMarbuta = try container.decodeIfPresent(Bool.self, forKey: .tehMarbuta) ?? defaults.tehMarbuta
        digits = try container.decodeIfPresent(Bool.self, forKey: .digits) ?? defaults.digits
        quotes = try container.decodeIfPresent(Bool.self, forKey: .quotes) ?? defaults.quotes
        controls = try container.decodeIfPresent(RemoveOrKeep.self, forKey: .controls) ?? defaults.controls
        whitespace = try container.decodeIfPresent(WhitespaceHandling.self, forKey: .whitespace) ?? defaults.whitespace
    }

    /// Options that change nothing: the view equals the original text and the alignment map is the identity.
    public static var identity: NormalizeOptions {
        var options = NormalizeOptions()
        options.unicode = .none
        options.diacritics = .keep
        options.tatweel = .keep
        options.alef = false
        options.alefMaqsura = false
        options.tehMarbuta = false
        options.digits = false
        options.quotes = false
        options.controls = .keep
        options.whitespace = .keep
        return options
    }

    /// One entry per key, in the order `sanad stages` lists them; each says what its default is for.
    public static let documentation: [OptionDoc] = [
        OptionDoc(
            "unicode", UnicodeForm.self,
            "Unicode form applied before every other rule. Default nfkc: Arabic news copied from PDFs and old systems "
                + "carries presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF such as ﻻ ﺑ) that NFC keeps and NFKC folds "
                + "to base letters; NFKC also folds full-width digits, ligatures and no-break spaces."),
        OptionDoc(
            "diacritics", RemoveOrKeep.self,
            "Tashkeel U+064B–U+0652 and U+0656–U+065F, superscript alef U+0670, Quranic marks U+0610–U+061A and "
                + "U+06D6–U+06ED (not the letters U+06E5–U+06E6 nor the signs U+06DD, U+06DE, U+06E9). A removed mark "
                + "joins the span of the character before it, so a word's original span keeps its final vowel."),
        OptionDoc(
            "tatweel", RemoveOrKeep.self,
            "The tatweel ـ U+0640, which only stretches a word; joins the span before it when removed."),
        OptionDoc(
            "alef", Bool.self,
            "Fold the alef variants أ إ آ ٱ to bare ا, as writers drop the hamza inconsistently."),
        OptionDoc(
            "alef_maqsura", Bool.self,
            "Fold alef maqsura ى to yeh ي. Off by default: it merges على (on) with the name علي (Ali), which "
                + "misleads entity matching; turn it on for Egyptian-style text that writes final ي as ى."),
        OptionDoc(
            "teh_marbuta", Bool.self,
            "Fold teh marbuta ة to heh ه. Off by default: news text spells ة reliably and the fold merges distinct "
                + "words."),
        OptionDoc(
            "digits", Bool.self,
            "Arabic-Indic digits ٠–٩ (U+0660–U+0669) and Persian digits ۰–۹ (U+06F0–U+06F9) to ASCII 0–9."),
        OptionDoc(
            "quotes", Bool.self,
            "Double quotation marks “ ” « » „ ‟ ″ to \", and single ‘ ’ ‚ ‛ to ' (not \": ’ is mostly an "
                + "apostrophe, as in don’t)."),
        OptionDoc(
            "controls", RemoveOrKeep.self,
            "Invisible controls: zero-width space/joiners and LRM/RLM U+200B–U+200F, Arabic letter mark U+061C, "
                + "bidi embeddings U+202A–U+202E and isolates U+2066–U+2069, word joiner U+2060, BOM U+FEFF, soft "
                + "hyphen U+00AD. Unlike diacritics, a removed control joins no span, so spans never start or end "
                + "on one."),
        OptionDoc(
            "whitespace", WhitespaceHandling.self,
            "collapse: a whitespace run without a line break becomes one space; with one line break (CRLF counts as "
                + "one) it becomes \\n, with two or more \\n\\n — the segmenter's line-break sentence rules "
                + "read these, so paragraph breaks survive."),
    ]
}
