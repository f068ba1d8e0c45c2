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

    /// The forms of every token of the document, looked up in a worker's ``TokenFormCache`` (and added to it) rather
    /// than analyzed again.
    ///
    /// Every token's key comes first, each starting to load its cache slot; then the forms are read, from slots
    /// that have arrived meanwhile: the cache misses of a document's rare words overlap instead of following one
    /// another.
    ///
    /// The tokens' code points are read through a pointer, so that no token retains the document's array.
    func forms() -> [TokenForm] {
        (document.normalized?.scalars ?? document.scalars).withUnsafeBufferPointer { scalars in
            TokenFormCache.workers.withScratch { cache in
                var tokens: [(range: Range<Int>, key: UInt64)] = []
                tokens.reserveCapacity(document.tokens.count)
                forEachToken { range in
                    let key = TokenFormCache.key(of: scalars[range])
                    cache.prefetch(key)
                    tokens.append((range, key))
                }
                return tokens.map { cache.form(of: scalars[$0.range], key: $0.key) }
            }
        }
    }

    /// The normalized letters of `token` (``ArabicWordForm``).
    func word(of token: Token) -> [UInt32] {
        var word: [UInt32] = []
        _ = ArabicWordForm.normalize(scalars(of: token.span), into: &word)
        return word
    }

    /// Calls `body` with where the code points of every token are, in order (``scalars(of:)``): positions in the
    /// view's scalars when there is a view, in the document's otherwise. Each token's stretch of the view is found
    /// by walking forward from the previous one rather than searching the whole map.
    private func forEachToken(_ body: (Range<Int>) -> Void) {
        guard let view = document.normalized else {
            for token in document.tokens { body(token.start..<token.end) }
            return
        }
        var cursor = 0
        view.originStart.withUnsafeBufferPointer { origins in
            func advance(from index: Int, to offset: Int) -> Int {
                // Tokens come in text order; one that does not is found by searching.
                if index > 0 && Int(origins[index - 1]) >= offset { return firstIndex(in: view, atOrAfter: offset) }
                var index = index
                while index < origins.count && Int(origins[index]) < offset { index += 1 }
                return index
            }
            for token in document.tokens {
                let start = advance(from: cursor, to: token.start)
                let end = max(start, advance(from: start, to: token.end))
                body(start..<end)
                cursor = end
            }
        }
    }

    /// The first view position whose original start is at or after `offset` (binary search: the map is monotone).
    private func firstIndex(in view: NormalizedText, atOrAfter offset: Int) -> Int {
        view.originStart.partitionPoint { Int($0) >= offset }
    }
}
