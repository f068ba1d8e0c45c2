import SanadCore

/// Numbers with their separators and ranges.
extension TokenScanner {
    /// End of the digits from `start`.
    func digitRun(from start: Int) -> Int {
        var index = start
        while isDigit(index) { index += 1 }
        return index
    }

    func number(at start: Int) -> RawToken {
        var end = digitRun(from: start)
        while end + 1 < count, isDigit(end + 1), Self.isNumberJoiner(value(end)) {
            end = digitRun(from: end + 1)
        }
        if end < count && classAt(end) == .letter
            || end + 1 < count && Self.isHyphen(value(end)) && classAt(end + 1) == .letter
        {
            return make(start, wordRun(from: end), .word)
        }
        return make(start, end, .number)
    }
}
