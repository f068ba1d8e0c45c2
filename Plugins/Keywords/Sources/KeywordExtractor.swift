import SanadCore

/// Finds an article's key phrases with YAKE: statistics of single terms, then phrases of up to `maxWords` terms that
/// neither start nor end with a stopword and cross no punctuation, number or sentence end.
///
/// Terms are tokens compared by ``TermKey`` of their stem, so Arabic clitics (`والحكومة`, `للحكومة`) do not split a
/// term's counts.
struct KeywordExtractor {
    let lists: WordLists
    let maxWords: Int
    let top: Int
    let dropRepeats: Bool
    /// Occurrences a phrase of two words or more needs: a phrase is a unit of the article only if it recurs.
    let minPhraseCount: Int

    /// One term occurrence inside a block of words.
    private struct Occurrence {
        let term: Int
        let token: Int
    }

    /// What one pass over the tokens gathers.
    private struct Gathered {
        var statistics: [TermStatistics] = []
        var pairs: [TermPair: Int] = [:]
        /// Candidates in order of first occurrence (which keeps the ranking stable), and their index by phrase.
        var candidates: [Candidate] = []
        var index: [PhraseKey: Int] = [:]
        /// Every occurrence of every candidate, and the next occurrence of the same candidate (-1 after the last).
        var spans: [Span] = []
        var nextSpan: [Int32] = []

        /// Room for the phrases of a document of `tokens` tokens.
        init(tokens: Int) {
            pairs.reserveCapacity(tokens)
            candidates.reserveCapacity(tokens)
            index.reserveCapacity(tokens * 2)
            spans.reserveCapacity(tokens * 2)
            nextSpan.reserveCapacity(tokens * 2)
        }

        /// Adds an occurrence of phrase `key` at `span`.
        mutating func add(_ key: PhraseKey, at span: Span) {
            let occurrence = Int32(spans.count)
            spans.append(span)
            nextSpan.append(-1)
            if let position = index[key] {
                nextSpan[Int(candidates[position].last)] = occurrence
                candidates[position].last = occurrence
                candidates[position].count += 1
            } else {
                index[key] = candidates.count
                candidates.append(Candidate(key: key, first: occurrence, last: occurrence))
            }
        }

        /// The occurrences of `candidate`, in text order.
        func occurrences(of candidate: Candidate) -> [Span] {
            var found: [Span] = []
            found.reserveCapacity(candidate.count)
            var next = candidate.first
            while next >= 0 {
                found.append(spans[Int(next)])
                next = nextSpan[Int(next)]
            }
            return found
        }
    }

    /// The document's key phrases, best first.
    func keywords(in document: Document) -> [Keyword] {
        var gathered = gather(document)
        guard !gathered.candidates.isEmpty else { return [] }
        weigh(&gathered.statistics, pairs: gathered.pairs, sentenceCount: max(document.sentences.count, 1))
        let enclosed = enclosedPhrases(gathered)
        var ranked: [Candidate] = []
        for (position, candidate) in gathered.candidates.enumerated() where !enclosed.contains(position) {
            guard candidate.key.count == 1 || candidate.count >= minPhraseCount else { continue }
            var candidate = candidate
            candidate.weigh(gathered.statistics, pairs: gathered.pairs)
            ranked.append(candidate)
        }
        // Stable: equal scores keep first-occurrence order.
        ranked = ranked.enumerated().sorted { ($0.element.score, $0.offset) < ($1.element.score, $1.offset) }
            .map(\.element)
        var chosen: [Candidate] = []
        for candidate in ranked where chosen.count < top {
            if dropRepeats && chosen.contains(where: candidate.repeats) { continue }
            chosen.append(candidate)
        }
        guard let best = chosen.first?.score else { return [] }
        return chosen.map { candidate in
            Keyword(
                occurrences: gathered.occurrences(of: candidate), score: candidate.score,
                relevance: best / candidate.score,
                document: document)
        }
    }

    /// Counts terms, neighbours and candidate phrases in one pass over the tokens.
    private func gather(_ document: Document) -> Gathered {
        var gathered = Gathered(tokens: document.tokens.count)
        var terms = CodePointTable()
        var block: [Occurrence] = []
        var key: [UInt32] = []
        key.reserveCapacity(32)
        var sentence = 0
        var sentenceStart = true
        let sentences = document.sentences
        for (index, token) in document.tokens.enumerated() {
            var newSentence = false
            while sentence + 1 < sentences.count, sentences[sentence].end <= token.start {
                sentence += 1
                newSentence = true
            }
            if newSentence {
                addCandidates(block, document: document, into: &gathered)
                block.removeAll(keepingCapacity: true)
                sentenceStart = true
            }
            TermKey.fold(document.scalars, token.stem.start..<token.end, into: &key)
            // A word of marks or tatweel only (`ـ` used as a dash) breaks a phrase like punctuation; so does text the
            // segmenter left out between two words.
            let isWord = (token.kind == .word || token.kind == .hashtag) && !key.isEmpty
            let gap = block.last.map { document.tokens[$0.token].end..<token.start }
            if !isWord || gap.map({ !Self.onlySpaces(document.scalars, $0) }) == true {
                addCandidates(block, document: document, into: &gathered)
                block.removeAll(keepingCapacity: true)
            }
            guard isWord else { continue }
            count(
                token, index, key: key, terms: &terms, sentence: sentence, sentenceStart: sentenceStart,
                document: document, block: &block, gathered: &gathered)
            sentenceStart = false
        }
        addCandidates(block, document: document, into: &gathered)
        return gathered
    }

