/// Ranges of two measurements: `من 3 إلى 5 أيار/مايو`, `بين 10 و20 في المئة`, `3 to 5 million`.
extension QuantityReader {
    /// One range from `first` and `second`, or nil when they measure different things.
    ///
    /// An end that says nothing but its number takes what the other says: a day takes the other's month and year,
    /// a bare number its unit and its magnitude when smaller than the other's number (`3 إلى 5 ملايين`: 3 million, but
    /// `500 to 2 million`: 500), a four-digit number a year when the other is one.
    func range(_ first: Measurement, _ second: Measurement) -> Measurement? {
        guard !first.isRange, !second.isRange else { return nil }
        var first = first
        var second = second
        // `بين 1500 و2000 حبة`: a bare year after a number that is no year counts the noun after it.
        if first.kind != .date, second.kind == .date, second.isBare, let noun = second.nounAfterYear {
            second.kind = .count
            second.unit = stream.text(of: stream.tokens[noun].stem)
            second.date = nil
            second.upperDate = nil
            second.end = noun + 1
            second.isBare = false
        }
        if let firstYear = first.amount?.year, let secondYear = second.amount?.year, first.isYearOrBare,
            second.isYearOrBare, first.kind == .date || second.kind == .date
        {
            if first.kind != .date { first.setYears(firstYear, nil, calendar: nil) }
            if second.kind != .date { second.setYears(secondYear, nil, calendar: nil) }
        } else if second.kind == .date, first.isBare || first.kind == .number, let day = first.amount?.day,
            let later = second.date, later.day != nil
        {
            first.kind = .date
            first.date = DateParts(year: later.year, month: later.month, day: day)
        } else if first.kind == .date, second.kind == .date, let earlier = first.date, let later = second.date {
            first.date = earlier.completed(from: later)
        } else if first.isBare, !second.isBare, second.kind != .date, let value = first.value {
            first.kind = second.kind
            first.unit = second.unit
            first.date = nil
            if first.amount?.magnitude == nil, let magnitude = second.amount?.magnitude,
                let base = second.amount?.base, value < base
            {
                first.value = value * magnitude
            }
        }
        guard first.kind == second.kind, first.unit == second.unit || first.kind == .date else { return nil }
        var range = first
        range.end = second.end
        range.upper = second.kind == .date ? nil : second.value
        range.upperDate = second.kind == .date ? second.date : nil
        range.qualifier = first.qualifier ?? second.qualifier
        range.calendar = first.calendar ?? second.calendar
        return range
    }
}

extension Measurement {
    /// Whether this is a year, or a bare number that may become one.
    fileprivate var isYearOrBare: Bool {
        isBare || kind == .date && date?.month == nil
    }
}
