import SanadCore

/// An amount with what it measures: one end of a range, or a whole quantity without its qualifier.
struct Measurement {
    /// Where it starts in the original text.
    var start: Int
    /// The index of the token after it.
    var end: Int
    var kind: QuantityKind
    /// The numeric value (the year of a year).
    var value: Double?
    /// The upper end when the measurement is itself a range (`3-5 ملايين`, `3-5 May`).
    var upper: Double?
    /// The currency code, unit, or counted noun.
    var unit: String?
    var date: DateParts?
    /// The upper end of a date range written in one token (`3-5 May`, `2020-2022`).
    var upperDate: DateParts?
    /// The calendar a year marker named (`2023م`, `1445هـ`).
    var calendar: YearCalendar?
    /// `several` for an unnumbered multiple (`آلاف المتظاهرين`).
    var qualifier: Qualifier?
    /// Whether nothing but the number says what it is (a bare number, or a bare four-digit year), so the other end of
    /// a range may say it (`بين 2000 و3000 جندي`).
    var isBare = false
    /// For a bare year followed by what could be its counted noun (`2000 حبة`), that noun's token: the other end of a
    /// range may show it is a count after all (`بين 1500 و2000 حبة`).
    var nounAfterYear: Int?
    /// The amount it was read from (nil for a dual unit such as `يومين`).
    var amount: Amount?

    /// Whether this measurement is written as a range on its own.
    var isRange: Bool { upper != nil || upperDate != nil }

    /// The quantity this measurement is, covering `span` with the stated qualifier (which wins over `several`).
    func quantity(span: Span, qualifier stated: Qualifier?) -> Quantity {
        Quantity(
            span: span, kind: isRange ? .range : kind, of: isRange ? kind : nil,
            value: isRange || kind == .date ? nil : value,
            from: isRange ? (date.map { .string($0.timex) } ?? value.map(JSONValue.number)) : nil,
            to: isRange ? (upperDate.map { .string($0.timex) } ?? upper.map(JSONValue.number)) : nil,
            unit: unit, date: isRange ? nil : date?.timex, calendar: calendar, qualifier: stated ?? qualifier)
    }
}
