/// A stretch of text cut into the tokens sentiment scoring looks at, with every word already folded
/// (see ``SentimentFolding``) into one shared buffer.
///
/// Sentiment keeps its own light tokenization so that it needs only the `sentences` layer: the lexicon matcher and
/// the linear model both read these tokens, and every token remembers its original offsets for evidence spans.
struct ScannedText: Sendable {
    /// One token: where its folded code points sit in ``folded`` and where it sits in the original text.
    struct Token: Sendable, Hashable {
        /// What the token is.
        var kind: Kind
        /// Range of the token's folded code points in ``ScannedText/folded`` (empty for URLs and mentions).
        var start: Int32
        var end: Int32
        /// The token's span in the original text, in code points.
        var originStart: Int32
        var originEnd: Int32
        /// The token's identity as the model and the word cache see it: the ``ScalarHash`` (seed
        /// ``FeatureHasher/tokenSeed``) of its folded code points, or of its placeholder marker for URLs and mentions.
        var hash: UInt64

        /// Number of folded code points.
        var length: Int { Int(end - start) }
    }

    /// Token categories; only words and numbers are matched against lexicons and cut into character n-grams.
    enum Kind: UInt8, Sendable, Hashable {
        case word, number, punctuation, symbol, url, mention
    }

    /// Folded code points of all words, numbers, punctuation and symbols, back to back.
    var folded: [UInt32] = []
    /// Tokens in text order.
    var tokens: [Token] = []
    /// Original offsets of the punctuation marks and symbols the scan dropped, in text order: a run of one mark is
    /// kept as two tokens (`!!!` as `!` `!`) and the marks after them are recorded here. Whether one was dropped
    /// depends on the tokens before it, so a stretch holding one may scan differently on its own.
    var droppedMarks: [Int32] = []

    /// The folded code points of `token`.
    @inline(__always)
    func scalars(of token: Token) -> ArraySlice<UInt32> {
        folded[Int(token.start)..<Int(token.end)]
    }
}
