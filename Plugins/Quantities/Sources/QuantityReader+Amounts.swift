/// Amounts: digits with a magnitude (`12 مليار`, `1.5 million`, `12bn`), number words (`ثلاثة ملايين`,
/// `خمسة وعشرون`, `مئات الآلاف`), and what joins them (`2 مليون و300 ألف`, `مليون ونصف`).
extension QuantityReader {
    /// A number word as the amount grammar reads it.
    enum NumberWord {
        case numeral(Double)
        case fraction(Double)
        case magnitude(Double)
        case dual(Double)
        case plural(Double)
        case vague(Double)

        init?(_ meaning: Meaning) {
            switch meaning {
            case .numeral(let value): self = .numeral(value)
            case .fraction(let value): self = .fraction(value)
            case .magnitude(let value): self = .magnitude(value)
            case .dualMagnitude(let value): self = .dual(value)
            case .pluralMagnitude(let value): self = .plural(value)
            case .vague(let value): self = .vague(value)
            default: return nil
            }
        }

        /// The multiplier of a magnitude word in any number (`20 ألفا`, `5 آلاف`: 1000).
        var multiplier: Double? {
            switch self {
            case .magnitude(let value), .dual(let value), .plural(let value): value
            default: nil
            }
        }
    }

    /// The amount starting at token `index`, with whatever joins it.
    func amount(at index: Int) -> Amount? {
        guard index < stream.count else { return nil }
        let token = stream.tokens[index]
        let amount: Amount?
        if token.kind == .number {
            amount = digits(at: index)
        } else if NumberText.digit(stream.scalars[token.start].value) != nil {
            amount = digitsWithSuffix(at: index)
        } else {
            amount = words(at: index)
        }
        return amount.map(continued)
    }

    /// A number token, with the magnitude word after it.
    private func digits(at index: Int) -> Amount? {
        guard let reading = stream.numbers[index] else { return nil }
        let token = stream.tokens[index]
        var amount: Amount
        switch reading {
        case .value(let value, let integerDigits, let isPlain):
            if isPlain, let decimal = reversedDecimal(fraction: value, digits: integerDigits, at: index) {
                return decimal
            }
            amount = Amount(
                start: token.start, end: index + 1, value: value, plainDigits: isPlain ? integerDigits : nil)
        case .range(let lower, let upper):
            amount = Amount(
                start: token.start, end: index + 1, value: lower, upper: upper, plainDigits: String(Int(lower)).count)
        case .date(let date):
            return Amount(start: token.start, end: index + 1, value: 0, date: date)
        }
        return withMagnitude(amount)
    }

    /// `amount` times the magnitude word right after it, if any (`12 مليار`, `1.5 million`, `20 ألفا`).
    private func withMagnitude(_ amount: Amount) -> Amount {
        guard let magnitude = numberWord(at: amount.end) else { return amount }
        guard let multiplier = magnitude.value.multiplier else { return amount }
        var amount = amount
        amount.apply(magnitude: multiplier, end: magnitude.end)
        return amount
    }

    /// A word starting with digits: `12bn`, `3m`, `5km`, `3rd`.
    private func digitsWithSuffix(at index: Int) -> Amount? {
        let token = stream.tokens[index]
        var split = token.start
        while split < token.end,
            NumberText.digit(stream.scalars[split].value) != nil
                || split + 1 < token.end && ".,٫٬".unicodeScalars.contains(stream.scalars[split])
                    && NumberText.digit(stream.scalars[split + 1].value) != nil
        {
            split += 1
        }
        guard case .value(let value, let integerDigits, let isPlain)? = NumberText(stream.scalars[token.start..<split])
        else { return nil }
        var amount = Amount(start: token.start, end: index + 1, value: value)
        var key: [UInt32] = []
        LookupKey.fold(stream.scalars, split..<token.end, into: &key)
        let suffix = lexicon.vocabulary.id(of: key).map(Int32.init) ?? -1
        if lexicon.grammar.ordinalSuffixes.contains(suffix) {
            amount.plainDigits = isPlain ? integerDigits : nil
            return amount
        }
        for entry in lexicon.entries(startingWith: suffix) where entry.rest.isEmpty {
            switch entry.meaning {
            case .magnitude(let magnitude):
                amount.apply(magnitude: magnitude, end: index + 1)
                return amount
            case .unit, .currency, .percent:
                amount.attached = entry.meaning
                return amount
            default: continue
            }
        }
        return nil
    }

    /// The decimal some Arabic papers write fraction first with `ر` as the mark, without spaces: `5ر14 مليون` is
    /// 14.5 million. `index` is the fraction's token (`digits` digits), followed by `ر` and the whole number.
    private func reversedDecimal(fraction: Double, digits: Int, at index: Int) -> Amount? {
        guard index + 2 < stream.count, stream.isWord(lexicon.grammar.reh, at: index + 1),
            stream.tokens[index].end == stream.tokens[index + 1].start,
            stream.tokens[index + 1].end == stream.tokens[index + 2].start,
            case .value(let whole, _, true)? = stream.numbers[index + 2]
        else { return nil }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return withMagnitude(Amount(start: stream.tokens[index].start, end: index + 3, value: whole + fraction / scale))
    }

