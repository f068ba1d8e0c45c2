/// Arabic words that change the lexicon hits around them: negators, intensifiers and diminishers, contrast markers,
/// and fixed phrases that look like a negator but are not one (`لا يزال` "still").
///
/// The file format is `kind<TAB>term[<TAB>factor]` with `#` comments; kinds are `negation`, `intensifier` (factor
/// > 1 strengthens, < 1 weakens), `contrast` and `fixed`. Terms match exactly or after a leading `و`/`ف`.
struct ArabicModifiers: Sendable {
    /// What a modifier does.
    enum Modifier: Sendable, Equatable {
        /// Flips and dampens the next lexicon hits in its clause.
        case negation
        /// Multiplies the weight of the nearest lexicon hit by the factor.
        case intensifier(Double)
        /// Halves what comes before it in the span and strengthens what follows by half.
        case contrast
        /// A phrase that contains a modifier word but modifies nothing.
        case fixed
    }

    /// The modifiers, matched longest phrase first.
    let table: PhraseTable<Modifier>

    /// Reads a modifier list from its text; `name` appears in error messages.
    init(text: String, name: String) throws(SentimentResourceError) {
        var table = PhraseTable<Modifier>(stripping: .conjunction)
        try TabSeparatedLines.forEach(in: text) { (fields, line) throws(SentimentResourceError) in
            guard fields.count >= 2 else {
                throw SentimentResourceError("\(name) line \(line): expected 'kind<TAB>term[<TAB>factor]'")
            }
            let modifier: Modifier
            switch fields[0] {
            case "negation": modifier = .negation
            case "contrast": modifier = .contrast
            case "fixed": modifier = .fixed
            case "intensifier":
                guard fields.count >= 3, let factor = Double(fields[2]), factor > 0 else {
                    throw SentimentResourceError("\(name) line \(line): an intensifier needs a positive factor")
                }
                modifier = .intensifier(factor)
            default:
                throw SentimentResourceError(
                    "\(name) line \(line): unknown kind '\(fields[0])'; expected one of: negation, intensifier, "
                        + "contrast, fixed")
            }
            let words = SentimentFolding.words(of: fields[1])
            guard !words.isEmpty else { throw SentimentResourceError("\(name) line \(line): empty term") }
            table.insert(words: words, value: modifier)
        }
        self.table = table
    }
}
