/// A number read from digits or words, before the grammar knows what it measures.
struct Amount {
    /// Where it starts in the original text.
    var start: Int
    /// The index of the token after it.
    var end: Int
    /// The value, magnitudes applied (`5 آلاف` is 5000).
    var value: Double
    /// The upper end of a range written in one token (`3-5`).
    var upper: Double?
    /// The largest magnitude applied (`آلاف` 1000), for sharing it across a range (`3 إلى 5 ملايين`).
    var magnitude: Double?
    /// The count of digits when written as bare digits without magnitude (`2023`, not `2,023` or `2023 ألف`): only
    /// such numbers are days and years.
    var plainDigits: Int?
    /// An unnumbered multiple (`عشرات`, `آلاف` alone, `hundreds of`): the noun it counts follows as a definite noun
    /// or after `of`.
    var isSeveral = false
    /// A whole date written in digits (`12/5/2023`).
    var date: DateParts?
    /// A unit, currency or percent written onto the digits (`5km`, `12bn` has a magnitude instead).
    var attached: Meaning?

    /// The value before the magnitude (`5` in `5 ملايين`).
    var base: Double { magnitude.map { value / $0 } ?? value }

    /// The day of the month this amount can be (the first of `3-5`): bare digits 1–31.
    var day: Int? {
        guard let plainDigits, plainDigits <= 2, (1...31).contains(value), (upper ?? 1) <= 31 else { return nil }
        return Int(value)
    }

    /// The year this amount can be: four bare digits.
    var year: Int? {
        guard plainDigits == 4 else { return nil }
        return Int(value)
    }

    /// Whether both ends of a one-token range are years (`2020-2022`, `2023/24`).
    var isYearRange: Bool {
        guard let upper, plainDigits == 4 else { return false }
        return (1000...2999).contains(upper)
    }
}
