import SanadCore

/// The stage's word lists (stopwords with the user's extra ones, joiners, name links) as one ``CodePointTable``.
struct WordLists {
    /// What a listed word is.
    struct Roles: OptionSet {
        let rawValue: UInt8
        static let stopword = Roles(rawValue: 1)
        static let joiner = Roles(rawValue: 2)
        static let nameLink = Roles(rawValue: 4)
    }

    private var table = CodePointTable()
    private var roles: [Roles] = []

    /// The built-in lists plus `extraStopwords`.
    init(extraStopwords: [String]) {
        for word in Stopwords.arabic + Stopwords.english + extraStopwords { add(word, .stopword) }
        for word in Stopwords.joiners { add(word, .joiner) }
        for word in Stopwords.nameLinks { add(word, .nameLink) }
    }

    /// The roles of the word with folded code points `key` (empty when it is in no list).
    func roles(of key: [UInt32]) -> Roles {
        table.id(of: key).map { roles[$0] } ?? []
    }

    private mutating func add(_ word: String, _ role: Roles) {
        let key = TermKey.of(word)
        guard !key.isEmpty else { return }
        let (id, isNew) = table.intern(key)
        if isNew { roles.append([]) }
        roles[id].insert(role)
    }
}
