import SanadCore

/// One pass of the tokenizer over one text.
struct TokenScanner {
    let text: UnsafeBufferPointer<Unicode.Scalar>
    let table: UnsafeBufferPointer<SegmentCharacterClass>
    let abbreviations: Abbreviations
    let count: Int

    init(
        text: UnsafeBufferPointer<Unicode.Scalar>, table: UnsafeBufferPointer<SegmentCharacterClass>,
        abbreviations: Abbreviations
    ) {
        self.text = text
        self.table = table
        self.abbreviations = abbreviations
        count = text.count
    }

    /// Appends every token of the text to `tokens`.
    mutating func scan(into tokens: inout [RawToken]) {
        var index = 0
        var breaks = 0
        var space = false
        while index < count {
            switch classAt(index) {
            case .space:
                space = true
                index += 1
            case .lineBreak:
                index += value(index) == 0x0D && index + 1 < count && value(index + 1) == 0x0A ? 2 : 1
                breaks += 1
                space = true
            case .format:
                index += 1
            default:
                var token = token(at: index)
                token.breaksBefore = UInt8(min(breaks, 255))
                if space { token.flags.insert(.spaceBefore) }
                tokens.append(token)
                index = Int(token.end)
                breaks = 0
                space = false
            }
        }
    }

    @inline(__always) func value(_ index: Int) -> UInt32 { text[index].value }

    @inline(__always) func classAt(_ index: Int) -> SegmentCharacterClass {
        let scalar = text[index].value
        return scalar < UInt32(table.count) ? table[Int(scalar)] : SegmentCharacterClasses.classify(scalar)
    }

    @inline(__always) func isArabic(_ kind: SegmentCharacterClass) -> Bool {
        kind == .arabicLetter || kind == .arabicMark
    }

    @inline(__always) func isDigit(_ index: Int) -> Bool {
        guard index < count else { return false }
        let kind = classAt(index)
        return kind == .digit || kind == .arabicDigit
    }

    @inline(__always) func isWordCharacter(_ index: Int) -> Bool {
        guard index < count else { return false }
        switch classAt(index) {
        case .letter, .mark, .digit: return true
        default: return false
        }
    }

    @inline(__always) func isASCIIAlphanumeric(_ index: Int) -> Bool {
        guard index < count else { return false }
        switch value(index) {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    @inline(__always) func isASCIILetter(_ index: Int) -> Bool {
        guard index < count else { return false }
        return (0x41...0x5A).contains(value(index) & ~0x20)
    }

    func token(at start: Int) -> RawToken {
        switch classAt(start) {
        case .arabicLetter, .arabicMark: return arabicWord(at: start)
        case .letter, .mark: return latinWord(at: start)
        case .digit, .arabicDigit: return number(at: start)
        default: return punctuationOrSymbol(at: start)
        }
    }

    func make(_ start: Int, _ end: Int, _ kind: Token.Kind, _ flags: RawTokenFlags = []) -> RawToken {
        RawToken(start: Int32(start), end: Int32(end), kind: kind, flags: flags, breaksBefore: 0)
    }
}
