/// Cuts original text into ``ScannedText`` tokens: runs of letters and digits are words (tashkeel and tatweel inside
/// them are dropped by folding), each punctuation mark or symbol (emoji) is a token of its own, URLs and @mentions
/// become single placeholder tokens, and `#` and `_` only separate words, so hashtags read as their words.
///
/// Letters repeated more than twice in a row are cut to two (`حلووووو` → `حلوو`), the way tweets stretch words.
enum SentimentScanner {
    /// Scans `scalars[range]` (original offsets) and appends the tokens to `text`.
    static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>, into text: inout ScannedText) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let value = scalars[index].value
            let kind = classify(scalars[index])
            switch kind {
            case .space, .joiner:
                index += 1
            case .wordPart:
                if (value == 0x68 || value == 0x77), startsURL(scalars, at: index, end: end) {
                    index = scanURL(scalars, from: index, to: end, into: &text)
                } else {
                    index = scanWord(scalars, from: index, to: end, into: &text)
                }
            case .other:
                if value == 0x40, index + 1 < end, classify(scalars[index + 1]) == .wordPart {
                    index = scanMention(scalars, from: index, to: end, into: &text)
                } else {
                    appendMark(value, at: index, kind: isPunctuation(scalars[index]) ? .punctuation : .symbol,
                               into: &text)
                    index += 1
                }
            case .separator:
                index += 1
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

    private enum CharacterClass { case space, wordPart, separator, joiner, other }

    @inline(__always)
    private static func classify(_ scalar: Unicode.Scalar) -> CharacterClass {
        let value = scalar.value
        switch value {
        case 0x09...0x0D, 0x20, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .wordPart
        case 0x23, 0x5F: return .separator
        case 0x21...0x7E: return .other
        case 0x0621...0x065F, 0x0660...0x0669, 0x066E...0x06D3, 0x06D5...0x06ED, 0x06F0...0x06FF: return .wordPart
        case 0x200B...0x200F, 0xFE00...0xFE0F: return .joiner
        default:
            let properties = scalar.properties
            if properties.isWhitespace { return .space }
            if properties.isAlphabetic || properties.numericType != nil { return .wordPart }
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .wordPart
            default: return .other
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

    private static func scanWord(
        _ scalars: [Unicode.Scalar], from start: Int, to end: Int, into text: inout ScannedText
    ) -> Int {
        let bufferStart = text.folded.count
        var index = start
        var allDigits = true
        var hash = ScalarHash(seed: FeatureHasher.tokenSeed)
        // The last two kept code points (0 when none), to cut runs of a letter to two.
        var last: UInt32 = 0, beforeLast: UInt32 = 0
        while index < end, classify(scalars[index]) == .wordPart {
            if let folded = SentimentFolding.fold(scalars[index].value), folded != last || folded != beforeLast {
                text.folded.append(folded)
                hash.combine(folded)
                if !(0x30...0x39).contains(folded) { allDigits = false }
                beforeLast = last
                last = folded
            }
            index += 1
        }
        if text.folded.count > bufferStart {
            text.tokens.append(ScannedText.Token(
                kind: allDigits ? .number : .word, start: Int32(bufferStart), end: Int32(text.folded.count),
                originStart: Int32(start), originEnd: Int32(index), hash: hash.value))
        }
        return index
    }

    private static func scanMention(
        _ scalars: [Unicode.Scalar], from start: Int, to end: Int, into text: inout ScannedText
    ) -> Int {
        var index = start + 1
        while index < end, classify(scalars[index]) == .wordPart || scalars[index].value == 0x5F { index += 1 }
        appendPlaceholder(.mention, from: start, to: index, into: &text)
        return index
    }

    private static let urlStarts: [[UInt32]] = ["http://", "https://", "www."].map { $0.unicodeScalars.map(\.value) }

    /// Whether a URL (`http://`, `https://`, `www.`) starts at `index`.
    private static func startsURL(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        urlStarts.contains { start in
            index + start.count <= end
                && start.indices.allSatisfy { scalars[index + $0].value | 0x20 == start[$0] | 0x20 }
        }
    }

    private static func scanURL(
        _ scalars: [Unicode.Scalar], from start: Int, to end: Int, into text: inout ScannedText
    ) -> Int {
        var index = start
        while index < end, classify(scalars[index]) != .space { index += 1 }
        appendPlaceholder(.url, from: start, to: index, into: &text)
        return index
    }

    private static func appendPlaceholder(
        _ kind: ScannedText.Kind, from start: Int, to end: Int, into text: inout ScannedText
    ) {
        let position = Int32(text.folded.count)
        var hash = ScalarHash(seed: FeatureHasher.tokenSeed)
        hash.combine(kind == .url ? FeatureHasher.urlMarker : FeatureHasher.mentionMarker)
        text.tokens.append(ScannedText.Token(
            kind: kind, start: position, end: position, originStart: Int32(start), originEnd: Int32(end),
            hash: hash.value))
    }

    private static func appendMark(
        _ value: UInt32, at index: Int, kind: ScannedText.Kind, into text: inout ScannedText
    ) {
        let count = text.tokens.count
        if count >= 2 {
            let last = text.tokens[count - 1], previous = text.tokens[count - 2]
            if last.kind == kind, previous.kind == kind, last.length == 1, previous.length == 1,
                text.folded[Int(last.start)] == value, text.folded[Int(previous.start)] == value
            {
                return
            }
        }
        let position = Int32(text.folded.count)
        text.folded.append(value)
        var hash = ScalarHash(seed: FeatureHasher.tokenSeed)
        hash.combine(value)
        text.tokens.append(ScannedText.Token(
            kind: kind, start: position, end: position + 1, originStart: Int32(index), originEnd: Int32(index + 1),
            hash: hash.value))
    }
}
