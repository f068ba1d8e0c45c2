import SanadCore

/// Words that a period may follow without ending the sentence, and how each one behaves.
///
/// Arabic single-letter abbreviations (`د.`, `م.`, `ق.م`, `ص.ب`) are recognized by shape in the tokenizer; these
/// lists are for English and for the `abbreviations` option.
struct Abbreviations: Sendable {
    /// How a sentence may continue after an abbreviation's period.
    enum Kind: Sendable {
        /// A title before a name (`Mr.`, `Gen.`) or a Latin connective (`e.g.`): never ends a sentence.
        case title
        /// Ends a sentence only when the next word is a typical sentence start (`Inc. The …`).
        case ordinary
        /// An abbreviation only before a number (`No. 5`, `pp. 3`); otherwise an ordinary word (`I said no.`).
        case beforeNumber
    }

    private var kinds: [AbbreviationKey: Kind] = [:]

    /// The built-in English list plus `extra` words (with or without their final period) as ordinary ones.
    /// Throws when an extra entry could never match a word (empty, with spaces, or too long).
    init(extra: [String]) throws(StageSetupError) {
        for (words, kind) in [
            (Self.titles, Kind.title), (Self.ordinary, .ordinary), (Self.beforeNumber, .beforeNumber),
        ] {
            for word in words.split(separator: " ") {
                kinds[AbbreviationKey(String(word))!] = kind
            }
        }
        for word in extra {
            let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
            guard !bare.unicodeScalars.contains(where: { $0.properties.isWhitespace }),
                let key = AbbreviationKey(bare)
            else {
                throw StageSetupError(
                    "segment: abbreviation '\(word)' must be one word of 1 to \(AbbreviationKey.capacity) characters "
                        + "without spaces (the final period is optional), e.g. 'Gen.'")
            }
            kinds[key] = kinds[key] ?? .ordinary
        }
    }

    /// How `text[range]` (a word without its final period) behaves as an abbreviation, or nil when it is not one.
    func kind(of text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Kind? {
        guard let key = AbbreviationKey(text, range) else { return nil }
        return kinds[key]
    }

    /// Titles and connectives that a sentence never ends on.
    private static let titles =
        "mr mrs ms messrs mmes dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev hon pres supt "
        + "insp fr e.g i.e cf viz vs"
    /// Abbreviations that may end a sentence: months, company suffixes, addresses, US states, and the like.
    private static let ordinary =
        "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd llc plc bros jr sr st mt ave blvd rd "
        + "dept univ assn est fig figs al etc approx ca ed eds "
        + "ala ariz ark calif colo conn fla kan ky md mich minn mont neb nev okla ore tenn tex vt wis wyo"
    /// Abbreviations that are only abbreviations before a number.
    private static let beforeNumber = "no nos p pp vol art para"
}
