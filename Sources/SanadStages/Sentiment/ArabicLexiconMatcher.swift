import SanadCore

/// Finds Arabic lexicon hits in a stretch of text and applies the modifiers around them.
///
/// Rules, in the order they apply to a hit's lexicon weight:
/// 1. **Intensifiers** (`جداً`, `للغاية`, `بشدة`; diminishers `قليلاً`, `نسبياً`) multiply the weight of the nearest hit
///    at most two words away in the same clause, preferring the hit before (Arabic puts them after the word).
/// 2. **Negation** (`لا لم لن ليس غير عدم بدون دون`…) multiplies by −0.74 (VADER's negation scalar) every hit that
///    starts within the four words after the negator, in the same clause (one more than VADER's three, because
///    verb-subject-object order puts the subject between a negated verb and its object: `لم يحقق الاجتماع أي نجاح`). Clauses end at punctuation and contrast
///    markers; fixed phrases such as `لا يزال` ("still") are not negators.
/// 3. **Contrast** (`لكن`, `إلا أن`, `غير أن`): as VADER does with "but", hits before the first marker count half and
///    hits after it count one and a half.
struct ArabicLexiconMatcher: Sendable {
    /// The polar words and phrases.
    let lexicon: ArabicLexicon
    /// The negators, intensifiers and contrast markers.
    let modifiers: ArabicModifiers

    /// Creates a matcher from its lexicon and modifier list.
    init(lexicon: ArabicLexicon, modifiers: ArabicModifiers) {
        self.lexicon = lexicon
        self.modifiers = modifiers
    }

    /// Parses the lexicon and modifier list of `resources`.
    init(resources: SentimentResources) throws(SentimentResourceError) {
        self.init(
            lexicon: try ArabicLexicon(text: resources.arabicLexicon, name: SentimentResources.FileName.arabicLexicon),
            modifiers: try ArabicModifiers(
                text: resources.arabicModifiers, name: SentimentResources.FileName.arabicModifiers))
    }

    /// How far a negator reaches, in words.
    static let negationScope = 4
    /// How far an intensifier reaches, in words.
    static let intensifierScope = 2
    /// What negation multiplies a weight by (VADER's `N_SCALAR`).
    static let negationFactor = -0.74
    /// What contrast multiplies the weights before and after the marker by (VADER's but-rule).
    static let beforeContrast = 0.5
    static let afterContrast = 1.5

    private struct Located<Value> {
        var value: Value
        var firstToken: Int
        var lastToken: Int
    }

    /// The lexicon hits of tokens `range` of `text`, modified.
    ///
    /// Tokens that overlap one of `names` (original spans of entity mentions, in text order) are never hits: `سعيد`
    /// in `سعيد الغامدي` is a name, not "happy".
    func analyze(_ text: ScannedText, tokens range: Range<Int>, names: [Span] = []) -> LexiconAnalysis {
        var cache = WordCache(slotBits: 0)
        return analyze(text, tokens: range, names: names, cache: &cache)
    }

