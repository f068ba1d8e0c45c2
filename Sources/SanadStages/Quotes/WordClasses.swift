/// The function words of one language by class: single words by key, and multi-word entries (`في غضون ذلك`,
/// `according to`) as key sequences.
struct WordClasses: Sendable {
    private var single = WordKeyMap<WordClass>()
    private var sequences: [(keys: [UInt64], wordClass: WordClass)] = []

    /// No words.
    init() {}

    /// The classes of a word-list resource's sections.
    init(_ file: WordListFile) {
        for (name, wordClass) in WordClass.sections {
            for entry in file.entries(name) { add(entry, as: wordClass) }
        }
    }

    /// Adds `entry` (words joined by `_` or spaces) to class `wordClass`.
    mutating func add(_ entry: Substring, as wordClass: WordClass) {
        let keys = QuoteWordKey.keys(entry)
        if keys.count == 1 {
            single.update(keys[0]) { ($0 ?? []).union(wordClass) }
        } else if !keys.isEmpty {
            sequences.append((keys, wordClass))
        }
    }

    /// The classes of the single word with key `key`.
    @inline(__always)
    func classes(of key: UInt64) -> WordClass { single[key] ?? [] }

    /// Calls `body` with the key of every single word and its classes.
    func forEachWord(_ body: (UInt64, WordClass) -> Void) { single.forEach(body) }

    /// The number of words of the longest entry of `wordClass` that starts at word `position`, where `key(i)` is
    /// the key of word `i` (nil past the end or on a non-word), or nil when none does.
    func match(_ wordClass: WordClass, at position: Int, key: (Int) -> UInt64?) -> Int? {
        var best: Int?
        if let first = key(position), classes(of: first).contains(wordClass) { best = 1 }
        for sequence in sequences where sequence.wordClass.contains(wordClass) {
            guard sequence.keys.count > (best ?? 0) else { continue }
            if sequence.keys.indices.allSatisfy({ key(position + $0) == sequence.keys[$0] }) {
                best = sequence.keys.count
            }
        }
        return best
    }
}
