/// Cuts original text into ``ScannedText`` tokens: runs of letters and digits are words (tashkeel and tatweel inside
/// them are dropped by folding), each punctuation mark or symbol (emoji) is a token of its own, URLs and @mentions
/// become single placeholder tokens, and `#` and `_` only separate words, so hashtags read as their words.
///
/// Letters repeated more than twice in a row are cut to two (`حلووووو` → `حلوو`), the way tweets stretch words.
enum SentimentScanner {
    /// Scans `scalars[range]` (original offsets) and appends the tokens to `text`.
    static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>, into text: inout ScannedText) {
        guard !range.isEmpty else { return }
        // Scanning keeps at most one folded code point per code point: room for all of them is made first and
        // written through a pointer (appending each to the array paid its uniqueness and capacity checks, a fifth of
        // scanning), and what is left over is cut off at the end.
        let start = text.folded.count
        text.folded.append(contentsOf: repeatElement(0, count: range.count))
        // The tokens and dropped marks are moved out of `text` for the scan (and back), as `text.folded` is being
        // written.
        var tokens: [ScannedText.Token] = [], droppedMarks: [Int32] = []
        swap(&tokens, &text.tokens)
        swap(&droppedMarks, &text.droppedMarks)
        let table = Self.table
        let end = text.folded.withUnsafeMutableBufferPointer { folded in
            var output = Output(folded: folded.baseAddress!, count: start, capacity: folded.count)
            swap(&output.tokens, &tokens)
            swap(&output.droppedMarks, &droppedMarks)
            scalars.withUnsafeBufferPointer { scalars in
                table.withUnsafeBufferPointer { table in
                    scan(Source(scalars: scalars, table: table), in: range, into: &output)
                }
            }
            swap(&output.tokens, &tokens)
            swap(&output.droppedMarks, &droppedMarks)
            return output.count
        }
        text.folded.removeLast(text.folded.count - end)
        swap(&tokens, &text.tokens)
        swap(&droppedMarks, &text.droppedMarks)
    }

    /// Whether every code point of `scalars[range]` is white space to the scanner: it makes no token, and ends any
    /// word, URL or mention before it.
    static func isBlank(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        scalars.withUnsafeBufferPointer { scalars in
            table.withUnsafeBufferPointer { table in
                let source = Source(scalars: scalars, table: table)
                return range.allSatisfy { source.entry(at: $0).characterClass == .space }
            }
        }
    }

    /// Scans a whole string as one stretch (training and evaluation texts).
    static func scan(_ string: String) -> ScannedText {
        let scalars = Array(string.unicodeScalars)
        var text = ScannedText()
        scan(scalars, in: 0..<scalars.count, into: &text)
        return text
    }

    /// Where a scan writes: the folded code points through a pointer into room made in ``ScannedText/folded``, and
    /// the tokens and dropped marks.
    private struct Output {
        /// The start of ``ScannedText/folded``; valid while the scan runs.
        let folded: UnsafeMutablePointer<UInt32>
        /// Folded code points written, from the start of ``folded``.
        var count: Int
        /// The room made: writing past it would be outside the array.
        let capacity: Int
        var tokens: [ScannedText.Token] = []
        var droppedMarks: [Int32] = []

        @inline(__always)
        mutating func append(_ value: UInt32) {
            precondition(count < capacity, "a scan wrote more folded code points than it read")
            folded[count] = value
            count += 1
        }
    }

    private static func scan(_ source: Source, in range: Range<Int>, into text: inout Output) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let value = source.value(at: index)
            switch source.entry(at: index).characterClass {
            case .space, .joiner, .separator:
                index += 1
            case .wordPart:
                if (value == 0x68 || value == 0x77), startsURL(source, at: index, end: end) {
                    index = scanURL(source, from: index, to: end, into: &text)
                } else {
                    index = scanWord(source, from: index, to: end, into: &text)
                }
            case let mark:
                if value == 0x40, index + 1 < end, source.entry(at: index + 1).characterClass == .wordPart {
                    index = scanMention(source, from: index, to: end, into: &text)
                } else {
                    appendMark(value, at: index, kind: mark == .punctuation ? .punctuation : .symbol, into: &text)
                    index += 1
                }
            }
        }
    }

    /// What the scanner does with a code point.
    private enum CharacterClass: UInt32 {
        /// Whitespace: ends a word.
        case space
        /// A letter, digit or combining mark: part of a word.
        case wordPart
        /// `#` and `_`: end a word and are dropped.
        case separator
        /// Zero-width joiners and variation selectors: dropped.
        case joiner
        /// Other punctuation: a token of its own.
        case punctuation
        /// Any other mark (symbols, emoji): a token of its own.
        case symbol
    }

    /// A code point's class (bits 24–31) and folded form (bits 0–23; ``dropped`` when folding drops it).
    private struct Entry {
        let rawValue: UInt32

        /// Marks a code point that folding drops.
        static let dropped: UInt32 = 0xFF_FFFF

        /// The entry of `value`, from the Unicode properties.
        init(_ value: UInt32) {
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            rawValue = classify(scalar).rawValue << 24 | (SentimentFolding.fold(value) ?? Self.dropped)
        }

        @inline(__always)
        init(rawValue: UInt32) { self.rawValue = rawValue }

        @inline(__always)
        var characterClass: CharacterClass { CharacterClass(rawValue: rawValue >> 24)! }

        /// The folded code point, or `nil` when folding drops it.
        @inline(__always)
        var folded: UInt32? {
            let folded = rawValue & 0xFF_FFFF
            return folded == Self.dropped ? nil : folded
        }

        /// The entries of the code points below ``SentimentScanner/tableLimit`` (ASCII, Latin and Arabic).
        static func table() -> [UInt32] { (0..<tableLimit).map { Entry($0).rawValue } }
    }

    /// Code points below this have their ``Entry`` in ``table``; the rest are looked up in the Unicode properties.
    private static let tableLimit: UInt32 = 0x800
    private static let table = Entry.table()

    /// The text being scanned with the entry table, both as raw buffers for the inner loops.
    private struct Source {
        let scalars: UnsafeBufferPointer<Unicode.Scalar>
        let table: UnsafeBufferPointer<UInt32>

        @inline(__always)
        func value(at index: Int) -> UInt32 { scalars[index].value }

        /// The entry of the code point at `index`: from the table, or (rarely, and out of line so that the scan
        /// loops keep their state in registers) from the Unicode properties.
        @inline(__always)
        func entry(at index: Int) -> Entry {
            let value = scalars[index].value
            return _fastPath(value < tableLimit) ? Entry(rawValue: table[Int(value)]) : Self.entryOutsideTable(value)
        }

        @inline(never)
        private static func entryOutsideTable(_ value: UInt32) -> Entry { Entry(value) }
    }

    private static func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        switch value {
        case 0x09...0x0D, 0x20, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .wordPart
        case 0x23, 0x5F: return .separator
        case 0x21...0x7E: return isPunctuation(scalar) ? .punctuation : .symbol
        case 0x0621...0x065F, 0x0660...0x0669, 0x066E...0x06D3, 0x06D5...0x06ED, 0x06F0...0x06FF: return .wordPart
        case 0x200B...0x200F, 0xFE00...0xFE0F: return .joiner
        default:
            let properties = scalar.properties
            if properties.isWhitespace { return .space }
            if properties.isAlphabetic || properties.numericType != nil { return .wordPart }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .wordPart
            default: return isPunctuation(scalar) ? .punctuation : .symbol
            }
        }
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static func scanWord(_ source: Source, from start: Int, to end: Int, into text: inout Output) -> Int {
        let bufferStart = text.count
        // The loop's state lives in locals, written back once: through `text` every code point paid a store of the
        // count, and the rarely taken call for code points outside the table made the compiler keep the hash and
        // the count on the stack.
        let folded = text.folded, capacity = text.capacity
        var count = bufferStart
        var index = start
        var allDigits = true
        var hash = ScalarHash(seed: FeatureHasher.tokenSeed)
        // The last two kept code points (0 when none), to cut runs of a letter to two.
        var last: UInt32 = 0, beforeLast: UInt32 = 0
        while index < end {
            let entry = source.entry(at: index)
            guard entry.characterClass == .wordPart else { break }
            if let value = entry.folded, value != last || value != beforeLast {
                precondition(count < capacity, "a scan wrote more folded code points than it read")
                folded[count] = value
                count += 1
                hash.combine(value)
                if !(0x30...0x39).contains(value) { allDigits = false }
                beforeLast = last
                last = value
            }
            index += 1
        }
        text.count = count
        if count > bufferStart {
            text.tokens.append(ScannedText.Token(
                kind: allDigits ? .number : .word, start: Int32(bufferStart), end: Int32(count),
                originStart: Int32(start), originEnd: Int32(index), hash: hash.value))
        }
        return index
    }

    private static func scanMention(_ source: Source, from start: Int, to end: Int, into text: inout Output)
        -> Int
    {
        var index = start + 1
        while index < end, source.entry(at: index).characterClass == .wordPart || source.value(at: index) == 0x5F {
            index += 1
        }
        appendPlaceholder(.mention, from: start, to: index, into: &text)
        return index
    }

    private static let urlStarts: [[UInt32]] = ["http://", "https://", "www."].map { $0.unicodeScalars.map(\.value) }

    /// Whether a URL (`http://`, `https://`, `www.`) starts at `index`.
    private static func startsURL(_ source: Source, at index: Int, end: Int) -> Bool {
        urlStarts.contains { start in
            index + start.count <= end
                && start.indices.allSatisfy { source.value(at: index + $0) | 0x20 == start[$0] | 0x20 }
        }
    }

    private static func scanURL(_ source: Source, from start: Int, to end: Int, into text: inout Output) -> Int {
        var index = start
        while index < end, source.entry(at: index).characterClass != .space { index += 1 }
        appendPlaceholder(.url, from: start, to: index, into: &text)
        return index
    }

    private static func appendPlaceholder(
        _ kind: ScannedText.Kind, from start: Int, to end: Int, into text: inout Output
    ) {
        let position = Int32(text.count)
        var hash = ScalarHash(seed: FeatureHasher.tokenSeed)
        hash.combine(kind == .url ? FeatureHasher.urlMarker : FeatureHasher.mentionMarker)
        text.tokens.append(ScannedText.Token(
            kind: kind, start: position, end: position, originStart: Int32(start), originEnd: Int32(end),
            hash: hash.value))
    }

    private static func appendMark(
        _ value: UInt32, at index: Int, kind: ScannedText.Kind, into text: inout Output
    ) {
        let count = text.tokens.count
        if count >= 2 {
            let last = text.tokens[count - 1], previous = text.tokens[count - 2]
            if last.kind == kind, previous.kind == kind, last.length == 1, previous.length == 1,
                text.folded[Int(last.start)] == value, text.folded[Int(previous.start)] == value
            {
                text.droppedMarks.append(Int32(index))
                return
            }
        }
        let position = Int32(text.count)
        text.append(value)
        var hash = ScalarHash(seed: FeatureHasher.tokenSeed)
        hash.combine(value)
        text.tokens.append(ScannedText.Token(
            kind: kind, start: position, end: position + 1, originStart: Int32(index), originEnd: Int32(index + 1),
            hash: hash.value))
    }
}
