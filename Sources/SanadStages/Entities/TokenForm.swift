/// What the tagger knows about one token by itself: hashes of its normalized form, stem and proclitics, the letters
/// its affix features hash (``prefix(_:)``, ``suffix(_:)``), and its shape. Computed once per token; features of the
/// token and of its neighbours combine these values.
struct TokenForm: Sendable {
    /// The normalized word (``ArabicWordForm``).
    var word: UInt64 = 0
    /// The word without its longest candidate proclitic sequence (`والقاهره` → `قاهره`).
    var stem: UInt64 = 0
    /// The proclitics that ``stem`` drops (`وال`), or the empty string.
    var proclitic: UInt64 = 0
    /// Hashes of the word at the candidate proclitic splits between the unsplit word and the stem (at most two).
    fileprivate var middleCandidates: (UInt64, UInt64) = (0, 0)
    /// The stem's first three code points (0 past its end), which ``prefix(_:)`` hashes: only the features of a word
    /// the emission cache has not seen read them, so they are kept as letters, half the size of their hashes.
    fileprivate var stemHead: (UInt32, UInt32, UInt32) = (0, 0, 0)
    /// The word's last four code points, the last one last (0 before its start), which ``suffix(_:)`` hashes.
    fileprivate var wordTail: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
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
    /// Whether ``core`` is the ``stem``, rather than the ``word``.
    fileprivate var coreIsStem = false

    /// The word without a leading article only (``TokenFormAnalyzer/coreHash(_:)``): how a later word of a
    /// multi-word name is matched. A word with a leading article has no other proclitic split, so that is its stem.
    @inline(__always)
    var core: UInt64 { coreIsStem ? stem : word }

    /// The hash of the stem's first `count` code points (1 to 3), or 0 when the stem is shorter.
    func prefix(_ count: Int) -> UInt64 {
        guard count <= Int(length) else { return 0 }
        return withUnsafeBytes(of: stemHead) { TokenForm.hash($0, letters: 0..<count) }
    }

    /// The hash of the word's last `count` code points (1 to 4), or 0 when the stem is shorter.
    func suffix(_ count: Int) -> UInt64 {
        guard count <= Int(length) else { return 0 }
        return withUnsafeBytes(of: wordTail) { TokenForm.hash($0, letters: (4 - count)..<4) }
    }

    /// The hash of the code points `letters` of a tuple of code points.
    private static func hash(_ tuple: UnsafeRawBufferPointer, letters: Range<Int>) -> UInt64 {
        letters.reduce(FeatureHash.empty) { FeatureHash.adding(tuple.load(fromByteOffset: $1 * 4, as: UInt32.self), to: $0) }
    }

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

/// A ``TokenForm`` in seven 64-bit words, for a ``TokenFormCache`` slot that holds it beside its key in one 64-byte
/// cache line (the form itself takes 80 bytes, so a slot straddled two or three lines): the five hashes, the seven
/// affix letters at 16 bits each, and the small fields in 16 bits.
///
/// Not every form fits: one whose affix letters lie above U+FFFF, say, has no packed form, and a cache analyzes its
/// token again each time. Unpacking gives back exactly the packed form.
struct PackedTokenForm {
    private var word: UInt64
    private var stem: UInt64
    private var proclitic: UInt64
    private var middle: (UInt64, UInt64)
    /// The stem's first three letters, then the word's fourth letter from the end, 16 bits each.
    private var headLetters: UInt64
    /// The word's last three letters (16 bits each), then the fields of ``flags``.
    private var tailLettersAndFlags: UInt64

