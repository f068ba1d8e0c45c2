import SanadCore

/// Arabic words, single-letter abbreviations (`د.`, `ق.م`) and acronyms spelled in Arabic (`بي. بي. سي.`).
extension TokenScanner {
    /// End of the Arabic letters, marks and inner joiners from `start`.
    func arabicRun(from start: Int) -> Int {
        var index = start
        while index < count {
            switch classAt(index) {
            case .arabicLetter, .arabicMark:
                index += 1
            case .format where index + 1 < count && isArabic(classAt(index + 1)):
                index += 1
            default:
                return index
            }
        }
        return index
    }

    /// Arabic letters (not marks) in `range`.
    func arabicLetters(in range: Range<Int>) -> Int {
        var letters = 0
        for index in range where classAt(index) == .arabicLetter { letters += 1 }
        return letters
    }

    func arabicWord(at start: Int) -> RawToken {
        let end = arabicRun(from: start)
        guard end < count, value(end) == 0x2E else { return make(start, end, .word, .arabic) }
        if arabicLetters(in: start..<end) == 1 && !isYearMarker(start, end) {
            return make(
                start, singleLetterAbbreviationEnd(afterPeriod: end + 1), .word, [.arabic, .abbreviation, .title])
        }
        if isSpelledLetter(start..<end) && (spelledLetterFollows(afterPeriod: end + 1) || spelledLetterPrecedes(start))
        {
            return make(start, end + 1, .word, [.arabic, .abbreviation, .title])
        }
        if abbreviations.kind(of: text, start..<end) != nil {
            return make(start, end + 1, .word, [.arabic, .abbreviation])
        }
        return make(start, end, .word, .arabic)
    }

    /// Whether `range` is the Arabic spelling of a Latin letter (`بي`, `سي`, `إم`), as in `بي. بي. سي.`.
    func isSpelledLetter(_ range: Range<Int>) -> Bool {
        guard let key = AbbreviationKey(text, range) else { return false }
        return Self.spelledLetters.contains(key)
    }

    /// Whether a spelled Latin letter starts after the spaces that follow the period ending before `index`.
    func spelledLetterFollows(afterPeriod index: Int) -> Bool {
        let start = nextNonSpace(after: index)
        guard start < count, classAt(start) == .arabicLetter else { return false }
        return isSpelledLetter(start..<arabicRun(from: start))
    }

    /// Whether a spelled Latin letter and its period come just before `start` (spaces apart).
    func spelledLetterPrecedes(_ start: Int) -> Bool {
        var period = start - 1
        while period >= 0 && classAt(period) == .space { period -= 1 }
        guard period > 0, value(period) == 0x2E else { return false }
        var letter = period
        while letter > 0 && isArabic(classAt(letter - 1)) { letter -= 1 }
        return letter < period && isSpelledLetter(letter..<period)
    }

    /// Whether the single letter at `start..<end` is `م` or `ه` right after a number (`1932م.`, `2015 م.`), where it
    /// marks the calendar of a year and its period may end the sentence.
    func isYearMarker(_ start: Int, _ end: Int) -> Bool {
        var letter = start
        while classAt(letter) != .arabicLetter { letter += 1 }
        guard value(letter) == 0x0645 || value(letter) == 0x0647 else { return false }
        var before = start - 1
        while before >= 0 && classAt(before) == .space && start - before < 3 { before -= 1 }
        return before >= 0 && isDigit(before)
    }

    /// End of an Arabic abbreviation whose first period ends before `index`: further single letters joined by
    /// periods belong to it (`ق.م`, `ص.ب.`, `أ.د.`).
    func singleLetterAbbreviationEnd(afterPeriod index: Int) -> Int {
        var end = index
        while end < count && classAt(end) == .arabicLetter {
            let next = arabicRun(from: end)
            guard arabicLetters(in: end..<next) == 1 else { break }
            guard next < count, value(next) == 0x2E else { return next }
            end = next + 1
        }
        return end
    }
}
