/// Turns a sentence's tokens into the tagger's features: hashed (template, value) pairs, per token.
///
/// The templates are what matters for Arabic news names:
/// - the token itself: normalized word, clitic-stripped stem, the stripped proclitics, the stem's first 1–3 and
///   last 1–4 letters (transliterated foreign names share endings such as ـوف، ـسكي، ـيان), and its shape
///   (Arabic, Latin with or without a capital, digits, punctuation);
/// - its neighbours: the words, stems and proclitics one either side, and the word bigrams around it;
/// - gazetteers: which lists a name beginning or continuing at the token, or at its neighbours, belongs to;
/// - trigger words two either side (titles, roles, organization and place head nouns, reporting verbs), and
///   definite nisba adjectives (`المصري`) around and at the token;
/// - what the training data says of the word and its neighbours (``TokenLexicon``), and what the whole document
///   says of it (``DocumentContext``).
///
/// The template numbers and ``FeatureHash`` are part of the model format: ``version`` names the set, and a model
/// trained on another set is refused.
struct EntityFeatures: Sendable {
    /// The feature-set version written into model files.
    static let version: UInt32 = 1

    private enum Template: UInt64 {
        case bias = 1, word, stem, proclitic, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4
        case shape, first
        case wordBefore1, wordAfter1, stemBefore1, stemAfter1, bigramBefore, bigramAfter
        case gazetteerBegins, gazetteerContinues, gazetteerBefore, gazetteerAfter
        case triggerBefore2, triggerBefore1, triggerHere, triggerAfter1, triggerAfter2
        case nisbaBefore, nisbaHere, nisbaAfter, shapeBefore, shapeAfter
        case lexiconHere, lexiconBefore, lexiconAfter
        case documentCount, documentCountByFrequency, documentTriggersBefore, documentTriggersAfter
        case procliticBefore, procliticAfter

        /// Whether the feature names the token's own word (training may hide these to learn from the rest).
        var isWordIdentity: Bool {
            switch self {
            case .word, .stem, .bigramBefore, .bigramAfter: true
            default: false
            }
        }
    }

    /// The gazetteer whose matches become features: built-in and user lists plus names seen in training.
    let gazetteer: Gazetteer
    /// The shares of entity types of words in training data.
    let lexicon: TokenLexicon
    private let triggers = TriggerWords.builtin

