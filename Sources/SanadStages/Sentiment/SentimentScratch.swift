/// The working memory of sentiment scoring for one job, reused from document to document (see ``ScratchPool``): the
/// word cache, the buffers of the scanned text, and the facts of the scanned words.
struct SentimentScratch: Sendable {
    /// What is known about recently seen words.
    private var cache: WordCache
    /// The text being scored; its buffers keep their capacity from one document to the next.
    private var text = ScannedText()
    /// The facts of the words of ``text``, indexed like its tokens.
    private var facts: [WordFacts] = []

    /// Working memory around `cache`.
    init(cache: WordCache) {
        self.cache = cache
    }

    /// Runs `body` with an empty text to scan into, the cache, and the facts of the text's words.
    mutating func withEmptyText<Result>(
        _ body: (inout ScannedText, inout WordCache, inout [WordFacts]) -> Result
    ) -> Result {
        text.folded.removeAll(keepingCapacity: true)
        text.tokens.removeAll(keepingCapacity: true)
        text.droppedMarks.removeAll(keepingCapacity: true)
        return body(&text, &cache, &facts)
    }
}
