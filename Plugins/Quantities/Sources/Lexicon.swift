import SanadCore

/// The words and phrases the quantity grammar knows, by the id of their first word.
///
/// A phrase is one or more words separated by spaces (`ما يزيد على`); every word is folded with ``LookupKey``, so
/// entries are written in their usual spelling. A word may mean several things (`و`: a connector and a range
/// separator); the grammar asks for one kind of meaning at a time. Closed word classes (``WordClass``) and the few
/// words the grammar names (``GrammarWords``) have ids too.
struct Lexicon {
    /// One phrase: the ids of the words after the first, and what the phrase means.
    struct Entry {
        let rest: [Int32]
        let meaning: Meaning
    }

    private(set) var vocabulary = CodePointTable()
    /// Entries by first-word id, longest phrase first.
    private var entries: [[Entry]] = []
    /// The classes of every word, by id.
    private var classes: [WordClass] = []
    /// The ids of the words the grammar names.
    private(set) var grammar = GrammarWords.IDs()

    /// A lexicon holding the grammar's closed classes and named words, and no phrase yet.
    init() {
        grammar = GrammarWords.IDs(intern: { intern(LookupKey.of($0[...])) })
        for (words, wordClass) in GrammarWords.classes {
            for word in words { classes[Int(intern(LookupKey.of(word[...])))].insert(wordClass) }
        }
    }

    /// Adds `phrase` with `meaning`; a later entry for the same phrase and meaning is ignored.
    mutating func add(_ phrase: String, _ meaning: Meaning) {
        let words = phrase.split(separator: " ").map(LookupKey.of).filter { !$0.isEmpty }.map { intern($0) }
        guard let first = words.first else { return }
        let entry = Entry(rest: Array(words.dropFirst()), meaning: meaning)
        var list = entries[Int(first)]
        guard !list.contains(where: { $0.rest == entry.rest && $0.meaning == entry.meaning }) else { return }
        list.append(entry)
        list.sort { $0.rest.count > $1.rest.count }
        entries[Int(first)] = list
    }

    /// Adds every phrase of `phrases` with `meaning`.
    mutating func add(_ phrases: [String], _ meaning: Meaning) {
        for phrase in phrases { add(phrase, meaning) }
    }

    /// Whether `phrase` has a word with at least one letter that the lexicon can match.
    static func hasWords(_ phrase: String) -> Bool {
        phrase.split(separator: " ").contains { !LookupKey.of($0).isEmpty }
    }

    /// The phrases starting with word `id` (none for -1, an unknown word), longest first.
    func entries(startingWith id: Int32) -> [Entry] { id < 0 ? [] : entries[Int(id)] }

    /// Whether word `id` starts any phrase.
    func startsPhrase(_ id: Int32) -> Bool { id >= 0 && !entries[Int(id)].isEmpty }

    /// Whether word `id` is in `wordClass`.
    func isWord(_ id: Int32, in wordClass: WordClass) -> Bool { id >= 0 && classes[Int(id)].contains(wordClass) }

    private mutating func intern(_ key: [UInt32]) -> Int32 {
        let id = Int32(vocabulary.intern(key).id)
        if Int(id) == entries.count {
            entries.append([])
            classes.append([])
        }
        return id
    }
}
