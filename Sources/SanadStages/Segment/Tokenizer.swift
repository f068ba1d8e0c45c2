import SanadCore

/// Splits the code points of a view into raw tokens: words, numbers, punctuation, symbols, URLs, e-mail addresses,
/// hashtags and mentions.
///
/// Decisions that are not obvious:
/// - A number keeps its decimal and thousands separators (`3.5`, `1,000`, `٣٫٥`), times and dates (`10:30`,
///   `2015/08/01`) and ranges written without spaces (`3-5`, `2010–2015`) as one `number` token: a range names one
///   quantity, and a later stage can still read its two ends from the text. `3 - 5` with spaces is three tokens.
/// - Digits followed by Latin letters form one word (`3D`, `1st`, `10-year-old`); digits next to Arabic letters
///   do not (`2015م` is `2015` and `م`).
/// - Hyphens and apostrophes inside Latin words stay in the word (`all-girl`, `don't`, `Afghanistan's`).
/// - An abbreviation keeps its period (`Mr.`, `U.S.`, `J.`, `د.`, `ق.م`); a sentence-final period after an
///   ordinary word is its own token.
/// - Runs of terminal marks are one token (`...`, `!?`, `؟!`).
struct Tokenizer: Sendable {
    /// Abbreviations that keep their period.
    let abbreviations: Abbreviations

    /// The raw tokens of `text`, in order.
    func tokenize(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> [RawToken] {
        var tokens: [RawToken] = []
        tokens.reserveCapacity(text.count / 5 + 4)
        SegmentCharacterClasses.table.withUnsafeBufferPointer { table in
            var scanner = TokenScanner(text: text, table: table, abbreviations: abbreviations)
            scanner.scan(into: &tokens)
        }
        return tokens
    }
}

/// One pass of the tokenizer over one text.
private struct TokenScanner {
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

    // MARK: Code points

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

    // MARK: Dispatch

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

    // MARK: Arabic words

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
            return make(start, singleLetterAbbreviationEnd(afterPeriod: end + 1), .word, [.arabic, .abbreviation, .title])
        }
        if isSpelledLetter(start..<end) && (spelledLetterFollows(afterPeriod: end + 1) || spelledLetterPrecedes(start)) {
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

    // MARK: Latin (and other cased-script) words

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

    // MARK: URLs and e-mail addresses

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
            if kind == .space || kind == .lineBreak || kind == .format || Self.urlStops.contains(scalar) { break }
            if scalar == 0x28 || scalar == 0x5B { open += 1 }
            if scalar == 0x29 || scalar == 0x5D { open -= 1 }
            end += 1
        }
        while end > start {
            let last = value(end - 1)
            if Self.urlTrailing.contains(last) {
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

    // MARK: Numbers

    /// End of the digits from `start`.
    func digitRun(from start: Int) -> Int {
        var index = start
        while isDigit(index) { index += 1 }
        return index
    }

    func number(at start: Int) -> RawToken {
        var end = digitRun(from: start)
        while end + 1 < count, isDigit(end + 1), Self.numberJoiners.contains(value(end)) {
            end = digitRun(from: end + 1)
        }
        if end < count && classAt(end) == .letter
            || end + 1 < count && Self.hyphens.contains(value(end)) && classAt(end + 1) == .letter
        {
            return make(start, wordRun(from: end), .word)
        }
        return make(start, end, .number)
    }

    // MARK: Punctuation, symbols, hashtags, mentions

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
        if Self.terminals.contains(scalar) {
            var end = start + 1
            while end < count && Self.terminals.contains(value(end)) { end += 1 }
            return make(start, end, .punctuation, .terminal)
        }
        if Self.hyphens.contains(scalar) {
            var end = start + 1
            while end < count && value(end) == scalar { end += 1 }
            return make(start, end, .punctuation)
        }
        let flags: RawTokenFlags =
            scalar == 0x22 || scalar == 0x27
            ? .straightQuote
            : Self.closers.contains(scalar) ? .closer : Self.continuations.contains(scalar) ? .continuation : []
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

    // MARK: Character sets

    static let urlStarts: [[UInt8]] = ["https://", "http://", "ftp://", "www."].map { Array($0.utf8) }
    /// Characters that end a URL: quotes, angle brackets, Arabic comma, semicolon and question mark.
    static let urlStops: Set<UInt32> = [0x22, 0x3C, 0x3E, 0xAB, 0xBB, 0x201C, 0x201D, 0x060C, 0x061B, 0x061F]
    /// Characters dropped from the end of a URL: sentence punctuation around it.
    static let urlTrailing: Set<UInt32> = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2019]
    /// Sentence-final marks: `.` `!` `?` `؟` `…` `۔` `‼` `⁇` `⁈` `⁉`.
    static let terminals: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2047, 0x2048, 0x2049]
    /// Marks that close a quotation or bracket: `)` `]` `}` `»` `”` `’` `›` `》` `」` `﴾` (the ornate parenthesis
    /// that closes in right-to-left text) and `⸩`.
    static let closers: Set<UInt32> = [0x29, 0x5D, 0x7D, 0xBB, 0x201D, 0x2019, 0x203A, 0x300B, 0x300D, 0xFD3E, 0x2E29]
    /// Marks after which a sentence goes on: `,` `;` `:` `،` `؛`.
    static let continuations: Set<UInt32> = [0x2C, 0x3B, 0x3A, 0x060C, 0x061B]
    /// Marks that join digit groups inside one number: `.` `,` `:` `/` `٫` `٬`, hyphen and en dash (ranges).
    static let numberJoiners: Set<UInt32> = [0x2E, 0x2C, 0x3A, 0x2F, 0x066B, 0x066C, 0x2D, 0x2013, 0x2010, 0x2011]
    /// Hyphens and dashes that are runs of one token (`--`).
    static let hyphens: Set<UInt32> = [0x2D, 0x2010, 0x2011, 0x2013, 0x2014]

    /// Common top-level domains, for addresses written without `http://` or `www.` (`example.com`).
    static func isTopLevelDomain(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard let key = AbbreviationKey(text, range) else { return false }
        return topLevelDomains.contains(key)
    }

    /// Arabic spellings of Latin letters, which acronyms are written with (`بي. بي. سي.`, `سي. إن. إن.`), with and
    /// without hamza (the normalized view may drop it).
    static let spelledLetters: Set<AbbreviationKey> = Set(
        ("إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي اي جاي كي إل ال إم ام إن ان أو او كيو آر ار إس اس تي يو "
            + "في دبليو إكس اكس واي زد").split(separator: " ").map { AbbreviationKey(String($0))! })

    static let topLevelDomains: Set<AbbreviationKey> = Set(
        ("com org net edu gov mil int info biz io co me tv news online app ai uk us eu sa ae eg jo lb sy iq kw qa "
            + "bh om ye ma dz tn ly sd ps fr de tr ir ru cn jp in ca au ch nl it es").split(separator: " ")
            .map { AbbreviationKey(String($0))! })
}

extension RawToken {
    /// The same token starting at `start` (a number written `.5`).
    fileprivate func withStart(_ start: Int) -> RawToken {
        var token = self
        token.start = Int32(start)
        return token
    }
}