    /// `form` packed, or `nil` when a field does not fit.
    init?(_ form: TokenForm) {
        let head = form.stemHead, tail = form.wordTail
        let letters = head.0 | head.1 | head.2 | tail.0 | tail.1 | tail.2 | tail.3
        guard letters <= 0xFFFF, let flags = PackedTokenForm.flags(of: form) else { return nil }
        word = form.word
        stem = form.stem
        proclitic = form.proclitic
        middle = form.middleCandidates
        headLetters = UInt64(head.0) | UInt64(head.1) << 16 | UInt64(head.2) << 32 | UInt64(tail.0) << 48
        tailLettersAndFlags = UInt64(tail.1) | UInt64(tail.2) << 16 | UInt64(tail.3) << 32 | UInt64(flags) << 48
    }

    /// The form that was packed.
    @inline(__always)
    var form: TokenForm {
        var form = TokenForm()
        form.word = word
        form.stem = stem
        form.proclitic = proclitic
        form.middleCandidates = middle
        func letter(_ bits: UInt64, _ index: Int) -> UInt32 {
            UInt32(truncatingIfNeeded: bits >> (16 * index)) & 0xFFFF
        }
        form.stemHead = (letter(headLetters, 0), letter(headLetters, 1), letter(headLetters, 2))
        form.wordTail = (letter(headLetters, 3), letter(tailLettersAndFlags, 0), letter(tailLettersAndFlags, 1),
                         letter(tailLettersAndFlags, 2))
        let flags = UInt16(truncatingIfNeeded: tailLettersAndFlags >> 48)
        form.triggers = UInt8(flags & 0x1F)
        form.length = UInt8(flags >> 5 & 0xF)
        // Every shape of 3 bits is a case, and only a packed one is read back.
        form.shape = TokenForm.Shape(rawValue: UInt8(flags >> 9 & 0x7))!
        form.storedCandidateCount = UInt8(flags >> 12 & 0x3) + 1
        form.isNisba = flags & 1 << 14 != 0
        form.coreIsStem = flags & 1 << 15 != 0
        return form
    }

    /// The small fields of `form` in 16 bits: trigger classes (5 bits), stem length (4), shape (3), candidate count
    /// less one (2: a token has one to four), nisba and core flags; `nil` when one does not fit.
    private static func flags(of form: TokenForm) -> UInt16? {
        let count = Int(form.storedCandidateCount)
        guard form.triggers < 1 << 5, form.length < 1 << 4, form.shape.rawValue < 1 << 3, (1...4).contains(count) else {
            return nil
        }
        return UInt16(form.triggers) | UInt16(form.length) << 5 | UInt16(form.shape.rawValue) << 9
            | UInt16(count - 1) << 12 | (form.isNisba ? 1 << 14 : 0) | (form.coreIsStem ? 1 << 15 : 0)
    }
}

/// Computes ``TokenForm``s, reusing one scratch buffer; not thread-safe, so each ``TokenFormCache`` (one per worker)
/// and each lexicon build has its own.
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
        form.coreIsStem = TokenFormAnalyzer.hasLeadingArticle(word)
        form.storedCandidateCount = UInt8(splits.count)
        for index in 1..<max(1, splits.count - 1) {
            let hash = FeatureHash.of(word[splits[index]...])
            if index == 1 { form.middleCandidates.0 = hash } else { form.middleCandidates.1 = hash }
        }
        form.triggers = TriggerWords.builtin.kinds(of: form)
        let stemLength = word.count - stemStart
        func letter(_ index: Int) -> UInt32 { index >= 0 && index < word.count ? word[index] : 0 }
        form.stemHead = (letter(stemStart), letter(stemStart + 1), letter(stemStart + 2))
        let end = word.count
        form.wordTail = (letter(end - 4), letter(end - 3), letter(end - 2), letter(end - 1))
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
        hasLeadingArticle(word) ? FeatureHash.of(word[2...]) : FeatureHash.of(word)
    }

    /// Whether a normalized word starts with the article `ال` and at least two letters follow it.
    private static func hasLeadingArticle(_ word: [UInt32]) -> Bool {
        word.count >= 4 && word[0] == 0x0627 && word[1] == 0x0644
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
