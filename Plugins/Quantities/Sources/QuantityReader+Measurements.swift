/// Measurements: an amount and what it measures.
extension QuantityReader {
    /// The measurement starting at token `index`.
    func measurement(at index: Int) -> Measurement? {
        if let date = monthFirstDate(at: index) { return date }
        let currency = stream.match(at: index) { meaning -> String? in
            if case .currency(let code, before: true) = meaning { code } else { nil }
        }
        if currency == nil,
            let dual = stream.match(
                at: index,
                { meaning -> (String, QuantityKind)? in
                    if case .dualUnit(let unit, let kind) = meaning { (unit, kind) } else { nil }
                })
        {
            return Measurement(start: dual.start, end: dual.end, kind: dual.value.1, value: 2, unit: dual.value.0)
        }
        guard let amount = amount(at: currency?.end ?? index) else { return nil }
        var measurement = Measurement(
            start: currency?.start ?? amount.start, end: amount.end, kind: .number, value: amount.value,
            upper: amount.upper, qualifier: amount.isSeveral ? .several : nil, amount: amount)
        if let date = amount.date {
            measurement.kind = .date
            measurement.date = date
        } else if let currency {
            measurement.kind = .money
            measurement.unit = currency.value
        } else if let attached = amount.attached {
            measurement.take(attached)
        } else if let suffix = stream.match(at: amount.end, { $0.measures ? $0 : nil }) {
            measurement.take(suffix.value)
            measurement.end = suffix.end
        } else if let day = amount.day, let date = monthAndYear(at: amount.end) {
            measurement.kind = .date
            measurement.date = DateParts(year: date.year, month: date.month, day: day)
            measurement.upperDate = amount.upper.flatMap { DateParts(year: date.year, month: date.month, day: Int($0)) }
            measurement.upper = nil
            measurement.calendar = date.calendar
            measurement.end = date.end
        } else {
            readYearCountOrNumber(amount, from: index, into: &measurement)
        }
        return measurement
    }

    /// Four-digit numbers read as years even before a word: in news they almost always are (`لندن 2012 شهدت`,
    /// `في 2015 إلا`), so `2000 جندي` is the price.
    static let recentYears = 1900...2100

    /// What a number without unit, currency or month is: a year (with a marker, after a year word, or four digits
    /// 1900–2100), the count of the noun after it, a year after `في`/`in`, or a bare number.
    private func readYearCountOrNumber(_ amount: Amount, from index: Int, into measurement: inout Measurement) {
        let marker = stream.match(at: amount.end) { meaning -> YearCalendar? in
            if case .yearMarker(let calendar) = meaning { calendar } else { nil }
        }
        let afterYearWord = stream.isWord(in: .yearWord, at: index - 1)
        let afterYearContext = stream.isWord(in: .yearContext, at: index - 1)
        let year = amount.upper == nil || amount.isYearRange ? amount.year : nil
        if let year, marker != nil || afterYearWord || Self.recentYears.contains(year) {
            measurement.setYears(year, amount.upper, calendar: marker?.value)
            measurement.end = marker?.end ?? measurement.end
            measurement.isBare = marker == nil && !afterYearWord && !afterYearContext
            if measurement.isBare { measurement.nounAfterYear = countedNoun(at: amount.end, several: false) }
        } else if let noun = countedNoun(at: amount.end, several: amount.isSeveral) {
            measurement.kind = .count
            measurement.unit = stream.text(of: stream.tokens[noun].stem)
            measurement.end = noun + 1
        } else if let year, afterYearContext {
            measurement.setYears(year, amount.upper, calendar: nil)
        } else {
            measurement.isBare = true
        }
    }

    /// The token index of the noun that the amount before token `index` counts: an indefinite noun (`300 جندي`,
    /// `300 soldiers`), or a definite one after `من` (`300 من الجنود`); after an unnumbered multiple, a definite noun
    /// (`آلاف المتظاهرين`) or one after `of` (`thousands of protesters`).
    func countedNoun(at index: Int, several: Bool) -> Int? {
        guard countedNouns, index < stream.count else { return nil }
        if stream.isArabicWord(index) {
            if stream.isWord(lexicon.grammar.min, at: index), stream.isDefinite(index + 1), isNoun(index + 1) {
                return index + 1
            }
            let fits = several ? stream.isDefinite(index) : stream.tokens[index].prefix == 0
            return fits && isNoun(index) ? index : nil
        }
        if stream.isLatinWord(index) {
            if stream.isWord(lexicon.grammar.of, at: index) { return isNoun(index + 1) ? index + 1 : nil }
            return !several && isNoun(index) ? index : nil
        }
        return nil
    }

    /// Whether token `index` can be a counted noun: a word of two letters or more that is no function word, no word
    /// of the lexicon, and not an English past tense (`1.5 million fled`).
    private func isNoun(_ index: Int) -> Bool {
        guard stream.isArabicWord(index) || stream.isLatinWord(index) else { return false }
        let stem = stream.tokens[index].stem
        if stream.isLatinWord(index), stem.length > 2, stream.scalars[stem.end - 2] == "e",
            stream.scalars[stem.end - 1] == "d"
        {
            return false
        }
        return stem.length >= 2 && !stream.isWord(in: .nonNoun, at: index) && !stream.startsPhrase(index)
    }
}

extension Meaning {
    /// Whether this meaning says what a number measures when it follows it: a percent, currency or unit.
    var measures: Bool {
        switch self {
        case .percent, .currency, .unit: true
        default: false
        }
    }
}

extension Measurement {
    /// Takes the kind and unit of a percent, currency or unit word.
    mutating func take(_ meaning: Meaning) {
        switch meaning {
        case .percent(let unit):
            kind = .percent
            self.unit = unit
        case .currency(let code, _):
            kind = .money
            unit = code
        case .unit(let unit, let kind):
            self.kind = kind
            self.unit = unit
        default: break
        }
    }

    /// Makes this measurement the year `year`, or the years `year`–`upper`.
    mutating func setYears(_ year: Int, _ upper: Double?, calendar: YearCalendar?) {
        kind = .date
        date = DateParts(year: year)
        upperDate = upper.flatMap { DateParts(year: Int($0)) }
        self.upper = nil
        self.calendar = calendar
    }
}