    /// Number words: `ثلاثة ملايين`, `خمسة وعشرون ألفا`, `مليون`, `ألفين`, `آلاف`, `عشرات الآلاف`, `two hundred`.
    ///
    /// Terms combine the usual way (a magnitude multiplies what precedes it and closes a group) and only in the order
    /// a number is written, so `بين ثلاثة وخمسة` stays two numbers: `و` joins units to tens (`خمسة وعشرون`) and a
    /// smaller number to a hundred or magnitude (`مئة وخمسة`, `ألف ومئتان`), never two units or two tens.
    private func words(at index: Int) -> Amount? {
        guard let first = numberWord(at: index) else { return nil }
        var amount = Amount(start: first.start, end: first.end, value: 0)
        var total = 0.0
        var current = 0.0
        // The place value of the last term, which a term joined by `و` must stay below (or complete, units → tens).
        var order = 0.0
        var lastWasUnits = false
        switch first.value {
        case .numeral(let value), .fraction(let value):
            current = value
            order = Self.order(of: value)
            lastWasUnits = value < 10
        case .magnitude(let value):
            total = value
            order = value
            amount.magnitude = value
        case .dual(let value):
            total = 2 * value
            order = value
            amount.magnitude = value
        case .plural(let value):
            amount.value = value
            amount.magnitude = value
            amount.isSeveral = true
            return amount
        case .vague(let value):
            current = value
            order = value
            amount.isSeveral = true
            // `عشرات الآلاف`, `tens of thousands`.
            let next = stream.isWord(lexicon.grammar.of, at: first.end) ? first.end + 1 : first.end
            if let plural = numberWord(at: next, definite: true), case .plural(let magnitude) = plural.value {
                total = value * magnitude
                current = 0
                order = magnitude
                amount.magnitude = magnitude
                amount.end = plural.end
            }
            amount.value = total + current
            return amount
        }
        while let next = nextTerm(after: amount.end) {
            if let multiplier = next.term.value.multiplier, !next.joined, current != 0, multiplier > order {
                total += current * multiplier
                current = 0
                order = multiplier
                amount.magnitude = max(amount.magnitude ?? 0, multiplier)
                lastWasUnits = false
            } else if case .numeral(let value) = next.term.value, !next.joined, value == 100, current > 0, current < 10
            {
                current *= 100
                order = 100
                lastWasUnits = false
            } else if case .numeral(let value) = next.term.value, next.joined,
                lastWasUnits && value >= 20 && value < 100 || value < order && order >= 100
            {
                current += value
                order = Self.order(of: value)
                lastWasUnits = value < 10
            } else {
                break
            }
            amount.end = next.term.end
        }
        amount.value = total + current
        return Self.isWhole(amount, current: current, total: total) ? amount : nil
    }

    /// Whether a words amount says a number on its own: not a bare fraction (`نصف السكان`) nor a lone "one"
    /// (`دولة واحدة`, `one of`), which are not quantities.
    private static func isWhole(_ amount: Amount, current: Double, total: Double) -> Bool {
        if total == 0 && current < 1 { return false }
        if total == 0 && current == 1 { return false }
        return true
    }

    /// The place value of a numeral: 1 for units, 10 for 10–99, 100 for hundreds.
    private static func order(of value: Double) -> Double {
        value < 10 ? 1 : value < 100 ? 10 : 100
    }

    /// The number word after token `end - 1`: adjacent, or joined by `و`/`and` (a separate token or a clitic).
    private func nextTerm(after end: Int) -> (term: TokenStream.Match<NumberWord>, joined: Bool)? {
        if stream.isWord(lexicon.grammar.waw, at: end) || stream.isWord(lexicon.grammar.and, at: end),
            let term = numberWord(at: end + 1)
        {
            return (term, true)
        }
        if let term = numberWord(at: end) { return (term, stream.hasWawPrefix(end)) }
        return nil
    }

    /// The number word at token `index`; its stem counts after a clitic, after the article only when `definite`.
    private func numberWord(at index: Int, definite: Bool = false) -> TokenStream.Match<NumberWord>? {
        stream.match(at: index, definiteStems: definite, NumberWord.init)
    }

    /// `amount` with what joins it after a magnitude: `ونصف` or `ونصف المليون` (half the magnitude), or `و` and a
    /// smaller amount (`2 مليون و300 ألف`, `ثلاثة آلاف و500`). English `and` does not join here: `$12bn and 1.5
    /// million` are two.
    private func continued(_ amount: Amount) -> Amount {
        guard let magnitude = amount.magnitude, amount.upper == nil, !amount.isSeveral else { return amount }
        var amount = amount
        let joinedAt: Int
        if stream.isWord(lexicon.grammar.waw, at: amount.end) {
            joinedAt = amount.end + 1
        } else if stream.hasWawPrefix(amount.end) {
            joinedAt = amount.end
        } else {
            return amount
        }
        if let half = stream.match(
            at: joinedAt, definiteStems: false,
            { meaning -> Double? in
                if case .fraction(let value) = meaning { value } else { nil }
            })
        {
            amount.value += half.value * magnitude
            amount.end = half.end
            // `مليون ونصف المليون`: the fraction's magnitude repeated with the article.
            if stream.isDefinite(half.end), numberWord(at: half.end, definite: true)?.value.multiplier == magnitude {
                amount.end = half.end + 1
            }
        } else if let rest = self.amount(at: joinedAt), rest.value < magnitude, rest.upper == nil, rest.date == nil,
            !rest.isSeveral, rest.attached == nil
        {
            amount.value += rest.value
            amount.end = rest.end
        }
        return amount
    }
}

extension Amount {
    /// Multiplies by a magnitude word ending at token `end`.
    fileprivate mutating func apply(magnitude: Double, end: Int) {
        value *= magnitude
        upper = upper.map { $0 * magnitude }
        self.magnitude = magnitude
        plainDigits = nil
        self.end = end
    }
}
