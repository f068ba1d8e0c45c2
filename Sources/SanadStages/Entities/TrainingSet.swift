/// Training sentences turned into feature rows once, so that every pass of training only adds weights.
///
/// Sentences are grouped into documents of ``sentencesPerDocument`` (as the evaluation scripts group them) for
/// the document features. Names and word shares from training data are jackknifed: the sentences of each of
/// `folds` contiguous blocks get their features from a gazetteer and lexicon built from the other blocks.
struct TrainingSet {
    /// Sentences per document, as `conll_to_jsonl.py` groups them.
    static let sentencesPerDocument = 25

    /// Every feature seen; a feature's row is its index here.
    private(set) var features = HashIndex(capacity: 1 << 20)
    /// Per sentence, the feature rows of its tokens, token after token; a feature naming the token's own word is
    /// stored as `-(row + 1)`, so that training can hide it.
    private(set) var rows: [[Int32]] = []
    /// Per sentence, where each token's rows start (one extra entry at the end).
    private(set) var starts: [[Int]] = []
    /// Per sentence, the gold tags.
    private(set) var gold: [[EntityTag]] = []

    /// Prepares `sentences`, with gazetteer `lists` besides the jackknifed training names.
    init(_ sentences: [TaggedSentence], folds: Int, lists: Gazetteer) {
        var analyzer = TokenFormAnalyzer()
        var buffer = FeatureBuffer(tracksWordIdentity: true)
        for fold in 0..<folds {
            let range = (sentences.count * fold / folds)..<(sentences.count * (fold + 1) / folds)
            let others = folds == 1 ? sentences : Array(sentences[..<range.lowerBound] + sentences[range.upperBound...])
            var gazetteer = lists
            for name in PerceptronTrainer.names(in: others) { gazetteer.add(name.text, label: name.label, source: .training) }
            let extractor = EntityFeatures(gazetteer: gazetteer, lexicon: TokenLexicon(sentences: others))
            for first in stride(from: range.lowerBound, to: range.upperBound, by: TrainingSet.sentencesPerDocument) {
                let group = sentences[first..<min(first + TrainingSet.sentencesPerDocument, range.upperBound)]
                var forms: [TokenForm] = []
                var runs: [Range<Int>] = []
                for sentence in group {
                    runs.append(forms.count..<(forms.count + sentence.tokens.count))
                    forms += sentence.tokens.map { analyzer.analyze($0.unicodeScalars) }
                }
                let context = DocumentContext(forms: forms, runs: runs)
                for (sentence, run) in zip(group, runs) {
                    extractor.extract(forms[run], document: context, into: &buffer)
                    rows.append(zip(buffer.keys, buffer.wordIdentity).map { key, isIdentity in
                        let row = Int32(features.insert(key))
                        return isIdentity ? -(row + 1) : row
                    })
                    starts.append((0..<buffer.tokenCount).map { buffer.features(of: $0).startIndex } + [buffer.keys.count])
                    gold.append(sentence.tags)
                }
            }
        }
    }

    /// Number of sentences.
    var count: Int { gold.count }

    /// Number of tokens.
    var tokenCount: Int { gold.reduce(0) { $0 + $1.count } }
}
