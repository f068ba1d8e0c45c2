import SanadCore

/// The built-in `normalize` stage: adds the `normalized` layer, a view of the text that later stages match on, with
/// an exact map back to the original offsets they store.
///
/// Its `stage.done` event counts `changed_chars` (original code points not copied unchanged) and, when non-zero, each
/// kind of change: `unicode_changed`, `diacritics_removed`, `tatweel_removed`, `alef_normalized`,
/// `alef_maqsura_normalized`, `teh_marbuta_normalized`, `digits`, `quotes`, `controls_removed`,
/// `whitespace_collapsed`.
public struct NormalizeStage: Stage {
    /// The stage's settings.
    public typealias Options = NormalizeOptions

    /// `use: normalize`.
    public static let name = "normalize"
    /// What `sanad stages` says about it.
    public static let summary =
        "Builds the normalized view (NFKC, Arabic letter and digit folding, diacritics, quotes, controls, whitespace) "
        + "with an exact map back to the original text."
    /// Nothing: it reads only the original text.
    public static let requires: Set<Layer> = []
    /// The `normalized` layer.
    public static let produces: Set<Layer> = [.normalized]

    /// The engine, built once from the options.
    public let normalizer: Normalizer

    /// Builds the stage's tables.
    public init(options: NormalizeOptions) {
        normalizer = Normalizer(options: options)
    }

    /// Sets ``Document/normalized`` and reports what changed.
    public func process(_ document: inout Document, context: inout StageContext) {
        let result = normalizer.normalize(document.scalars)
        document.normalized = result.text
        context.count("changed_chars", result.counts.changedChars)
        for (name, value) in result.counts.kinds where value > 0 {
            context.count(name, value)
        }
    }
}
