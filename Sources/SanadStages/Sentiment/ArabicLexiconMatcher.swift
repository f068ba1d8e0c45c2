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

    /// A hit or modifier with where it sits: its tokens, its clause, and the number of words before its first and
    /// its last token (what scopes are measured in).
    private struct Located<Value> {
        var value: Value
        var firstToken: Int
        var lastToken: Int
        var clause: Int32
        var firstOrdinal: Int32
        var lastOrdinal: Int32
    }

    /// The lexicon hits of tokens `range` of `text`, modified.
    ///
    /// Tokens that overlap one of `names` (original spans of entity mentions, in text order) are never hits: `سعيد`
    /// in `سعيد الغامدي` is a name, not "happy".
    func analyze(_ text: ScannedText, tokens range: Range<Int>, names: [Span] = []) -> LexiconAnalysis {
        analyze(text, tokens: range, names: names) { starts(of: text.scalars(of: text.tokens[$0])) }
    }

    /// The lexicon hits of tokens `range` of `text`, modified, reading which words start a match from `facts`
    /// (indexed like `text.tokens`, filled for the words and numbers of `range`).
    func analyze(_ text: ScannedText, tokens range: Range<Int>, names: [Span], facts: [WordFacts]) -> LexiconAnalysis {
        analyze(text, tokens: range, names: names) { facts[$0].starts }
    }

    /// The lexicon hits of tokens `range` of `text`, modified, where `startsAt(i)` tells which tables word `i` can
    /// start a match in.
    @inline(__always)
    private func analyze(
        _ text: ScannedText, tokens range: Range<Int>, names: [Span], starts startsAt: (Int) -> WordFacts.Starts
    ) -> LexiconAnalysis {
        var hits: [Located<LexiconAnalysis.Hit>] = []
        var negators: [Located<Range<Int32>>] = []
        var intensifiers: [Located<(factor: Double, span: Range<Int32>)>] = []
        var contrast: Located<Range<Int32>>?
        var currentClause: Int32 = 0
        // Words before the current token, for scope checks.
        var words: Int32 = 0
        /// Counts the words of tokens `from..<to`.
        func mark(_ from: Int, _ to: Int) {
            for index in from..<to {
                let kind = text.tokens[index].kind
                if kind == .word || kind == .number { words += 1 }
            }
        }
        /// Locates `value` on tokens `from..<to` in the current clause and counts their words.
        func locate<Value>(_ value: Value, _ from: Int, _ to: Int) -> Located<Value> {
            let first = words
            mark(from, to - 1)
            let last = words
            mark(to - 1, to)
            return Located(
                value: value, firstToken: from, lastToken: to - 1, clause: currentClause, firstOrdinal: first,
                lastOrdinal: last)
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
            let starts: WordFacts.Starts = token.kind == .word || token.kind == .number ? startsAt(index) : []
            if starts.contains(.modifier), let match = modifiers.table.match(in: text, at: index, before: range.upperBound) {
                let span = token.originStart..<text.tokens[match.endToken - 1].originEnd
                switch match.value {
                case .negation: negators.append(locate(span, index, match.endToken))
                case .intensifier(let factor): intensifiers.append(locate((factor, span), index, match.endToken))
                case .contrast:
                    currentClause += 1
                    let located = locate(span, index, match.endToken)
                    if contrast == nil { contrast = located }
                case .fixed: mark(index, match.endToken)
                }
                index = match.endToken
                continue
            }
            if starts.contains(.lexicon), let match = lexicon.table.match(in: text, at: index, before: range.upperBound),
                !overlapsName(text.tokens[match.endToken - 1], names[name...])
            {
                let hit = LexiconAnalysis.Hit(
                    start: token.originStart, end: text.tokens[match.endToken - 1].originEnd, base: match.value,
                    weight: match.value, modifiers: [])
                hits.append(locate(hit, index, match.endToken))
                index = match.endToken
                continue
            }
            mark(index, index + 1)
            index += 1
        }
        guard !hits.isEmpty else { return LexiconAnalysis() }

        for intensifier in intensifiers {
            var best: (hit: Int, distance: Int32)?
            for (position, hit) in hits.enumerated() where hit.clause == intensifier.clause {
                let distance = hit.lastToken < intensifier.firstToken
                    ? intensifier.firstOrdinal - hit.lastOrdinal
                    : hit.firstOrdinal - intensifier.lastOrdinal
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
            for position in hits.indices where hits[position].clause == negator.clause {
                let distance = hits[position].firstOrdinal - negator.lastOrdinal
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
        return LexiconAnalysis(hits: hits.map { $0.value }, negatedTokens: negatedTokens)
    }

    /// The tables folded word `word` can start a match in.
    func starts(of word: ArraySlice<UInt32>) -> WordFacts.Starts {
        var starts: WordFacts.Starts = []
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
