import SanadCore

/// A phrase of one to `max_words` terms that may be a key phrase, and how often it occurs.
///
/// Its occurrences are kept by the extractor as a chain through one array for all phrases (``first``, ``last``),
/// so the many phrases that occur once cost no array each.
struct Candidate {
    /// The term ids of the phrase.
    let key: PhraseKey
    /// Occurrences.
    var count = 1
    /// The first and last occurrence in the extractor's chain of spans.
    let first: Int32
    var last: Int32
    /// The YAKE score: the lower, the more relevant.
    var score = 0.0

    /// The term ids, in order.
    var terms: [Int] { key.terms }

    /// Sets ``score`` from the terms' weights (YAKE's phrase score): the product of the content terms' weights over
    /// the phrase's frequency times one plus their sum, so a phrase scores better than its words alone when it recurs
    /// as a unit. A stopword inside (`Secretary of State`) costs more the less often it sits between those very
    /// words.
    mutating func weigh(_ statistics: [TermStatistics], pairs: [TermPair: Int]) {
        var product = 1.0
        var sum = 0.0
        for index in 0..<key.count {
            let term = key[index]
            let statistic = statistics[term]
            if statistic.isStopword {
                let before = key[index - 1]
                let after = key[index + 1]
                let toStopword = Double(pairs[TermPair(before, term)] ?? 0) / Double(statistics[before].frequency)
                let fromStopword = Double(pairs[TermPair(term, after)] ?? 0) / Double(statistics[after].frequency)
                let probability = toStopword * fromStopword
                product *= 2 - probability
                sum -= 1 - probability
            } else {
                product *= statistic.weight
                sum += statistic.weight
            }
        }
        score = product / ((sum + 1) * Double(count))
    }

    /// Whether this phrase repeats `other`: it lies inside it (`غزة` in `قطاع غزة`), or both share two words in a row
    /// (`العريف أحمد جعفر` and `أحمد جعفر المجيشي`). A longer phrase around a single chosen word (`النقد الموضوعي`
    /// after `النقد`) says more and does not repeat it.
    func repeats(_ other: Candidate) -> Bool {
        let mine = terms
        let theirs = other.terms
        if mine.count <= theirs.count && Self.contains(mine[...], in: theirs) { return true }
        guard mine.count >= 2, theirs.count >= 2 else { return false }
        return (0..<(mine.count - 1)).contains { Self.contains(mine[$0...($0 + 1)], in: theirs) }
    }

    /// Whether `run` occurs in `terms`, in order and together.
    private static func contains(_ run: ArraySlice<Int>, in terms: [Int]) -> Bool {
        guard run.count <= terms.count else { return false }
        return (0...(terms.count - run.count)).contains { terms[$0..<($0 + run.count)].elementsEqual(run) }
    }
}

/// Two terms, the first right before the second.
struct TermPair: Hashable {
    let first: Int
    let second: Int

    init(_ first: Int, _ second: Int) {
        self.first = first
        self.second = second
    }
}
