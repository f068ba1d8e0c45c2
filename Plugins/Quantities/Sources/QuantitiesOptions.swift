import SanadCore

/// The settings of the `quantities` stage.
public struct QuantitiesOptions: StageOptions {
    /// The kinds of quantity to report.
    public var kinds: [QuantityKind] = QuantityKind.defaults
    /// Whether a number takes the noun after it as what it counts (`300 جندي`: a count of `جندي`).
    public var countedNouns = true
    /// Extra units of measure: phrase as written → unit name.
    public var units: [String: String] = [:]
    /// Extra currencies written after the amount: phrase as written → code or name.
    public var currencies: [String: String] = [:]

    /// The defaults.
    public init() {}

    enum CodingKeys: String, CodingKey {
        case kinds
        case countedNouns = "counted_nouns"
        case units, currencies
    }

    /// Decodes options; a missing key keeps its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = QuantitiesOptions()
        kinds = try container.decodeIfPresent([QuantityKind].self, forKey: .kinds) ?? defaults.kinds
        countedNouns = try container.decodeIfPresent(Bool.self, forKey: .countedNouns) ?? defaults.countedNouns
        units = try container.decodeIfPresent([String: String].self, forKey: .units) ?? defaults.units
        currencies = try container.decodeIfPresent([String: String].self, forKey: .currencies) ?? defaults.currencies
    }

    /// One entry per key, in the order `sanad stages` lists them.
    public static let documentation: [OptionDoc] = [
        OptionDoc(
            "kinds", [QuantityKind].self,
            "Kinds of quantity to report. A range is reported when `range` and the kind of its ends are both listed. "
                + "`number` (a number that says nothing about what it measures) is off by default: in news it is "
                + "mostly article numbers, scores and list items."),
        OptionDoc(
            "counted_nouns", Bool.self,
            "Read the noun after a number as what it counts (`أكثر من 300 جندي`: a count of `جندي`, `آلاف "
                + "المتظاهرين`, `5,000 protesters`). Off: such numbers are bare numbers."),
        OptionDoc(
            "units", [String: String].self,
            "Extra units of measure, phrase as written (one or more words) → unit name, e.g. {\"قيراط\": \"carat\"}; "
                + "they extend the built-in list (km, kg, t, barrel, MW, ha, feddan, dunam…)."),
        OptionDoc(
            "currencies", [String: String].self,
            "Extra currencies written after the amount, phrase as written → code or name, e.g. {\"تومان\": \"toman\"}; "
                + "they extend the built-in list (dollar, euro, pound, riyal, dinar, dirham, lira, shekel…)."),
    ]
}
