import SanadCore

/// An entity mention during recognition: a range of document token positions, its type, and the entity it belongs
/// to once linked.
struct TokenSpanMention: Hashable, Sendable {
    /// Positions in the document's tokens.
    var tokens: Range<Int>
    /// The entity type.
    var label: Entity.Label
    /// The entity's number (in order of first mention), once linked.
    var entity = -1
    /// The tagger's confidence in the mention (``EntityModel/confidence(margin:)``); `nil` for repeats the linker
    /// added, which the tagger did not find.
    var confidence: Double?
}

/// Links the mentions of one document into entities, and finds the repeats the tagger missed.
///
/// - A name tagged somewhere in the document is tagged wherever else it occurs untagged, and so is the last word
///   (the surname) of a person named in full: `عبد الفتاح السيسي` … `السيسي`. A single word is only taken when it is
///   not a common word of the training data nor a trigger word.
/// - Mentions of one type whose words (clitics aside) are all found, in order, in a longer mention belong to that
///   mention's entity, when only one entity fits; the fullest mention is the entity's canonical name.
struct MentionLinker: Sendable {
    /// What the training data says of each word, to keep common words from being propagated as names.
    let lexicon: TokenLexicon

    /// The document's mentions, with missed repeats added, in text order, each with its entity number; and for each
    /// entity, the index (in the returned mentions) of its canonical mention: the one with most words, preferring
    /// one written without proclitics (`اليمن` over `لليمن`; `clipped(i)` says whether token `i` has them, and is
    /// asked of mentions' first tokens only), then the first.
    func link(
        _ tagged: [TokenSpanMention], forms: [TokenForm], clipped: (Int) -> Bool
    ) -> (mentions: [TokenSpanMention], canonical: [Int]) {
        let mentions = (tagged + repeats(of: tagged, forms: forms)).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var entityOf = [Int](repeating: -1, count: mentions.count)
        var canonicalMentions: [Int] = []
        let ranks = mentions.indices.map { index in
            (mentions[index].tokens.count, clipped(mentions[index].tokens.lowerBound) ? 0 : 1, -index)
        }
        // Entities whose canonical mention has a word sharing a candidate hash with a given one (``sameWord(_:_:)``):
        // only these can hold a mention starting with that word, so a mention is compared with them alone rather
        // than with every entity of a long document.
        var entitiesWithWord = HashBuckets<Int>()
        let longestFirst = mentions.indices.sorted { ranks[$0] > ranks[$1] }
        var candidates: [Int] = []
        for index in longestFirst {
            let mention = mentions[index]
            let first = forms[mention.tokens.lowerBound]
            candidates.removeAll(keepingCapacity: true)
            for candidate in 0..<first.candidateCount {
                entitiesWithWord.withValues(under: first.candidate(candidate)) { candidates.append(contentsOf: $0) }
            }
            candidates.sort()
            // The entities that fit (same type, the mention's words among the canonical's), in order, each once:
            // how many, the first, and the first whose canonical mention is as long as this one.
            var fittingCount = 0
            var firstFitting: Int?, firstExact: Int?
            for (position, entity) in candidates.enumerated()
            where position == 0 || entity != candidates[position - 1] {
                let canonical = mentions[canonicalMentions[entity]]
                guard canonical.label == mention.label,
                    isSubsequence(mention.tokens, of: canonical.tokens, forms: forms)
                else { continue }
                fittingCount += 1
                if firstFitting == nil { firstFitting = entity }
                if firstExact == nil, canonical.tokens.count == mention.tokens.count { firstExact = entity }
            }
            if let entity = firstExact ?? (fittingCount == 1 ? firstFitting : nil) {
                entityOf[index] = entity
            } else {
                let entity = canonicalMentions.count
                entityOf[index] = entity
                canonicalMentions.append(index)
                for position in mention.tokens {
                    let form = forms[position]
                    for candidate in 0..<form.candidateCount { entitiesWithWord.append(entity, under: form.candidate(candidate)) }
                }
            }
        }
        var numbering = [Int](repeating: -1, count: canonicalMentions.count)
        var next = 0
        var result = mentions
        for index in result.indices {
            let entity = entityOf[index]
            if numbering[entity] < 0 {
                numbering[entity] = next
                next += 1
            }
            result[index].entity = numbering[entity]
        }
        var canonical = [Int](repeating: 0, count: canonicalMentions.count)
        for (entity, mention) in canonicalMentions.enumerated() { canonical[numbering[entity]] = mention }
        return (result, canonical)
    }

