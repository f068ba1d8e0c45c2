/// The VADER lexicon (Hutto & Gilbert 2014, MIT): lowercase words and emoticons with their mean valence on VADER's
/// −4…4 scale. The file format is VADER's own: `token<TAB>mean<TAB>std<TAB>[ratings]`.
struct VaderLexicon: Sendable {
    /// Valence by token as written in the file (lowercase words, emoticons).
    let valences: [String: Double]

    /// Reads `vader_lexicon.txt`; `name` appears in error messages.
    init(text: String, name: String) throws(SentimentResourceError) {
        var valences: [String: Double] = [:]
        try TabSeparatedLines.forEach(in: text) { (fields, line) throws(SentimentResourceError) in
            guard fields.count >= 2, let valence = Double(fields[1]) else {
                throw SentimentResourceError("\(name) line \(line): expected 'token<TAB>mean valence<TAB>…'")
            }
            valences[String(fields[0])] = valence
        }
        guard !valences.isEmpty else { throw SentimentResourceError("\(name) has no entries") }
        self.valences = valences
    }

    /// The valence of a lowercased token.
    @inline(__always)
    subscript(_ token: String) -> Double? { valences[token] }

    /// Whether the lowercased token is in the lexicon.
    @inline(__always)
    func contains(_ token: String) -> Bool { valences[token] != nil }
}