    /// The lexicon hits of tokens `range` of `text`, modified, remembering in `cache` which words start no match.
    func analyze(_ text: ScannedText, tokens range: Range<Int>, names: [Span] = [], cache: inout WordCache)
        -> LexiconAnalysis
    {
        var hits: [Located<LexiconAnalysis.Hit>] = []
        var negators: [Located<Range<Int32>>] = []
        var intensifiers: [Located<(factor: Double, span: Range<Int32>)>] = []
        var contrast: Located<Range<Int32>>?
        // Per token: clause number and the count of words before it, for scope checks.
        var clause = [Int32](repeating: 0, count: range.count)
        var ordinal = [Int32](repeating: 0, count: range.count)
        var currentClause: Int32 = 0
        var words: Int32 = 0
        func mark(_ from: Int, _ to: Int) {
            for index in from..<to {
                clause[index - range.lowerBound] = currentClause
                ordinal[index - range.lowerBound] = words
                let kind = text.tokens[index].kind
                if kind == .word || kind == .number { words += 1 }
            }
        }
        var index = range.lowerBound
        var name = names.startIndex
        while index < range.upperBound {
            let token = text.tokens[index]
            while name < names.endIndex, names[name].end <= Int(token.originStart) { name += 1 }
            if name < names.endIndex, names[name].start < Int(token.originEnd) {
                mark(index, index + 1)
                index += 1
                continue
            }
            if token.kind == .punctuation {
                if Self.breaksClause(text.folded[Int(token.start)]) { currentClause += 1 }
                mark(index, index + 1)
                index += 1
                continue
            }
            let starts: WordCache.Starts =
                token.kind == .word || token.kind == .number
                ? cache.starts(forWord: token.hash) { startsOf(text.scalars(of: token)) } : []
            if starts.contains(.modifier), let match = modifiers.table.match(in: text, at: index, before: range.upperBound) {
                let span = token.originStart..<text.tokens[match.endToken - 1].originEnd
                let last = match.endToken - 1
                switch match.value {
                case .negation: negators.append(Located(value: span, firstToken: index, lastToken: last))
                case .intensifier(let factor):
                    intensifiers.append(Located(value: (factor, span), firstToken: index, lastToken: last))
                case .contrast:
                    currentClause += 1
                    if contrast == nil { contrast = Located(value: span, firstToken: index, lastToken: last) }
                case .fixed: break
                }
                mark(index, match.endToken)
                index = match.endToken
                continue
            }
            if starts.contains(.lexicon), let match = lexicon.table.match(in: text, at: index, before: range.upperBound),
                !overlapsName(text.tokens[match.endToken - 1], names[name...])
            {
                let hit = LexiconAnalysis.Hit(
                    start: token.originStart, end: text.tokens[match.endToken - 1].originEnd, base: match.value,
                    weight: match.value, modifiers: [])
                hits.append(Located(value: hit, firstToken: index, lastToken: match.endToken - 1))
                mark(index, match.endToken)
                index = match.endToken
                continue
            }
            mark(index, index + 1)
            index += 1
        }
        guard !hits.isEmpty else { return LexiconAnalysis() }

        func clauseOf(_ token: Int) -> Int32 { clause[token - range.lowerBound] }
        func ordinalOf(_ token: Int) -> Int32 { ordinal[token - range.lowerBound] }

        for intensifier in intensifiers {
            var best: (hit: Int, distance: Int32)?
            for (position, hit) in hits.enumerated() where clauseOf(hit.firstToken) == clauseOf(intensifier.firstToken) {
                let distance = hit.lastToken < intensifier.firstToken
                    ? ordinalOf(intensifier.firstToken) - ordinalOf(hit.lastToken)
                    : ordinalOf(hit.firstToken) - ordinalOf(intensifier.lastToken)
                if distance >= 1, distance <= Self.intensifierScope, distance < (best?.distance ?? .max) {
                    best = (position, distance)
                }
            }
            if let best {
                hits[best.hit].value.weight *= intensifier.value.factor
                hits[best.hit].value.modifiers.append(intensifier.value.span)
            }
        }
        for negator in negators {
            for position in hits.indices where clauseOf(hits[position].firstToken) == clauseOf(negator.firstToken) {
                let distance = ordinalOf(hits[position].firstToken) - ordinalOf(negator.lastToken)
                if distance >= 1, distance <= Self.negationScope {
                    hits[position].value.weight *= Self.negationFactor
                    hits[position].value.modifiers.append(negator.value)
                }
            }
        }
        if let contrast {
            for position in hits.indices {
                let before = hits[position].lastToken < contrast.firstToken
                hits[position].value.weight *= before ? Self.beforeContrast : Self.afterContrast
                hits[position].value.modifiers.append(contrast.value)
            }
        }
        var negatedTokens: [Int] = []
        for hit in hits where hit.value.weight * hit.value.base < 0 {
            negatedTokens.append(contentsOf: hit.firstToken...hit.lastToken)
        }
        return LexiconAnalysis(hits: hits.map(\.value), negatedTokens: negatedTokens)
    }

    /// The tables `word` can start a match in.
    private func startsOf(_ word: ArraySlice<UInt32>) -> WordCache.Starts {
        var starts: WordCache.Starts = []
        if modifiers.table.startsPhrase(word) { starts.insert(.modifier) }
        if lexicon.table.startsPhrase(word) { starts.insert(.lexicon) }
        return starts
    }

    /// Whether `token` overlaps one of `names` (in text order, none ending before the phrase's first token).
    private func overlapsName(_ token: ScannedText.Token, _ names: ArraySlice<Span>) -> Bool {
        names.first.map { $0.start < Int(token.originEnd) } ?? false
    }

    /// Punctuation that ends a clause: `. , ; : ! ?`, their Arabic forms, dashes and the ellipsis.
    private static func breaksClause(_ value: UInt32) -> Bool {
        switch value {
        case 0x21, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x060C, 0x061B, 0x061F, 0x06D4, 0x2013, 0x2014, 0x2026: return true
        default: return false
        }
    }
}
