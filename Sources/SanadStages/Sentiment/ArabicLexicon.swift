/// The Arabic polarity lexicon: folded words and phrases with a weight in [-1, 1] (negative to positive).
///
/// The file format is one entry per line, `term<TAB>weight<TAB>source`, with `#` comments; a term may be several
/// words (`وقف اطلاق النار`). Terms are folded with ``SentimentFolding`` when read, so the file can be written with
/// or without hamza and tashkeel. Lookups strip clitics (see ``ArabicClitics``) when the full form is absent.
struct ArabicLexicon: Sendable {
    /// The entries, matched longest phrase first.
    let table: PhraseTable<Double>

    /// Reads a lexicon from its text; `name` appears in error messages.
    init(text: String, name: String) throws(SentimentResourceError) {
        var table = PhraseTable<Double>(stripping: .clitics)
        try TabSeparatedLines.forEach(in: text) { (fields, line) throws(SentimentResourceError) in
            guard fields.count >= 2, let weight = Double(fields[1]), (-1...1).contains(weight) else {
                throw SentimentResourceError(
                    "\(name) line \(line): expected 'term<TAB>weight<TAB>source' with a weight in [-1, 1]")
            }
            let words = SentimentFolding.words(of: fields[0])
            guard !words.isEmpty else { throw SentimentResourceError("\(name) line \(line): empty term") }
            table.insert(words: words, value: weight)
        }
        guard table.count > 0 else { throw SentimentResourceError("\(name) has no entries") }
        self.table = table
    }
}
