/// The speakers named so far in a document, for implicit subjects (`وأضاف:`, `وأشار إلى أن`, `مشيرةً`) to carry.
///
/// An implicit subject carries the most recent speaker whose gender agrees with its cue: after `وقالت الوزارة …
/// وقال الوزير …`, `وأوضحت` goes back to the ministry and `وأضاف` stays with the minister.
struct SpeakerHistory {
    private var speakers: [SpeakerMention] = []

    /// Records a speaker named in the text.
    mutating func record(_ speaker: SpeakerMention) { speakers.append(speaker) }

    /// The most recent speaker a cue demanding `agreement` can carry, among those that satisfy `condition`.
    func latest(
        accepting agreement: Agreement, where condition: (SpeakerMention) -> Bool = { _ in true }
    ) -> SpeakerMention? {
        speakers.last { agreement.accepts($0.agreement) && condition($0) }
    }

    /// How many recent speakers a later reference is compared with.
    static let referenceLookback = 50

    /// The most recent speaker named with all of `words` (`الوزير الكندي` after `وزير الخارجية الكندي روب نيكولسون`),
    /// for linking a later reference to the entity it stands for.
    func latest(namedWith words: [UInt64]) -> SpeakerMention? {
        guard !words.isEmpty else { return nil }
        return speakers.suffix(Self.referenceLookback).last { speaker in
            speaker.entity != nil && words.allSatisfy(speaker.words.contains)
        }
    }
}
