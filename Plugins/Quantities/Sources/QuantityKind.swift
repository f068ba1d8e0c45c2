import SanadCore

/// What a quantity measures; the `kinds` option lists which kinds the stage reports.
public enum QuantityKind: String, OptionChoice {
    /// A number with nothing that says what it counts (`ارتفع إلى 300`). Not reported by default.
    case number
    /// A number with the noun it counts (`300 جندي`, `آلاف المتظاهرين`, `5,000 protesters`).
    case count
    /// An amount of a currency (`12 مليار دولار`, `$12bn`).
    case money
    /// A percentage or percentage points (`30 في المئة`, `٣٠٪`).
    case percent
    /// A physical measure (`50 كلم`, `2 million barrels`).
    case measure
    /// A length of time (`3 أيام`, `عامين`, `ten years`).
    case duration
    /// A date or a year (`5 أيار/مايو 2023`, `عام 2020`, `May 3, 2023`).
    case date
    /// Two ends of one kind (`من 3 إلى 5 أيار/مايو`, `بين 10 و20 في المئة`, `3-5 million`).
    case range

    /// Every kind but `number`, which is mostly noise (article numbers, scores, list items).
    public static let defaults: [QuantityKind] = allCases.filter { $0 != .number }
}
