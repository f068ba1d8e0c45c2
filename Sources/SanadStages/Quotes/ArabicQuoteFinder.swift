import SanadCore

/// Finds the reported statements of an Arabic document and who made them.
///
/// Sentence by sentence, each reporting cue that starts a clause is read with ``ArabicContentFinder`` (what it
/// reports) and ``ArabicSpeakerFinder`` (who it names). A cue with no subject of its own takes, in order: the
/// subject of its sentence when it continues it (a participle, `…، لكنه أشار`), the subject that opens its sentence
/// (`وأشاد سرحان …، مؤكداً أن`), the latest earlier speaker whose gender agrees with the cue (``SpeakerHistory``),
/// or else the latest person named before it. Cues inside a statement's content are part of it, not statements of
/// their own; quotations that follow a quote with only punctuation between (`«…».. «…»`) continue it. Source
/// phrases attribute the clause before them (`…، بحسب المرصد`) or, at the start of a sentence, after them.
struct ArabicQuoteFinder {
    /// How many sentences back an implicit subject may find a person named (when no speaker agrees).
    static let personLookback = 2
    /// How many tokens back that search goes at most (sentences of a text without punctuation can be very long).
    static let personLookbackTokens = 150
    /// Farthest from the end of its sentence a source phrase may stand and still attribute the clause before it
    /// (`…، بحسب المرصد السوري لحقوق الإنسان.`), in tokens; farther on it is part of the clause (`بحسب رغبة …`).
    static let sourceTailLength = 12

    let lexicon: QuoteLexicon
    /// Whether statements attributed only by a source phrase are reported.
    let sourceQuotes: Bool

    /// The quotes of `document`, analysed as `text`.
    func quotes(in document: Document, text: QuoteText) -> [Quote] {
        var reading = ArabicReading(document: document, text: text, lexicon: lexicon)
        for sentence in text.sentences {
            reading.read(sentence, sourceQuotes: sourceQuotes)
        }
        return reading.quotes
    }
}
