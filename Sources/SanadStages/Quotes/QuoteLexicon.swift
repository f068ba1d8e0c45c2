/// Everything the `quotes` stage knows about one language's words: its reporting cues and its function words.
///
/// The built-in lists are the resource files beside this one (`Quotes/Resources/*.txt`, compiled into the binary);
/// a pipeline adds to them through the stage's options.
struct QuoteLexicon: Sendable {
    /// The reporting verbs, participles and verbal nouns.
    let cues: CueLexicon
    /// The function words by class.
    let words: WordClasses
    /// Every word that has a class or is a cue form, with both, so that a token costs one lookup.
    private let entries: WordKeyMap<WordEntry>

    /// What the lexicon says about one word.
    struct WordEntry: Sendable {
        /// Its function-word classes (``WordClasses/classes(of:)``).
        var classes: WordClass = []
        /// The cue form it is, if any (see ``CueLexicon``).
        var cue: CueForm?
    }

    /// The built-in lexicon of `language` (`arabic` or `english`) with the pipeline's additions.
    ///
    /// `extraCues` are lines in the cue file format (or single words); `extraSources` are source phrases;
    /// `extraStops` are words that end a speaker's name.
    init(
        language: String, extraCues: [String], extraSources: [String], extraStops: [String], option: String
    ) throws(QuoteLexiconError) {
        let file = try WordListFile(Self.resource("\(language)-words.txt"), name: "\(language)-words.txt")
        var words = WordClasses(file)
        for phrase in extraSources { words.add(Substring(phrase), as: .sourcePhrase) }
        for word in extraStops { words.add(Substring(word), as: .speakerStop) }
        var cues = try CueLexicon(Self.resource("\(language)-cues.txt"), name: "\(language)-cues.txt")
        for (index, line) in extraCues.enumerated() {
            try cues.add(Substring(line).trimmingSpaces, file: option, line: index + 1)
        }
        let lemmas = { (section: String) in Set(file.entries(section).map(String.init)) }
        cues.mark(relaying: lemmas("relay-cues"), nominal: lemmas("nominal-cues"), addressing: lemmas("listener-cues"))
        self.cues = cues
        self.words = words
        var entries = WordKeyMap<WordEntry>()
        words.forEachWord { key, classes in entries.update(key) { _ in WordEntry(classes: classes) } }
        cues.forEachForm { key, form in entries.update(key) { WordEntry(classes: $0?.classes ?? [], cue: form) } }
        self.entries = entries
    }

    /// What the lexicon says about the word with key `key`: its classes and cue form (none for most words).
    @inline(__always)
    func entry(_ key: UInt64) -> WordEntry { entries[key] ?? WordEntry() }

    /// The text of the built-in resource `file`; a build without it is broken, so its absence traps.
    private static func resource(_ file: String) -> String {
        guard let text = EmbeddedResources.text(at: "Quotes/Resources/" + file) else {
            preconditionFailure("Quotes/Resources/\(file) is not embedded in this build")
        }
        return text
    }
}
