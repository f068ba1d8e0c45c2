/// The reporting cues of one language: every form of every reporting verb, by word key.
///
/// Built from a resource such as `arabic-cues.txt`, one verb a line:
/// `LEMMA = PERFECT m / f / pl ; IMPERFECT m / f / pl ; PARTICIPLES m / f / pl ; VERBAL NOUNS m / f`.
/// A part with a single group of forms (English) agrees with any subject; `-` leaves a slot empty. A line that is a
/// single word (as pipelines may give in the stage's options) adds that word as a verb whose lemma is itself.
struct CueLexicon: Sendable {
    private var forms = WordKeyMap<CueForm>()
    /// The lemmas of the forms, by ``CueForm/lemma``, and the index of each.
    private var lemmas: [String] = []
    private var lemmaIndices: [String: Int32] = [:]

    /// An empty lexicon.
    init() {}

    /// The lexicon of a resource's lines; throws on a line it cannot read.
    init(_ text: String, name: String) throws(QuoteLexiconError) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            try add(trimmed, file: name, line: number + 1)
        }
    }

    /// The dictionary form of the verb `form` is a form of.
    func lemma(of form: CueForm) -> String { lemmas[Int(form.lemma)] }

    /// Calls `body` with the key of every cue form and the form.
    func forEachForm(_ body: (UInt64, CueForm) -> Void) { forms.forEach(body) }

    /// Marks the forms of the verbs in `relaying`, `nominal` and `addressing` (by lemma) with those traits.
    mutating func mark(relaying: Set<String>, nominal: Set<String>, addressing: Set<String>) {
        let lemmas = lemmas
        forms.updateValues { form in
            let lemma = lemmas[Int(form.lemma)]
            form.relays = relaying.contains(lemma)
            form.takesNominalContent = nominal.contains(lemma)
            form.addressesListener = addressing.contains(lemma)
        }
    }

    /// Adds the forms of one lexicon line.
    mutating func add(_ line: Substring, file: String, line number: Int) throws(QuoteLexiconError) {
        guard let equals = line.firstIndex(of: "=") else {
            let words = line.split(whereSeparator: \.isWhitespace)
            guard words.count == 1 else {
                throw QuoteLexiconError(
                    file: file, line: number,
                    message: "expected `LEMMA = PERFECT ; IMPERFECT ; PARTICIPLES ; VERBAL NOUNS` or a single word")
            }
            let form = CueForm(lemma: index(ofLemma: String(words[0])), role: .verb, agreement: .unknown)
            forms.update(QuoteWordKey.key(words[0])) { _ in form }
            return
        }
        let lemma = String(line[..<equals].trimmingSpaces)
        guard !lemma.isEmpty, !lemma.contains(" ") else {
            throw QuoteLexiconError(file: file, line: number, message: "the lemma before `=` must be one word")
        }
        let lemmaIndex = index(ofLemma: lemma)
        let parts = line[line.index(after: equals)...].split(separator: ";", omittingEmptySubsequences: false)
        guard parts.count <= 4 else {
            throw QuoteLexiconError(file: file, line: number, message: "more than four `;`-separated parts")
        }
        let roles: [(CueForm.Role, imperfect: Bool)] = [(.verb, false), (.verb, true), (.participle, false),
                                                        (.verbalNoun, false)]
        for (part, (role, imperfect)) in zip(parts, roles) {
            let groups = part.split(separator: "/", omittingEmptySubsequences: false)
            guard groups.count <= 3 else {
                throw QuoteLexiconError(file: file, line: number, message: "more than three `/`-separated groups")
            }
            for (index, group) in groups.enumerated() {
                let agreement: Agreement = groups.count == 1 ? .unknown : (index == 1 ? .feminine : .masculine)
                for word in group.split(whereSeparator: \.isWhitespace) where word != "-" {
                    let form = CueForm(lemma: lemmaIndex, role: role, imperfect: imperfect, agreement: agreement)
                    forms.update(QuoteWordKey.key(word)) { _ in form }
                }
            }
        }
    }

    /// The index of `lemma` in ``lemmas``, added when new.
    private mutating func index(ofLemma lemma: String) -> Int32 {
        if let index = lemmaIndices[lemma] { return index }
        let index = Int32(lemmas.count)
        lemmas.append(lemma)
        lemmaIndices[lemma] = index
        return index
    }
}
