/// What the tagger knows about one token by itself, as hashes: its normalized form, stem, proclitics, affixes and
/// shape. Computed once per token; features of the token and of its neighbours combine these values.
struct TokenForm: Sendable {
    /// The normalized word (``ArabicWordForm``).
    var word: UInt64 = 0
    /// The word without its longest candidate proclitic sequence (`والقاهره` → `قاهره`).
    var stem: UInt64 = 0
    /// The proclitics that ``stem`` drops (`وال`), or the empty string.
    var proclitic: UInt64 = 0
    /// The word without a leading article only: how a later word of a multi-word name is matched.
    var core: UInt64 = 0
    /// Hashes of the word at the candidate proclitic splits between the unsplit word and the stem (at most two).
    fileprivate var middleCandidates: (UInt64, UInt64) = (0, 0)
    /// Hashes of the stem's first one, two and three code points (0 when the stem is shorter).
    var prefixes: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// Hashes of the word's last one to four code points (0 when the stem is shorter).
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// Its classes of the built-in ``TriggerWords`` (over its candidates): read by the features of the token and its
    /// neighbours, the document's context and the linker, so found once per form.
    var triggers: UInt8 = 0
    /// The token's script and character classes.
    var shape: Shape = .other
    /// The stem's length in code points, capped at 8.
    var length: UInt8 = 0
    /// Whether the word looks like a definite nisba adjective (`المصري`, `الفرنسية`): article + stem ending in ي/يه.
    var isNisba = false
    fileprivate var storedCandidateCount: UInt8 = 0

    /// Number of candidate proclitic splits (``ArabicWordForm/procliticSplits(_:)``): at least 1 for a token, 0 for
    /// the pseudo-forms.
    @inline(__always)
    var candidateCount: Int { Int(storedCandidateCount) }

    /// The hash of the word at candidate split `index` (< ``candidateCount``), shortest proclitics first: the first is
    /// the unsplit ``word`` and the last the ``stem``, so only the splits between them are stored (the form is copied
    /// for every token, and the smaller the cheaper).
    @inline(__always)
    func candidate(_ index: Int) -> UInt64 {
        if index == 0 { return word }
        if index == candidateCount - 1 { return stem }
        return index == 1 ? middleCandidates.0 : middleCandidates.1
    }

    /// The character make-up of a token.
    enum Shape: UInt8 {
        case arabic, latinLower, latinCapitalized, digits, digitsMixed, punctuation, mixed, other
    }

    /// The pseudo-form of the positions before the first and after the last token of a sentence.
    static let boundary: (before: TokenForm, after: TokenForm) = {
        var before = TokenForm()
        before.word = FeatureHash.of("<s>")
        before.stem = before.word
        var after = TokenForm()
        after.word = FeatureHash.of("</s>")
        after.stem = after.word
        return (before, after)
    }()
}

/// Computes ``TokenForm``s, reusing one scratch buffer; make one per document or sentence batch.
struct TokenFormAnalyzer {
    private var buffer: [UInt32] = []

    init() { buffer.reserveCapacity(64) }

    /// The form of the token made of `scalars` (as written in the text).
    mutating func analyze<C: Collection>(_ scalars: C) -> TokenForm where C.Element == Unicode.Scalar {
        let capitalized = ArabicWordForm.normalize(scalars, into: &buffer)
        return form(ofNormalized: buffer, capitalized: capitalized)
    }

    /// The form of an already normalized word.
    func form(ofNormalized word: [UInt32], capitalized: Bool) -> TokenForm {
        var form = TokenForm()
        let splits = ArabicWordForm.procliticSplits(word)
        let stemStart = splits.longest
        form.word = FeatureHash.of(word)
        form.stem = FeatureHash.of(word[stemStart...])
        form.proclitic = FeatureHash.of(word[..<stemStart])
        form.core = TokenFormAnalyzer.coreHash(word)
        form.storedCandidateCount = UInt8(splits.count)
        for index in 1..<max(1, splits.count - 1) {
            let hash = FeatureHash.of(word[splits[index]...])
            if index == 1 { form.middleCandidates.0 = hash } else { form.middleCandidates.1 = hash }
        }
        form.triggers = TriggerWords.builtin.kinds(of: form)
        let stemLength = word.count - stemStart
        var hash = FeatureHash.empty
        for offset in 0..<min(3, stemLength) {
            hash = FeatureHash.adding(word[stemStart + offset], to: hash)
            switch offset {
            case 0: form.prefixes.0 = hash
            case 1: form.prefixes.1 = hash
            default: form.prefixes.2 = hash
            }
        }
        for length in 1...4 where length <= stemLength {
            let suffix = FeatureHash.of(word[(word.count - length)...])
            switch length {
            case 1: form.suffixes.0 = suffix
            case 2: form.suffixes.1 = suffix
            case 3: form.suffixes.2 = suffix
            default: form.suffixes.3 = suffix
            }
        }
        form.length = UInt8(min(stemLength, 8))
        form.shape = TokenFormAnalyzer.shape(of: word, capitalized: capitalized)
        let hasArticle = stemStart >= 2 && word[stemStart - 1] == 0x0644
            && (word[stemStart - 2] == 0x0627 || word[stemStart - 2] == 0x0644)
        if hasArticle, stemLength >= 3 {
            let last = word[word.count - 1]
            form.isNisba = last == 0x064A || (last == 0x0647 && word[word.count - 2] == 0x064A)
        }
        return form
    }

    /// The hash of a normalized word without a leading article (`الولايات` → `ولايات`), or of the word itself.
    static func coreHash(_ word: [UInt32]) -> UInt64 {
        if word.count >= 4, word[0] == 0x0627, word[1] == 0x0644 { return FeatureHash.of(word[2...]) }
        return FeatureHash.of(word)
    }

    private static func shape(of word: [UInt32], capitalized: Bool) -> TokenForm.Shape {
        var arabic = false, latin = false, digits = false, other = false
        for value in word {
            if ArabicWordForm.isArabicLetter(value) {
                arabic = true
            } else if ArabicWordForm.isLatinLetter(value) {
                latin = true
            } else if (0x30...0x39).contains(value) {
                digits = true
            } else {
                other = true
            }
        }
        switch (arabic, latin, digits) {
        case (false, false, false): return other ? .punctuation : .other
        case (false, false, true): return other ? .digitsMixed : .digits
        case (_, _, true): return .digitsMixed
        case (true, false, false): return .arabic
        case (false, true, false): return capitalized ? .latinCapitalized : .latinLower
        case (true, true, false): return .mixed
        }
    }
}
