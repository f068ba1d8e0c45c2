/// What a word or phrase of the lexicon means to the quantity grammar.
enum Meaning: Hashable {
    /// A qualifier written before the number (`أكثر من`, `نحو`, `more than`).
    case qualifier(Qualifier)
    /// A qualifier written after the quantity (`تقريبا`, `على الأقل`).
    case trailingQualifier(Qualifier)
    /// A number word: `ثلاثة` 3, `عشرون` 20, `ثلاثمئة` 300, `مئة` 100, `fifty` 50.
    case numeral(Double)
    /// A fraction that only counts before or after a magnitude: `نصف مليون`, `مليون ونصف`, `half a million`.
    case fraction(Double)
    /// A multiplier: `ألف`, `مليون`, `billion`, `bn`.
    case magnitude(Double)
    /// A dual multiplier (`ألفين`, `مليونا`): twice the magnitude alone, the magnitude after a number (`20 ألفا`).
    case dualMagnitude(Double)
    /// A plural multiplier (`آلاف`, `ملايين`, `thousands`): the magnitude after a number (`5 آلاف`), "several" alone.
    case pluralMagnitude(Double)
    /// A vague multiple (`عشرات`, `مئات`, `dozens`): "several tens, hundreds…", which may take a plural magnitude
    /// (`عشرات الآلاف`, `tens of thousands`).
    case vague(Double)
    /// A percent sign or phrase (`%`, `٪`, `في المئة`, `per cent`), or percentage points (`نقطة مئوية`).
    case percent(unit: String)
    /// A currency, by ISO 4217 code where the phrase says which (`دولار` USD, `ريال سعودي` SAR) and by an English name
    /// where it does not (`ريال` riyal). `before` says it may precede the amount (`$`, `US$`, `USD`).
    case currency(String, before: Bool)
    /// A unit of measure or of time, by its usual symbol or English name (`كلم` km, `أيام` day).
    case unit(String, QuantityKind)
    /// A dual noun of a unit that is itself a quantity: `يومين` two days, `عامين` two years.
    case dualUnit(String, QuantityKind)
    /// A month name (`أيار`, `مايو`, `كانون الثاني`, `May`), 1–12.
    case month(Int)
    /// The marker after a year: `م` (Gregorian, `2023م`) or `هـ` (Hijri).
    case yearMarker(YearCalendar)
    /// A word opening a range: `من`, `from`; `isBetween` for `بين`, `between`, which take `و`/`and` as separator.
    case rangeOpener(isBetween: Bool)
    /// A word between the two ends of a range: `إلى`, `حتى`, `to`, `-`; `needsBetween` for `و`/`and`.
    case rangeSeparator(needsBetween: Bool)
    /// `و`, `and`: joins the parts of a number written in words (`خمسة وعشرون`, `two hundred and fifty`).
    case connector
}

/// How a quantity is qualified in the text.
enum Qualifier: String, Hashable {
    case approx
    case moreThan = "more_than"
    case lessThan = "less_than"
    case atLeast = "at_least"
    case atMost = "at_most"
    /// An unnumbered multiple: `عشرات`, `آلاف المتظاهرين`, `hundreds of`; the value is the multiple's base.
    case several
}

/// The calendar of a year written with a marker.
enum YearCalendar: String, Hashable {
    case gregorian
    case hijri
}