    /// Creates an extractor matching `gazetteer` and reading word shares from `lexicon`.
    init(gazetteer: Gazetteer, lexicon: TokenLexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// Appends the features of every token of a sentence to `buffer` (cleared first), with what `document` says of
    /// its words.
    func extract(_ forms: ArraySlice<TokenForm>, document: DocumentContext, into buffer: inout FeatureBuffer) {
        let forms = Array(forms)
        buffer.removeAll()
        let matches = gazetteer.matches(forms)
        var triggerKinds = [UInt8](repeating: 0, count: forms.count)
        for position in forms.indices { triggerKinds[position] = triggers.kinds(of: forms[position]) }
        var shares = [UInt16](repeating: 0, count: forms.count)
        for position in forms.indices { shares[position] = lexicon.buckets(of: forms[position].stem) }
        let count = forms.count
        func form(_ position: Int) -> TokenForm {
            position < 0 ? TokenForm.boundary.before : position >= count ? TokenForm.boundary.after : forms[position]
        }
        func trigger(_ position: Int) -> UInt8 { position < 0 || position >= count ? 0 : triggerKinds[position] }
        for position in 0..<count {
            let token = forms[position]
            buffer.startToken()
            func add(_ template: Template, _ value: UInt64) {
                buffer.append(FeatureHash.combine(template.rawValue, value), isWordIdentity: template.isWordIdentity)
            }
            func addBits(_ template: Template, _ bits: UInt8) {
                var remaining = bits
                while remaining != 0 {
                    add(template, UInt64(remaining.trailingZeroBitCount))
                    remaining &= remaining - 1
                }
            }
            add(.bias, 0)
            add(.word, token.word)
            add(.stem, token.stem)
            add(.proclitic, token.proclitic)
            if token.prefixes.0 != 0 { add(.prefix1, token.prefixes.0) }
            if token.prefixes.1 != 0 { add(.prefix2, token.prefixes.1) }
            if token.prefixes.2 != 0 { add(.prefix3, token.prefixes.2) }
            if token.suffixes.0 != 0 { add(.suffix1, token.suffixes.0) }
            if token.suffixes.1 != 0 { add(.suffix2, token.suffixes.1) }
            if token.suffixes.2 != 0 { add(.suffix3, token.suffixes.2) }
            if token.suffixes.3 != 0 { add(.suffix4, token.suffixes.3) }
            add(.shape, UInt64(token.shape.rawValue))
            if position == 0 { add(.first, 0) }
            let before1 = form(position - 1), after1 = form(position + 1)
            add(.wordBefore1, before1.word)
            add(.wordAfter1, after1.word)
            add(.stemBefore1, before1.stem)
            add(.procliticBefore, before1.proclitic)
            add(.procliticAfter, after1.proclitic)
            add(.stemAfter1, after1.stem)
            add(.bigramBefore, FeatureHash.combine(before1.word, token.word))
            add(.bigramAfter, FeatureHash.combine(token.word, after1.word))
            add(.shapeBefore, UInt64(before1.shape.rawValue))
            add(.shapeAfter, UInt64(after1.shape.rawValue))
            addBits(.gazetteerBegins, matches[position].begins)
            addBits(.gazetteerContinues, matches[position].continues)
            if position > 0 { addBits(.gazetteerBefore, matches[position - 1].begins | matches[position - 1].continues) }
            if position + 1 < count { addBits(.gazetteerAfter, matches[position + 1].begins | matches[position + 1].continues) }
            addBits(.triggerBefore2, trigger(position - 2))
            addBits(.triggerBefore1, trigger(position - 1))
            addBits(.triggerHere, trigger(position))
            addBits(.triggerAfter1, trigger(position + 1))
            addBits(.triggerAfter2, trigger(position + 2))
            if before1.isNisba { add(.nisbaBefore, 0) }
            if token.isNisba { add(.nisbaHere, 0) }
            if after1.isNisba { add(.nisbaAfter, 0) }
            func addShares(_ template: Template, _ packed: UInt16) {
                add(template, 100 + UInt64(packed >> 8))
                for label in 0..<4 {
                    let bucket = (packed >> UInt16(label * 2)) & 3
                    if bucket != 0 { add(template, UInt64(label * 4) + UInt64(bucket)) }
                }
            }
            addShares(.lexiconHere, shares[position])
            let aggregate = document.aggregate(of: token.stem)
            let repeats = UInt64(min(aggregate.count, 4))
            add(.documentCount, repeats)

            add(.documentCountByFrequency, repeats * 4 + UInt64(shares[position] >> 8))
            addBits(.documentTriggersBefore, aggregate.triggersBefore)
            addBits(.documentTriggersAfter, aggregate.triggersAfter)
            if position > 0 { addShares(.lexiconBefore, shares[position - 1]) }
            if position + 1 < count { addShares(.lexiconAfter, shares[position + 1]) }
        }
        buffer.finish()
    }
}

/// The features of a sentence: one flat array of hashes and where each token's run starts.
struct FeatureBuffer {
    /// Every feature hash, token after token.
    private(set) var keys: [UInt64] = []
    /// `starts[i]..<starts[i + 1]` are token `i`'s features.
    private(set) var starts: [Int] = []
    /// Per feature, whether it names the token's own word; kept only when the buffer tracks it (for training).
    private(set) var wordIdentity: [Bool] = []
    private let tracksWordIdentity: Bool

    /// An empty buffer; `tracksWordIdentity` records which features name the token's own word.
    init(tracksWordIdentity: Bool = false) {
        self.tracksWordIdentity = tracksWordIdentity
        keys.reserveCapacity(4096)
        starts.reserveCapacity(128)
    }

    /// Number of tokens.
    var tokenCount: Int { max(0, starts.count - 1) }

    /// Token `position`'s features.
    func features(of position: Int) -> ArraySlice<UInt64> { keys[starts[position]..<starts[position + 1]] }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        wordIdentity.removeAll(keepingCapacity: true)
    }

    mutating func startToken() { starts.append(keys.count) }

    @inline(__always)
    mutating func append(_ key: UInt64, isWordIdentity: Bool) {
        keys.append(key)
        if tracksWordIdentity { wordIdentity.append(isWordIdentity) }
    }

    mutating func finish() { starts.append(keys.count) }
}
