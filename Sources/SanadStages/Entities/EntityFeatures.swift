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

        /// Which token the feature's value comes from (``Source``).
        var source: Source {
            switch self {
            case .bias, .word, .stem, .proclitic, .prefix1, .prefix2, .prefix3, .suffix1, .suffix2, .suffix3, .suffix4,
                 .shape, .triggerHere, .nisbaHere, .lexiconHere:
                .token
            case .wordBefore1, .stemBefore1, .procliticBefore, .shapeBefore, .triggerBefore1, .nisbaBefore, .lexiconBefore:
                .before1
            case .wordAfter1, .stemAfter1, .procliticAfter, .shapeAfter, .triggerAfter1, .nisbaAfter, .lexiconAfter:
                .after1
            case .triggerBefore2: .before2
            case .triggerAfter2: .after2
            case .first, .bigramBefore, .bigramAfter, .gazetteerBegins, .gazetteerContinues, .gazetteerBefore,
                 .gazetteerAfter:
                .context
            case .documentCount, .documentCountByFrequency, .documentTriggersBefore, .documentTriggersAfter:
                .document
            }
        }
    }

    /// What a feature's value is read from. A feature of source `.token` or of a neighbour source depends on that
    /// one token alone (or, outside the sentence, on nothing), so its weights can be summed once per word and
    /// reused (``EmissionCache``); the sources two tokens away read only that token's trigger classes, so their
    /// weights are summed once per set of classes (``TriggerNeighbourWeights``); `.context` features combine several
    /// tokens or the gazetteer matches of the sentence; `.document` features read what the document says of the
    /// token's stem (``DocumentContext``) and its training frequency, which take few values, so their weights are
    /// summed once per value (``DocumentFeatureWeights``).
    enum Source: UInt8, CaseIterable {
        case token, before1, after1, before2, after2, context, document

        /// The single-token sources whose features read the token's word (in declaration order, so a source's raw
        /// value is its slot in an ``EmissionCache`` row).
        static let word: [Source] = [.token, .before1, .after1]

        /// The single-token sources whose only template reads the token's trigger classes
        /// (``Template/triggerBefore2``, ``Template/triggerAfter2``): the tokens two away.
        static let trigger: [Source] = [.before2, .after2]

        /// Where the token a single-token source reads stands, relative to the token whose feature it is.
        var offset: Int {
            switch self {
            case .token, .context, .document: 0
            case .before2: -2
            case .before1: -1
            case .after1: 1
            case .after2: 2
            }
        }

        /// This source's bit in a source mask.
        var bit: UInt8 { 1 << rawValue }

        /// The mask of every source.
        static let allBits = allCases.reduce(UInt8(0)) { $0 | $1.bit }

        /// The mask of the single-token sources: the token, then its neighbours.
        static let singleTokenBits = wordBits | triggerBits

        /// The mask of the ``word`` sources.
        static let wordBits = word.reduce(UInt8(0)) { $0 | $1.bit }

        /// The mask of the ``trigger`` sources.
        static let triggerBits = trigger.reduce(UInt8(0)) { $0 | $1.bit }

        /// ``offset`` of each of ``word``, in that order.
        static let wordOffsets = word.map(\.offset)
    }

    /// What the features read of one token by itself: its form and training-data shares.
    struct TokenFacts: Sendable {
        /// The token's form.
        var form: TokenForm
        /// Its packed ``TokenLexicon`` buckets.
        var shares: UInt16
    }

    /// The gazetteer whose matches become features: built-in and user lists plus names seen in training.
    let gazetteer: Gazetteer
    /// The shares of entity types of words in training data.
    let lexicon: TokenLexicon

    /// Creates an extractor matching `gazetteer` and reading word shares from `lexicon`.
    init(gazetteer: Gazetteer, lexicon: TokenLexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    /// What the features read of a token by itself.
    @inline(__always)
    func facts(of form: TokenForm) -> TokenFacts {
        TokenFacts(form: form, shares: lexicon.buckets(of: form.stem))
    }

    /// Appends the features of every token of a sentence to `buffer` (cleared first), with what `document` says of
    /// its words.
    func extract(_ forms: ArraySlice<TokenForm>, document: DocumentContext, into buffer: inout FeatureBuffer) {
        buffer.removeAll()
        let matches = gazetteer.matches(forms)
        forms.map(facts(of:)).withUnsafeBufferPointer { tokens in
            for position in tokens.indices {
                buffer.startToken()
                features(at: position, of: tokens, matches: matches, document: document, sources: Source.allBits) { template, value in
                    buffer.append(FeatureHash.combine(template.rawValue, value), isWordIdentity: template.isWordIdentity)
                }
            }
        }
        buffer.finish()
    }

    /// Calls `add` with the source and hash of every feature `token` gives by itself, of a source in the mask
    /// `sources` (single-token sources only): as the token (source ``Source/token``) and as the neighbour each
    /// neighbour source reads. `nil` stands for the position outside the sentence, which gives neighbour features
    /// only.
    func singleTokenKeys(of token: TokenFacts?, sources: UInt8, _ add: (Source, UInt64) -> Void) {
        precondition(sources & ~Source.singleTokenBits == 0, "single-token sources only")
        func emit(_ template: Template, _ value: UInt64) {
            add(template.source, FeatureHash.combine(template.rawValue, value))
        }
        let none = EntityFeatures.noMatches
        // On the stack: this runs for every word an ``EmissionCache`` adds.
        withUnsafeTemporaryAllocation(of: TokenFacts.self, capacity: 5) { window in
            if let token {
                // Context templates are masked out, so the word may stand for all five tokens of the window.
                window.initialize(repeating: token)
                features(at: 2, of: UnsafeBufferPointer(window), matches: none, document: nil, sources: sources, emit)
            } else {
                window.initialize(repeating: TokenFacts(form: TokenForm(), shares: 0))
                let neighbours = sources & ~Source.token.bit
                let lone = UnsafeBufferPointer(rebasing: window[..<1])
                features(at: 0, of: lone, matches: none, document: nil, sources: neighbours, emit)
            }
        }
    }

    /// What a pass that masks out the sentence's matches (``singleTokenKeys(of:sources:_:)``) gives for them: made
    /// once, as it runs for every word an ``EmissionCache`` adds.
    private static let noMatches = [GazetteerMatch](repeating: GazetteerMatch(), count: 5)

    /// Calls `add` with the hash of each of token `position`'s ``Source/context`` features (not its
    /// ``Source/document`` ones: see ``DocumentFeatureWeights``): at most ``contextKeyLimit`` of them.
    @inline(__always)
    func contextKeys(at position: Int, of tokens: UnsafeBufferPointer<TokenFacts>, matches: [GazetteerMatch],
                     _ add: (UInt64) -> Void) {
        features(at: position, of: tokens, matches: matches, document: nil, sources: Source.context.bit) {
            add(FeatureHash.combine($0.rawValue, $1))
        }
    }

    /// The most ``Source/context`` features a token has: ``Template/first``, the two bigrams, and one per bit of
    /// each of the four gazetteer templates' match sets (``GazetteerMatch``'s bytes).
    static let contextKeyLimit = 3 + 4 * UInt8.bitWidth

    /// Occurrences in the document beyond which a word's ``Source/document`` features stay the same.
    static let documentCountCap = 4

    /// Calls `add` with the hash of every ``Source/document`` feature of a word that `aggregate` describes and whose
    /// training frequency bucket (the high byte of its ``TokenLexicon`` buckets) is `frequency`.
    static func documentKeys(of aggregate: DocumentContext.Aggregate, frequency: UInt16, _ add: (UInt64) -> Void) {
        documentFeatures(of: aggregate, frequency: frequency) { add(FeatureHash.combine($0.rawValue, $1)) }
    }

    /// The ``Source/document`` templates, in template order (part of ``features(at:of:matches:document:sources:_:)``).
    @inline(__always)
    private static func documentFeatures(of aggregate: DocumentContext.Aggregate, frequency: UInt16,
                                         _ emit: (Template, UInt64) -> Void) {
        let repeats = UInt64(min(aggregate.count, documentCountCap))
        emit(.documentCount, repeats)
        emit(.documentCountByFrequency, repeats * 4 + UInt64(frequency))
        emitBits(.documentTriggersBefore, aggregate.triggersBefore, emit)
        emitBits(.documentTriggersAfter, aggregate.triggersAfter, emit)
    }

    /// Calls `emit` with `template` and the number of each bit set in `bits`, lowest first.
    @inline(__always)
    private static func emitBits(_ template: Template, _ bits: UInt8, _ emit: (Template, UInt64) -> Void) {
        var remaining = bits
        while remaining != 0 {
            emit(template, UInt64(remaining.trailingZeroBitCount))
            remaining &= remaining - 1
        }
    }

    /// The one definition of the templates: calls `add` with every feature of token `position` whose template's
    /// source is in the `sources` mask, in template order. `document` is `nil` when the mask leaves out
    /// ``Source/document``: a pass for other sources then copies no document context.
    @inline(__always)
    private func features(
        at position: Int, of tokens: UnsafeBufferPointer<TokenFacts>, matches: [GazetteerMatch], document: DocumentContext?,
        sources: UInt8, _ emit: (Template, UInt64) -> Void
    ) {
        let count = tokens.count
        func form(_ position: Int) -> TokenForm {
            position < 0 ? TokenForm.boundary.before : position >= count ? TokenForm.boundary.after : tokens[position].form
        }
        func trigger(_ position: Int) -> UInt8 { position < 0 || position >= count ? 0 : tokens[position].form.triggers }
        let token = tokens[position].form
        let share = tokens[position].shares
        func add(_ template: Template, _ value: @autoclosure () -> UInt64) {
            if sources & template.source.bit != 0 { emit(template, value()) }
        }
        func addBits(_ template: Template, _ bits: @autoclosure () -> UInt8) {
            if sources & template.source.bit != 0 { EntityFeatures.emitBits(template, bits(), emit) }
        }
        func addShares(_ template: Template, _ packed: UInt16) {
            add(template, 100 + UInt64(packed >> 8))
            for label in 0..<4 {
                let bucket = (packed >> UInt16(label * 2)) & 3
                if bucket != 0 { add(template, UInt64(label * 4) + UInt64(bucket)) }
            }
        }
        add(.bias, 0)
        add(.word, token.word)
        add(.stem, token.stem)
        add(.proclitic, token.proclitic)
        func addIfSet(_ template: Template, _ value: @autoclosure () -> UInt64) {
            guard sources & template.source.bit != 0 else { return }
            let value = value()
            if value != 0 { emit(template, value) }
        }
        addIfSet(.prefix1, token.prefix(1))
        addIfSet(.prefix2, token.prefix(2))
        addIfSet(.prefix3, token.prefix(3))
        addIfSet(.suffix1, token.suffix(1))
        addIfSet(.suffix2, token.suffix(2))
        addIfSet(.suffix3, token.suffix(3))
        addIfSet(.suffix4, token.suffix(4))
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
        if sources & Template.lexiconHere.source.bit != 0 { addShares(.lexiconHere, share) }
        if sources & Source.document.bit != 0, let document {
            EntityFeatures.documentFeatures(of: document.aggregate(of: token.stem), frequency: share >> 8, emit)
        }
        if position > 0, sources & Template.lexiconBefore.source.bit != 0 { addShares(.lexiconBefore, tokens[position - 1].shares) }
        if position + 1 < count, sources & Template.lexiconAfter.source.bit != 0 {
            addShares(.lexiconAfter, tokens[position + 1].shares)
        }
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
