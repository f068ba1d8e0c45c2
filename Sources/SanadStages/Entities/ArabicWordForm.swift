/// The light normalization the tagger, its gazetteers and its training data share.
///
/// The tagger normalizes each token itself rather than reading the `normalized` layer, so that the model sees the
/// same forms whether or not a `normalize` stage ran and whatever that stage's options were: alef variants
/// (أ إ آ ٱ) become ا, ى becomes ي, ة becomes ه, Persian ک/ی become ك/ي, diacritics, tatweel and
/// direction marks go, Arabic-Indic digits become ASCII, ASCII letters are lowercased, and punctuation stuck to the
/// ends of a word (`(د`, `أ)`) is trimmed.
enum ArabicWordForm {
    /// Appends the normalized code points of `scalars` to `output` (cleared first). The second value says whether
    /// the first Latin letter was uppercase.
    static func normalize<C: Collection>(_ scalars: C, into output: inout [UInt32]) -> Bool
    where C.Element == Unicode.Scalar {
        output.removeAll(keepingCapacity: true)
        var capitalized: Bool?
        for scalar in scalars {
            var value = scalar.value
            switch value {
            case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200B...0x200F, 0x061C, 0xFEFF:
                continue
            case 0x0622, 0x0623, 0x0625, 0x0671: value = 0x0627
            case 0x0649, 0x06CC: value = 0x064A
            case 0x0629: value = 0x0647
            case 0x06A9: value = 0x0643
            case 0x0660...0x0669: value -= 0x0660 - 0x30
            case 0x06F0...0x06F9: value -= 0x06F0 - 0x30
            case 0x41...0x5A:
                if capitalized == nil { capitalized = true }
                value += 0x20
            case 0x61...0x7A:
                if capitalized == nil { capitalized = false }
            default: break
            }
            output.append(value)
        }
        var first = 0
        var last = output.count
        while first < last, !isWordCharacter(output[first]) { first += 1 }
        while last > first, !isWordCharacter(output[last - 1]) { last -= 1 }
        if first < last, first > 0 || last < output.count {
            output = Array(output[first..<last])
        }
        return capitalized ?? false
    }

    /// The normalized form of a string, for building gazetteers and trigger lists.
    static func normalized(_ text: String) -> [UInt32] {
        var output: [UInt32] = []
        _ = normalize(text.unicodeScalars, into: &output)
        return output
    }

    /// Whether a normalized code point is a letter or digit (of Arabic or Latin script).
    @inline(__always)
    static func isWordCharacter(_ value: UInt32) -> Bool {
        isArabicLetter(value) || isLatinLetter(value) || (0x30...0x39).contains(value)
    }

    /// Whether a code point is an Arabic-script letter.
    @inline(__always)
    static func isArabicLetter(_ value: UInt32) -> Bool {
        (0x0621...0x064A).contains(value) || (0x066E...0x06D3).contains(value) || (0x06FA...0x06FF).contains(value)
    }

    /// Whether a code point is a Latin letter (ASCII or Latin-1/Extended-A accented).
    @inline(__always)
    static func isLatinLetter(_ value: UInt32) -> Bool {
        (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0xC0...0x24F).contains(value)
    }

    /// The lengths at which a normalized Arabic word can be split into proclitics and a stem, shortest first,
    /// always starting with 0: `والقاهره` → 0, 1 (و), 3 (وال); `للامم` → 0, 1, 2 (ل + elided ال).
    ///
    /// A conjunction (و ف), then a preposition (ب ل ك), then the article (ال, or ل after ل) may be split off, each
    /// only when at least two letters remain. Which split is right is the model's business: every candidate is
    /// offered to the gazetteers, and the longest one is the `stem` feature.
    static func procliticSplits(_ word: [UInt32]) -> ProcliticSplits {
        var splits = ProcliticSplits()
        guard let first = word.first, isArabicLetter(first) else { return splits }
        let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644
        func remains(_ position: Int) -> Bool { word.count - position >= 2 }
        var position = 0
        if word[0] == 0x0648 || word[0] == 0x0641, remains(1) {
            position = 1
            splits.append(position)
        }
        if position < word.count, [0x0628, lam, 0x0643].contains(word[position]), remains(position + 1) {
            let preposition = word[position]
            position += 1
            splits.append(position)
            if preposition == lam, word[position] == lam, remains(position + 1) {
                splits.append(position + 1)
                return splits
            }
        }
        if position + 1 < word.count, word[position] == alef, word[position + 1] == lam, remains(position + 2) {
            splits.append(position + 2)
        }
        return splits
    }
}

/// The candidate proclitic lengths of one word (at most four: none, conjunction, preposition, article).
struct ProcliticSplits {
    private var storage: (Int8, Int8, Int8, Int8) = (0, 0, 0, 0)
    /// Number of candidates, at least 1 (the unsplit word).
    private(set) var count = 1

    mutating func append(_ length: Int) {
        switch count {
        case 1: storage.1 = Int8(length)
        case 2: storage.2 = Int8(length)
        default: storage.3 = Int8(length)
        }
        count += 1
    }

    /// The longest candidate.
    var longest: Int { self[count - 1] }

    subscript(index: Int) -> Int {
        switch index {
        case 0: Int(storage.0)
        case 1: Int(storage.1)
        case 2: Int(storage.2)
        default: Int(storage.3)
        }
    }

}
