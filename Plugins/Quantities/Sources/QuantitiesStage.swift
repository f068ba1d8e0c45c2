import SanadCore

/// The `quantities` stage: numbers with what they measure, in Arabic and English news.
///
/// It reads the tokens (so it runs after `segment`) and adds the custom layer `quantities` to
/// ``Document/extensions``: a JSON array, in text order, of objects with `start`, `end` (original code point
/// offsets), `text`, `kind` (``QuantityKind``), and as they apply `value` (magnitudes applied), `unit` (currency
/// code, unit, or counted noun), `qualifier` (`approx`, `more_than`, `less_than`, `at_least`, `at_most`, `several`),
/// `date` (TIMEX3, `XXXX-05-03` when the year is not written), `calendar`, and for a range `of`, `from`, `to`.
///
/// Words are compared through ``LookupKey``, which folds spelling variants and digits itself, so the stage reads the
/// original tokens whether or not `normalize` ran. Its `stage.done` event counts `quantities`.
public struct QuantitiesStage: Stage {
    public typealias Options = QuantitiesOptions

    public static let name = "quantities"
    public static let summary =
        "Finds quantities in Arabic and English: counts with their noun, money, percentages, measures, durations, "
        + "dates, years and ranges, with magnitudes (آلاف، مليار، million, bn) and qualifiers (أكثر من، نحو، about)."
    public static let requires: Set<Layer> = [.tokens]
    public static let produces: Set<Layer> = [layer]

    /// The layer the stage adds to ``Document/extensions``.
    public static let layer: Layer = "quantities"

    /// The options the stage was built with.
    public let options: QuantitiesOptions
    private let lexicon: Lexicon
    private let kinds: Set<QuantityKind>

    /// Builds the stage; throws ``StageSetupError`` when `kinds` is empty or an extra unit or currency has no word
    /// or no name.
    public init(options: QuantitiesOptions) throws {
        guard !options.kinds.isEmpty else {
            throw StageSetupError(
                "quantities: `kinds` is empty, so the stage would find nothing; list some of: "
                    + QuantityKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var lexicon = Lexicon()
        lexicon.addNumberWords()
        lexicon.addCurrencies()
        lexicon.addUnits()
        lexicon.addDates()
        lexicon.addQualifiersAndRanges()
        for (option, entries, meaning) in [
            ("units", options.units, { Meaning.unit($0, .measure) }),
            ("currencies", options.currencies, { Meaning.currency($0, before: false) }),
        ] as [(String, [String: String], (String) -> Meaning)] {
            for (phrase, name) in entries.sorted(by: { $0.key < $1.key }) {
                guard Lexicon.hasWords(phrase), !name.isEmpty else {
                    throw StageSetupError(
                        "quantities: `\(option)` entry \"\(phrase)\": \"\(name)\" needs a phrase with at least one "
                            + "letter and a non-empty name")
                }
                lexicon.add(phrase, meaning(name))
            }
        }
        self.options = options
        self.lexicon = lexicon
        kinds = Set(options.kinds)
    }

    /// Sets `extensions["quantities"]` and counts the quantities found.
    public func process(_ document: inout Document, context: inout StageContext) {
        let reader = QuantityReader(
            lexicon: lexicon, countedNouns: options.countedNouns, stream: TokenStream(document, lexicon: lexicon))
        let found = reader.quantities().filter { $0.isKept(by: kinds) }
        document.extensions[Self.layer.rawValue] = .array(found.map { $0.json(in: document) })
        context.count("quantities", found.count)
    }
}