    /// Counts one word token: its term's statistics, its pair with the word before it in the block, and the block.
    private func count(
        _ token: Token, _ index: Int, key: [UInt32], terms: inout CodePointTable, sentence: Int, sentenceStart: Bool,
        document: Document, block: inout [Occurrence], gathered: inout Gathered
    ) {
        let (id, isNew) = terms.intern(key)
        if isNew {
            let roles = roles(of: token, key: key, in: document)
            gathered.statistics.append(
                TermStatistics(
                    isStopword: roles.contains(.stopword) || key.count < 2, isJoiner: roles.contains(.joiner),
                    isNameLink: roles.contains(.nameLink)))
        }
        gathered.statistics[id].count(sentence: sentence, capitalised: isCapitalised(token, document, sentenceStart))
        if let previous = block.last { gathered.pairs[TermPair(previous.term, id), default: 0] += 1 }
        block.append(Occurrence(term: id, token: index))
    }

    /// The list roles of a term: its stem's, plus stopword when the whole token is one (`بأن`, `وقال` as written).
    private func roles(of token: Token, key: [UInt32], in document: Document) -> WordLists.Roles {
        var roles = lists.roles(of: key)
        if token.prefix > 0, !roles.contains(.stopword) {
            var whole: [UInt32] = []
            TermKey.fold(document.scalars, token.start..<token.end, into: &whole)
            if lists.roles(of: whole).contains(.stopword) { roles.insert(.stopword) }
        }
        return roles
    }

    /// Whether a Latin token is written as a name or acronym: all capitals (`NATO`), or capitalised and not first in
    /// its sentence (`Gaza`). Arabic has no case, so this feature only helps English text.
    private func isCapitalised(_ token: Token, _ document: Document, _ sentenceStart: Bool) -> Bool {
        let first = document.scalars[token.start].value
        guard (0x41...0x5A).contains(first) else { return false }
        if !sentenceStart { return true }
        guard token.end - token.start > 1 else { return false }
        return document.scalars[(token.start + 1)..<token.end].allSatisfy { (0x41...0x5A).contains($0.value) }
    }

    /// Adds every phrase of `block` of one to `maxWords` terms that neither starts nor ends with a stopword, holds no
    /// stopword but a joiner, and does not end with a name link.
    private func addCandidates(_ block: [Occurrence], document: Document, into gathered: inout Gathered) {
        for start in block.indices where !gathered.statistics[block[start].term].isStopword {
            let displayStart = displayStart(of: document.tokens[block[start].token], in: document)
            for end in start..<min(start + maxWords, block.count) {
                let last = gathered.statistics[block[end].term]
                if last.isStopword && !last.isJoiner { break }
                if last.isStopword || last.isNameLink { continue }
                gathered.add(
                    PhraseKey(block[start...end].lazy.map(\.term)),
                    at: Span(start: displayStart, end: document.tokens[block[end].token].end))
            }
        }
    }

    /// Where a phrase starting with `token` starts in the original text: after its clitics, but with the article
    /// (`والحكومة` → `الحكومة`, `لفرنسا` → `فرنسا`).
    private func displayStart(of token: Token, in document: Document) -> Int {
        guard token.prefix > 0 else { return token.start }
        // The last two letters of the clitics, skipping marks.
        var letters: [(index: Int, value: UInt32)] = []
        var index = token.stem.start - 1
        while index >= token.start, letters.count < 2 {
            let folded = TermKey.fold(document.scalars[index].value)
            if folded != 0 { letters.append((index, folded)) }
            index -= 1
        }
        guard letters.count == 2, letters[0].value == 0x0644, letters[1].value == 0x0627 else {
            return token.stem.start
        }
        return letters[1].index
    }

    /// The phrases that never occur but inside one longer reportable phrase: `خادم الحرمين` when every one of its
    /// occurrences is part of `خادم الحرمين الشريفين` (same count). Reporting them would split one unit in two.
    private func enclosedPhrases(_ gathered: Gathered) -> Set<Int> {
        var enclosed: Set<Int> = []
        for candidate in gathered.candidates where candidate.key.count > 1 && candidate.count >= minPhraseCount {
            let terms = candidate.terms
            for part in [PhraseKey(terms.dropLast()), PhraseKey(terms.dropFirst())] {
                if let position = gathered.index[part], gathered.candidates[position].count == candidate.count {
                    enclosed.insert(position)
                }
            }
        }
        return enclosed
    }

    /// Whether `scalars[range]` holds only spaces and line breaks (ASCII, no-break and Unicode spaces).
    private static func onlySpaces(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        scalars[range].allSatisfy { scalar in
            switch scalar.value {
            case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
            default: false
            }
        }
    }

    /// Weighs every term against the document's frequency statistics (mean and deviation over content terms).
    private func weigh(_ statistics: inout [TermStatistics], pairs: [TermPair: Int], sentenceCount: Int) {
        for (pair, count) in pairs {
            statistics[pair.first].rightDistinct += 1
            statistics[pair.first].rightTotal += count
            statistics[pair.second].leftDistinct += 1
            statistics[pair.second].leftTotal += count
        }
        let content = statistics.filter { !$0.isStopword }.map { Double($0.frequency) }
        let mean = content.isEmpty ? 0 : content.reduce(0, +) / Double(content.count)
        let variance =
            content.isEmpty ? 0 : content.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(content.count)
        let maxFrequency = Double(statistics.map(\.frequency).max() ?? 1)
        for index in statistics.indices {
            statistics[index].weigh(
                maxFrequency: maxFrequency, meanFrequency: mean, deviation: variance.squareRoot(),
                sentenceCount: sentenceCount)
        }
    }
}
