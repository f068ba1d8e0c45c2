import SanadCore

/// Finds an article's key phrases with YAKE: statistics of single terms, then phrases of up to `maxWords` terms that
/// neither start nor end with a stopword and cross no punctuation, number or sentence end.
///
/// Terms are tokens compared by ``TermKey`` of their stem, so Arabic clitics (`والحكومة`, `للحكومة`) do not split a
/// term's counts.
struct KeywordExtractor {
    let stopwords: Set<String>
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

    /// The document's key phrases, best first.
    func keywords(in document: Document) -> [Keyword] {
        var terms: [String: Int] = [:]
        var statistics: [TermStatistics] = []
        var pairs: [TermPair: Int] = [:]
        var candidates: [[Int]: Candidate] = [:]
        var order: [[Int]] = []
        var block: [Occurrence] = []
        var sentence = 0
        var sentenceStart = true

        func flush() {
            addCandidates(block, document: document, statistics: statistics, into: &candidates, order: &order)
            block.removeAll(keepingCapacity: true)
        }

        for (index, token) in document.tokens.enumerated() {
            let sentences = document.sentences
            var newSentence = false
            while sentence + 1 < sentences.count, sentences[sentence].end <= token.start {
                sentence += 1
                newSentence = true
            }
            if newSentence {
                flush()
                sentenceStart = true
            }
            let key = TermKey.of(document.scalars, token.stem.start..<token.end)
            // A word of marks or tatweel only (`ـ` used as a dash) breaks a phrase like punctuation.
            guard token.kind == .word || token.kind == .hashtag, !key.isEmpty else {
                flush()
                continue
            }
            let id: Int
            if let known = terms[key] {
                id = known
            } else {
                id = statistics.count
                terms[key] = id
                statistics.append(
                    TermStatistics(
                        isStopword: isStopword(key, token: token, in: document),
                        isJoiner: Stopwords.joiners.contains(key), isNameLink: Stopwords.nameLinks.contains(key)))
            }
            statistics[id].count(sentence: sentence, capitalised: isCapitalised(token, document, sentenceStart))
            sentenceStart = false
            // Text the segmenter left out between two words (a tatweel used as a dash) breaks the phrase too.
            if let previous = block.last, !onlySpaces(document.scalars, document.tokens[previous.token].end..<token.start) {
                flush()
            }
            if let previous = block.last { pairs[TermPair(previous.term, id), default: 0] += 1 }
            block.append(Occurrence(term: id, token: index))
        }
        flush()
        guard !candidates.isEmpty else { return [] }
        weigh(&statistics, pairs: pairs, sentenceCount: max(document.sentences.count, 1))
        let enclosed = enclosedPhrases(candidates)
        let kept = order.filter { terms in
            !enclosed.contains(terms) && (terms.count == 1 || candidates[terms]!.occurrences.count >= minPhraseCount)
        }
        var ranked = kept.map { terms in
            var candidate = candidates[terms]!
            candidate.weigh(statistics, pairs: pairs)
            return candidate
        }
        // Stable: equal scores keep first-occurrence order.
        ranked = ranked.enumerated().sorted { ($0.element.score, $0.offset) < ($1.element.score, $1.offset) }
            .map(\.element)
        guard !ranked.isEmpty else { return [] }
        var chosen: [Candidate] = []
        for candidate in ranked where chosen.count < top {
            if dropRepeats && chosen.contains(where: candidate.repeats) { continue }
            chosen.append(candidate)
        }
        let best = chosen[0].score
        return chosen.map { Keyword(candidate: $0, relevance: best / $0.score, document: document) }
    }

    /// The phrases that never occur but inside one longer phrase: `خادم الحرمين` when every one of its occurrences is
    /// part of `خادم الحرمين الشريفين` (same count). Reporting them would split one unit of the article in two.
    private func enclosedPhrases(_ candidates: [[Int]: Candidate]) -> Set<[Int]> {
        var enclosed: Set<[Int]> = []
        for (terms, candidate) in candidates where terms.count > 1 {
            for part in [Array(terms.dropLast()), Array(terms.dropFirst())] {
                if candidate.occurrences.count >= minPhraseCount,
                    candidates[part]?.occurrences.count == candidate.occurrences.count
                {
                    enclosed.insert(part)
                }
            }
        }
        return enclosed
    }

    /// Whether `scalars[range]` holds only whitespace.
    private func onlySpaces(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        scalars[range].allSatisfy { $0.properties.isWhitespace }
    }

    /// Whether a term is a stopword: its key or the whole token's is listed, or it has one letter.
    private func isStopword(_ key: String, token: Token, in document: Document) -> Bool {
        if TermKey.length(key) < 2 || stopwords.contains(key) { return true }
        return token.prefix > 0 && stopwords.contains(TermKey.of(document.scalars, token.start..<token.end))
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
    private func addCandidates(
        _ block: [Occurrence], document: Document, statistics: [TermStatistics], into candidates: inout [[Int]: Candidate],
        order: inout [[Int]]
    ) {
        for start in block.indices where !statistics[block[start].term].isStopword {
            for end in start..<min(start + maxWords, block.count) {
                let last = statistics[block[end].term]
                if last.isStopword && !last.isJoiner { break }
                if last.isStopword || last.isNameLink { continue }
                let terms = block[start...end].map(\.term)
                let span = Span(
                    start: displayStart(of: document.tokens[block[start].token], in: document),
                    end: document.tokens[block[end].token].end)
                if candidates[terms] == nil {
                    candidates[terms] = Candidate(terms: terms)
                    order.append(terms)
                }
                candidates[terms]!.occurrences.append(span)
            }
        }
    }

    /// Where a phrase starting with `token` starts in the original text: after its clitics, but with the article
    /// (`والحكومة` → `الحكومة`, `لفرنسا` → `فرنسا`).
    private func displayStart(of token: Token, in document: Document) -> Int {
        guard token.prefix > 0 else { return token.start }
        var index = token.stem.start - 1
        while index > token.start, TermKey.of(document.scalars, index..<(index + 1)).isEmpty { index -= 1 }
        guard document.scalars[index] == "\u{0644}" else { return token.stem.start }
        var alef = index - 1
        while alef >= token.start, TermKey.of(document.scalars, alef..<(alef + 1)).isEmpty { alef -= 1 }
        guard alef >= token.start, TermKey.of(document.scalars, alef..<(alef + 1)) == "\u{0627}" else {
            return token.stem.start
        }
        return alef
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
        let variance = content.isEmpty ? 0 : content.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(content.count)
        let maxFrequency = Double(statistics.map(\.frequency).max() ?? 1)
        for index in statistics.indices {
            statistics[index].weigh(
                maxFrequency: maxFrequency, meanFrequency: mean, deviation: variance.squareRoot(),
                sentenceCount: sentenceCount)
        }
    }
}
