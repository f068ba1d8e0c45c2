import SanadCore

/// What the training data says about each word (by stem): how often it occurs, and the share of its occurrences
/// inside a PERSON, LOCATION, ORGANIZATION or MISC entity, in buckets.
///
/// The shares let the tagger generalize from `فايزة` in one full name to the same first name with an unseen
/// surname; the frequency tells a rare word (often a name, in news) from a common one. Like the training-name
/// gazetteer, it is built per fold during training (jackknifed) so that the model learns how much to trust it on
/// words it has not seen.
struct TokenLexicon: Sendable {
    /// Number of share buckets per label: 0 (never), then below a third, below two thirds, at least two thirds.
    static let bucketCount = 4
    /// Number of frequency buckets (the high byte of ``buckets(of:)``): 0 (never seen), once, up to 5 times, more.
    static let frequencyBucketCount = 4

    private let index: HashIndex
    /// Per row, 2 bits per label (``Entity/Label`` order): the share bucket; then 2 bits of frequency bucket
    /// (1: once, 2: up to 5 times, 3: more).
    private let buckets: [UInt16]

    /// An empty lexicon.
    init() {
        index = HashIndex()
        buckets = []
    }

    /// A lexicon from stems and their packed buckets (as ``entries`` returns them).
    init(entries: [(stem: UInt64, buckets: UInt16)]) {
        self.init(stems: entries.map(\.stem), buckets: entries.map(\.buckets))
    }

    /// A lexicon from its stems and, row for row, their packed buckets (as a model file holds them).
    init(stems: [UInt64], buckets: [UInt16]) {
        precondition(stems.count == buckets.count, "one bucket set per stem")
        index = HashIndex(keys: stems)
        self.buckets = buckets
    }

    /// The lexicon of `sentences`.
    init(sentences: [TaggedSentence]) {
        var analyzer = TokenFormAnalyzer()
        var totals: [UInt64: Int] = [:]
        var inside: [UInt64: [Int]] = [:]
        for sentence in sentences {
            for (token, tag) in zip(sentence.tokens, sentence.tags) {
                let stem = analyzer.analyze(token.unicodeScalars).stem
                totals[stem, default: 0] += 1
                if let label = tag.label {
                    inside[stem, default: [0, 0, 0, 0]][EntityTag.begin(label).index / 2] += 1
                }
            }
        }
        var entries: [(stem: UInt64, buckets: UInt16)] = []
        for (stem, total) in totals {
            var packed: UInt16 = total == 1 ? 1 : total <= 5 ? 2 : 3
            packed <<= 8
            for (label, count) in (inside[stem] ?? []).enumerated() where count > 0 {
                let share = Double(count) / Double(total)
                let bucket: UInt16 = share >= 2.0 / 3 ? 3 : share >= 1.0 / 3 ? 2 : 1
                packed |= bucket << UInt16(label * 2)
            }
            entries.append((stem, packed))
        }
        entries.sort { $0.stem < $1.stem }
        self.init(entries: entries)
    }

    /// The stems and their packed buckets, for writing a model.
    var entries: [(stem: UInt64, buckets: UInt16)] { Array(zip(index.keys, buckets)) }

    /// The packed buckets of a stem (0 when it never occurred).
    @inline(__always)
    func buckets(of stem: UInt64) -> UInt16 {
        guard let row = index.row(of: stem) else { return 0 }
        return buckets[row]
    }
}
