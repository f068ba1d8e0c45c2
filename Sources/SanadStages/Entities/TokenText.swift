import SanadCore

/// The code points each token of a document reads as: its stretch of the normalized view when a `normalize` stage
/// ran (so presentation forms and other NFKC variants arrive folded), its original text otherwise.
///
/// The tagger applies its own light normalization (``ArabicWordForm``) on top, which is idempotent with the
/// `normalize` stage's folds, so the model sees the same forms with or without that stage.
struct TokenText {
    private let document: Document

    /// The token texts of `document`.
    init(_ document: Document) { self.document = document }

    /// The code points of `span` (original offsets) in the view.
    func scalars(of span: Span) -> ArraySlice<Unicode.Scalar> {
        guard let view = document.normalized else { return document.scalars[span.start..<span.end] }
        let start = firstIndex(in: view, atOrAfter: span.start)
        let end = max(start, firstIndex(in: view, atOrAfter: span.end))
        return view.scalars[start..<end]
    }

    /// The forms of every token of the document.
    func forms() -> [TokenForm] {
        var analyzer = TokenFormAnalyzer()
        return document.tokens.map { analyzer.analyze(scalars(of: $0.span)) }
    }

    /// The normalized letters of every token of the document.
    func words() -> [[UInt32]] {
        var words: [[UInt32]] = []
        var buffer: [UInt32] = []
        for token in document.tokens {
            _ = ArabicWordForm.normalize(scalars(of: token.span), into: &buffer)
            words.append(buffer)
        }
        return words
    }

    /// The first view position whose original start is at or after `offset` (binary search: the map is monotone).
    private func firstIndex(in view: NormalizedText, atOrAfter offset: Int) -> Int {
        var low = 0, high = view.originStart.count
        while low < high {
            let middle = (low + high) / 2
            if Int(view.originStart[middle]) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
