import SanadCore

/// Words of cased scripts, with their abbreviations, initials and dotted names.
extension TokenScanner {
    /// End of the word from `start`: letters, marks, digits, and inner apostrophes, hyphens and joiners.
    func wordRun(from start: Int) -> Int {
        var index = start
        while index < count {
            switch classAt(index) {
            case .letter, .mark, .digit:
                index += 1
            case .format where isWordCharacter(index + 1):
                index += 1
            case .punctuation:
                let joinsWord: Bool
                switch value(index) {
                case 0x27, 0x2019: joinsWord = index + 1 < count && classAt(index + 1) == .letter
                case 0x2D, 0x2010, 0x2011: joinsWord = isWordCharacter(index + 1)
                default: joinsWord = false
                }
                guard joinsWord else { return index }
                index += 2
            default:
                return index
            }
        }
        return index
    }

    /// End of letters, marks and digits from `start` (one segment of a dotted name).
    func alphanumericRun(from start: Int) -> Int {
        var index = start
        while isWordCharacter(index) { index += 1 }
        return index
    }

    func latinWord(at start: Int) -> RawToken {
        if let end = urlEnd(at: start) { return make(start, end, .url) }
        if let end = emailEnd(at: start) { return make(start, end, .email) }
        let flags = caseFlags(at: start)
        let end = wordRun(from: start)
        guard end + 1 < count, value(end) == 0x2E else { return make(start, end, .word, flags) }
        if isWordCharacter(end + 1), let token = dottedName(start, firstEnd: end, flags: flags) { return token }
        if let kind = abbreviationKind(start..<end) {
            return make(start, end + 1, .word, flags.union(kind))
        }
        return make(start, end, .word, flags)
    }

    /// `a.b.c` names: a domain (`example.com/x`) is a URL; single letters (`U.S.`, `e.g.`) and listed dotted
    /// abbreviations keep their final period; anything else is nil (the first word ends at the period).
    func dottedName(_ start: Int, firstEnd: Int, flags: RawTokenFlags) -> RawToken? {
        var end = firstEnd
        var allSingle = firstEnd - start == 1
        var lastStart = start
        while end + 1 < count, value(end) == 0x2E, isWordCharacter(end + 1) {
            lastStart = end + 1
            end = alphanumericRun(from: lastStart)
            allSingle = allSingle && end - lastStart == 1
        }
        if !allSingle && Self.isTopLevelDomain(text, lastStart..<end) {
            return make(start, end < count && value(end) == 0x2F ? urlTail(from: end) : end, .url)
        }
        let final = end < count && value(end) == 0x2E ? end + 1 : end
        if let kind = abbreviations.kind(of: text, start..<end) {
            return make(start, final, .word, flags.union(Self.flags(for: kind)))
        }
        return allSingle ? make(start, final, .word, flags.union(.abbreviation)) : nil
    }

    /// The abbreviation flags of the word `range` followed by a period, or nil when it keeps no period.
    func abbreviationKind(_ range: Range<Int>) -> RawTokenFlags? {
        if range.count == 1 && classAt(range.lowerBound) == .letter && caseFlags(at: range.lowerBound) == .uppercase {
            return .abbreviation
        }
        guard let kind = abbreviations.kind(of: text, range) else { return nil }
        if kind == .beforeNumber && !isDigit(nextNonSpace(after: range.upperBound + 1)) { return nil }
        return Self.flags(for: kind)
    }

    static func flags(for kind: Abbreviations.Kind) -> RawTokenFlags {
        kind == .ordinary ? .abbreviation : [.abbreviation, .title]
    }

    /// First index at or after `index` that is not a space.
    func nextNonSpace(after index: Int) -> Int {
        var next = index
        while next < count && classAt(next) == .space { next += 1 }
        return next
    }

    /// `.uppercase` or `.lowercase` by the case of the letter at `index`, empty for uncased letters.
    func caseFlags(at index: Int) -> RawTokenFlags {
        let scalar = value(index)
        switch scalar {
        case 0x41...0x5A: return .uppercase
        case 0x61...0x7A: return .lowercase
        case 0..<0x80: return []
        default:
            let properties = text[index].properties
            return properties.isUppercase ? .uppercase : properties.isLowercase ? .lowercase : []
        }
    }
}
