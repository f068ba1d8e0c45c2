/// The words and phrases the quantity grammar knows, by the key of their first word.
///
/// A phrase is one or more words separated by spaces (`ما يزيد على`); every word is folded with ``LookupKey``, so
/// entries are written in their usual spelling. A word may mean several things (`عام`: a year cue is handled by the
/// grammar, a duration unit here); the grammar asks for one kind of meaning at a time.
struct Lexicon {
    /// One phrase: the words after the first, and what the phrase means.
    struct Entry {
        let rest: [String]
        let meaning: Meaning
    }

    /// Entries by first-word key, longest phrase first.
    private(set) var entries: [String: [Entry]] = [:]

    /// An empty lexicon.
    init() {}

    /// Adds `phrase` with `meaning`; a later entry for the same phrase and meaning is ignored.
    mutating func add(_ phrase: String, _ meaning: Meaning) {
        let words = Self.words(of: phrase)
        guard let first = words.first else { return }
        let entry = Entry(rest: Array(words.dropFirst()), meaning: meaning)
        var list = entries[first, default: []]
        guard !list.contains(where: { $0.rest == entry.rest && $0.meaning == entry.meaning }) else { return }
        list.append(entry)
        list.sort { $0.rest.count > $1.rest.count }
        entries[first] = list
    }

    /// Adds every phrase of `phrases` with `meaning`.
    mutating func add(_ phrases: [String], _ meaning: Meaning) {
        for phrase in phrases { add(phrase, meaning) }
    }

    /// The folded words of `phrase`, for adding it or for checking that a user's phrase has any.
    static func words(of phrase: String) -> [String] {
        phrase.split(whereSeparator: { $0 == " " }).map(LookupKey.of).filter { !$0.isEmpty }
    }

    /// Whether `key` starts any phrase.
    func knows(_ key: String) -> Bool { entries[key] != nil }
}
