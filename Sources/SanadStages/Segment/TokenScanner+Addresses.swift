/// URLs and e-mail addresses.
extension TokenScanner {
    /// End of a URL starting with `http://`, `https://`, `ftp://` or `www.` at `start`.
    func urlEnd(at start: Int) -> Int? {
        for scheme in Self.urlStarts where matches(scheme, at: start) {
            let end = urlTail(from: start + scheme.count)
            return end > start + scheme.count ? end : nil
        }
        return nil
    }

    /// Whether the ASCII letters of `word` (lowercase) are at `start`, in any case.
    func matches(_ word: [UInt8], at start: Int) -> Bool {
        guard start + word.count <= count else { return false }
        for (offset, byte) in word.enumerated() {
            let scalar = value(start + offset)
            let folded = (0x41...0x5A).contains(scalar) ? scalar | 0x20 : scalar
            if folded != UInt32(byte) { return false }
        }
        return true
    }

    /// End of a URL's remaining characters from `start`, without trailing punctuation or an unbalanced `)`/`]`.
    func urlTail(from start: Int) -> Int {
        var end = start
        var open = 0
        while end < count {
            let scalar = value(end)
            let kind = classAt(end)
            if kind == .space || kind == .lineBreak || kind == .format || Self.isURLStop(scalar) { break }
            if scalar == 0x28 || scalar == 0x5B { open += 1 }
            if scalar == 0x29 || scalar == 0x5D { open -= 1 }
            end += 1
        }
        while end > start {
            let last = value(end - 1)
            if Self.isURLTrailing(last) {
                end -= 1
            } else if (last == 0x29 || last == 0x5D) && open < 0 {
                open += 1
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    /// End of an e-mail address at `start` (ASCII local part, `@`, a dotted domain), or nil.
    func emailEnd(at start: Int) -> Int? {
        var at = start
        while isEmailLocalCharacter(at) { at += 1 }
        guard at < count, value(at) == 0x40, at > start, isASCIIAlphanumeric(at + 1) else { return nil }
        var end = at + 1
        var labels = 0
        var lastLabelLetters = true
        while isASCIIAlphanumeric(end) {
            let labelStart = end
            while isASCIIAlphanumeric(end) || (end < count && value(end) == 0x2D) { end += 1 }
            labels += 1
            lastLabelLetters = end - labelStart >= 2 && (labelStart..<end).allSatisfy { isASCIILetter($0) }
            guard end + 1 < count, value(end) == 0x2E, isASCIIAlphanumeric(end + 1) else { break }
            end += 1
        }
        return labels >= 2 && lastLabelLetters ? end : nil
    }

    /// Whether the character at `index` may appear in the local part of an e-mail address.
    func isEmailLocalCharacter(_ index: Int) -> Bool {
        guard index < count else { return false }
        switch value(index) {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2E, 0x5F, 0x25, 0x2B, 0x2D: return true
        default: return false
        }
    }
}