    /// Untagged occurrences of tagged names and of the surnames of fully named people.
    private func repeats(of mentions: [TokenSpanMention], forms: [TokenForm]) -> [TokenSpanMention] {
        var covered = [Bool](repeating: false, count: forms.count)
        for mention in mentions { for position in mention.tokens { covered[position] = true } }
        var names: [(tokens: Range<Int>, label: Entity.Label)] = mentions.map { ($0.tokens, $0.label) }
        for mention in mentions where mention.label == .person && mention.tokens.count >= 2 {
            let surname = mention.tokens.upperBound - 1
            guard !MentionLinker.compoundNameEndings.contains(forms[surname].word) else { continue }
            names.append((surname..<(surname + 1), .person))
        }
        // Every token's candidates are looked up here, and few are a name's: room for four times the keys.
        let keyCount = names.reduce(0) { $0 + forms[$1.tokens.lowerBound].candidateCount }
        var namesByFirstWord = HashBuckets<Int>(keys: 4 * keyCount)
        for (index, name) in names.enumerated() {
            let first = forms[name.tokens.lowerBound]
            for candidate in 0..<first.candidateCount { namesByFirstWord.append(index, under: first.candidate(candidate)) }
        }
        var found: [TokenSpanMention] = []
        var position = 0
        while position < forms.count {
            defer { position += 1 }
            guard !covered[position], isNameLike(forms[position]) else { continue }
            var best: (tokens: Range<Int>, label: Entity.Label)?
            let form = forms[position]
            for candidate in 0..<form.candidateCount {
                namesByFirstWord.withValues(under: form.candidate(candidate)) { indices in
                    for index in indices {
                        let name = names[index]
                        let end = position + name.tokens.count
                        guard end <= forms.count, end - position > (best?.tokens.count ?? 0),
                            (position..<end).allSatisfy({ !covered[$0] }),
                            zip(name.tokens.dropFirst(), (position + 1)..<end).allSatisfy({ forms[$0].core == forms[$1].core })
                        else { continue }
                        if name.tokens.count == 1, !isDistinctive(form) { continue }
                        best = (position..<end, name.label)
                    }
                }
            }
            if let best {
                found.append(TokenSpanMention(tokens: best.tokens, label: best.label))
                for covering in best.tokens { covered[covering] = true }
                position = best.tokens.upperBound - 1
            }
        }
        return found
    }

    /// Second halves of compound given names (`جلال الدين`, `عبد الله`), which are not surnames.
    static let compoundNameEndings: Set<UInt64> = Set(
        ["الدين", "الله", "الرحمن", "الرحيم", "العزيز", "الكريم", "الحق", "الهدى", "النبي", "الإله", "السلام"]
            .map { FeatureHash.of(ArabicWordForm.normalized($0)) })

    /// Whether a token can start a name: a word of letters.
    private func isNameLike(_ form: TokenForm) -> Bool {
        form.shape == .arabic || form.shape == .latinCapitalized || form.shape == .latinLower
    }

    /// Whether a single word may be tagged as a repeat: at least three letters, no trigger word, and not a word the
    /// training data mostly saw outside entities.
    private func isDistinctive(_ form: TokenForm) -> Bool {
        guard form.length >= 3, form.triggers == 0 else { return false }
        let buckets = lexicon.buckets(of: form.stem)
        let frequency = buckets >> 8
        let bestShare = (0..<4).map { (buckets >> UInt16($0 * 2)) & 3 }.max() ?? 0
        return frequency < 3 || bestShare >= 2
    }

    /// Whether the words of `short` occur, in order, among the words of `long` (clitics aside).
    private func isSubsequence(_ short: Range<Int>, of long: Range<Int>, forms: [TokenForm]) -> Bool {
        var cursor = long.lowerBound
        for position in short {
            while cursor < long.upperBound, !sameWord(forms[position], forms[cursor]) { cursor += 1 }
            guard cursor < long.upperBound else { return false }
            cursor += 1
        }
        return true
    }

    /// Whether two tokens are the same word up to proclitics: some proclitic split of each gives the same letters.
    static func sameWord(_ a: TokenForm, _ b: TokenForm) -> Bool {
        for i in 0..<a.candidateCount {
            for j in 0..<b.candidateCount where a.candidate(i) == b.candidate(j) { return true }
        }
        return false
    }

    private func sameWord(_ a: TokenForm, _ b: TokenForm) -> Bool { MentionLinker.sameWord(a, b) }
}
