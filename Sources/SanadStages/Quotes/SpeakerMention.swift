import SanadCore

/// A speaker as the stage resolved it: the mention naming them, the gender their cue gave them, and the entity they
/// link to.
struct SpeakerMention {
    /// The mention naming the speaker (for a carried speaker, the mention it was carried from).
    var span: Span
    /// The gender of the cue the speaker was named with.
    var agreement: Agreement
    /// The linked entity id and its canonical name.
    var entity: String?
    var canonical: String?
    /// How the speaker was found.
    var resolution: Quote.Speaker.Resolution
    /// Confidence in the attribution.
    var confidence: Double
    /// Index of the sentence the speaker was named in.
    var sentence: Int
    /// Keys of the mention's words without conjunction and article, for matching later references to it.
    var words: [UInt64]

    /// The same speaker, carried to an implicit subject in sentence `sentence` with `resolution`.
    func carried(as resolution: Quote.Speaker.Resolution, to sentence: Int) -> SpeakerMention {
        var carried = self
        carried.resolution = resolution
        let distance = max(0, sentence - self.sentence)
        let ceiling = min(self.confidence, resolution == .pronoun ? 0.8 : 0.75)
        carried.confidence = max(0.4, ceiling - 0.05 * Double(distance))
        return carried
    }

    /// The speaker as the output layer stores it (confidence to two decimals).
    func output(in text: QuoteText) -> Quote.Speaker {
        Quote.Speaker(span: span, text: text.text(of: span), entity: entity, canonical: canonical,
                      resolution: resolution, confidence: (confidence * 100).rounded() / 100)
    }
}
