/// Dates around month names: `5 أيار/مايو 2023`, `كانون الثاني/يناير 2024`, `May 3, 2023`, `3 May`.
extension QuantityReader {
    /// A month and the year after it, read after a day number.
    struct MonthAndYear {
        let month: Int
        let year: Int?
        let calendar: YearCalendar?
        /// The index of the token after the year (or the month when there is no year).
        let end: Int
    }

    /// A month name at token `index`, with an equivalent name after `/` or in parentheses (`أيار/مايو`,
    /// `أيار (مايو)`, `كانون الثاني/يناير`), and the index of the token after it.
    func month(at index: Int) -> (month: Int, end: Int)? {
        guard let first = stream.match(at: index, definiteStems: false, Self.readMonth) else { return nil }
        let slash = stream.isWord(lexicon.grammar.slash, at: first.end)
        if slash || stream.isWord(lexicon.grammar.openParenthesis, at: first.end),
            let second = stream.match(at: first.end + 1, Self.readMonth)
        {
            if slash { return (first.value, second.end) }
            if stream.isWord(lexicon.grammar.closeParenthesis, at: second.end) { return (first.value, second.end + 1) }
        }
        return (first.value, first.end)
    }

    /// The month at token `index` and the year after it, if any (`أيار/مايو 2023`, `May 2023م`).
    func monthAndYear(at index: Int) -> MonthAndYear? {
        guard let month = month(at: index) else { return nil }
        guard let (year, calendar, end) = year(at: month.end) else {
            return MonthAndYear(month: month.month, year: nil, calendar: nil, end: month.end)
        }
        return MonthAndYear(month: month.month, year: year, calendar: calendar, end: end)
    }

    /// A date that starts with its month: `May 3, 2023`, `May 3`, `أيار 2023`, `May 2023`. A month alone is no date
    /// (`May` is also a verb, and `مايو الماضي` needs the document date).
    func monthFirstDate(at index: Int) -> Measurement? {
        guard let month = month(at: index), month.end < stream.count else { return nil }
        let start = stream.tokens[index].start
        if case .value(let value, let digits, true)? = stream.numbers[month.end], digits <= 2, (1...31).contains(value)
        {
            var end = month.end + 1
            var year: (Int, YearCalendar?, Int)? = self.year(at: end)
            if year == nil, stream.isWord(lexicon.grammar.comma, at: end), let afterComma = self.year(at: end + 1) {
                year = afterComma
            }
            end = year?.2 ?? end
            return Measurement(
                start: start, end: end, kind: .date,
                date: DateParts(year: year?.0, month: month.month, day: Int(value)),
                calendar: year?.1)
        }
        guard let (year, calendar, end) = year(at: month.end) else { return nil }
        return Measurement(
            start: start, end: end, kind: .date, date: DateParts(year: year, month: month.month), calendar: calendar)
    }

    /// Four bare digits at token `index`, with a year marker after them if any.
    private func year(at index: Int) -> (Int, YearCalendar?, Int)? {
        guard index < stream.count, case .value(let value, 4, true)? = stream.numbers[index] else { return nil }
        let marker = stream.match(at: index + 1) { meaning -> YearCalendar? in
            if case .yearMarker(let calendar) = meaning { calendar } else { nil }
        }
        return (Int(value), marker?.value, marker?.end ?? index + 1)
    }

    private static func readMonth(_ meaning: Meaning) -> Int? {
        if case .month(let month) = meaning { month } else { nil }
    }
}
