import SanadCore

/// Punctuation, symbols, hashtags and mentions.
extension TokenScanner {
    func punctuationOrSymbol(at start: Int) -> RawToken {
        let scalar = value(start)
        switch scalar {
        case 0x23:
            if let end = hashtagEnd(at: start) { return make(start, end, .hashtag) }
        case 0x40:
            var end = start + 1
            while isASCIIAlphanumeric(end) || (end < count && value(end) == 0x5F) { end += 1 }
            if end > start + 1 { return make(start, end, .mention) }
        case 0x2E where isDigit(start + 1) && (start == 0 || !isDigit(start - 1)):
            return number(at: start + 1).withStart(start)
        default:
            break
        }
        if classAt(start) == .symbol { return make(start, symbolEnd(from: start), .symbol) }
        if Self.isTerminal(scalar) {
            var end = start + 1
            while end < count && Self.isTerminal(value(end)) { end += 1 }
            return make(start, end, .punctuation, .terminal)
        }
        if Self.isHyphen(scalar) {
            var end = start + 1
            while end < count && value(end) == scalar { end += 1 }
            return make(start, end, .punctuation)
        }
        let flags: RawTokenFlags =
            scalar == 0x22 || scalar == 0x27
            ? .straightQuote
            : Self.isCloser(scalar) ? .closer : Self.isContinuation(scalar) ? .continuation : []
        return make(start, start + 1, .punctuation, flags)
    }

    /// End of `#` and a tag of letters, digits, marks and `_` with at least one letter, or nil.
    func hashtagEnd(at start: Int) -> Int? {
        var end = start + 1
        var letters = false
        while end < count {
            switch classAt(end) {
            case .letter, .arabicLetter:
                letters = true
                end += 1
            case .mark, .arabicMark, .digit, .arabicDigit:
                end += 1
            case .punctuation where value(end) == 0x5F:
                end += 1
            case .format where end + 1 < count && (classAt(end + 1) == .letter || classAt(end + 1) == .arabicLetter):
                end += 1
            default:
                return letters ? end : nil
            }
        }
        return letters ? end : nil
    }

    /// End of a symbol with its emoji modifiers: variation selector, skin tone, and ZWJ-joined symbols.
    func symbolEnd(from start: Int) -> Int {
        var end = start + 1
        while end < count {
            let scalar = value(end)
            if scalar == 0xFE0F || (0x1F3FB...0x1F3FF).contains(scalar) {
                end += 1
            } else if scalar == 0x200D && end + 1 < count && classAt(end + 1) == .symbol {
                end += 2
            } else {
                break
            }
        }
        return end
    }
}

extension RawToken {
    /// The same token starting at `start` (a number written `.5`).
    fileprivate func withStart(_ start: Int) -> RawToken {
        var token = self
        token.start = Int32(start)
        return token
    }
}
