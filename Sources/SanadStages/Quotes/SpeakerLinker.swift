import SanadCore

/// Resolves a speaker's mention to an entity of the `entities` layer.
///
/// In order: a person's name in the mention (`رئيس المجلس العسكري العميد صادق سرحان` → Sarhan); a role phrase the
/// entity links tie to a person (`رئيس الوزراء اللبناني` → Mikati, through ``EntityLinks``); an organization or place
/// that the mention starts with (`المرصد السوري لحقوق الإنسان`, `موسكو`); a shorter reference to an earlier speaker
/// (`الوزير الكندي` after `وزير الخارجية الكندي روب نيكولسون`). A mention that resolves to nothing keeps its text.
struct SpeakerLinker {
    let text: QuoteText
    let mentions: TokenMentions
    private let document: Document
    /// The document's role phrases tied to people (``EntityLinks/roleSpans(of:)``), found when first needed.
    private var roles: [EntityLinks.RoleSpan]?

    /// A linker for `document`, whose tokens `text` analysed.
    init(_ document: Document, text: QuoteText) {
        self.document = document
        self.text = text
        mentions = TokenMentions(document, text: text)
    }

    /// The speaker named by tokens `range`, whose cue demands `agreement`, linked to its entity; the mention leaves
    /// out a preposition on its first word when `withoutPreposition` (`مفوضة` in `بحسب تصريح لمفوضة …`).
    mutating func speaker(
        _ range: Range<Int>, agreement: Agreement, history: SpeakerHistory, confidence: Double = 0.9,
        withoutPreposition: Bool = false
    ) -> SpeakerMention {
        var span = text.span(range.lowerBound, through: range.upperBound - 1)
        if withoutPreposition { span.start += text.tokens[range.lowerBound].prepositionLength }
        var speaker = SpeakerMention(
            span: span, agreement: agreement, entity: nil, canonical: nil, resolution: .explicit,
            confidence: confidence - 0.1, sentence: text.tokens[range.lowerBound].sentence, words: words(in: range))
        if let person = mentions.firstPersonEnd(in: range), let entity = mentions.mention(at: person)?.entity {
            link(&speaker, to: entity, resolution: .explicit, confidence: confidence)
        } else if let role = roleEntity(at: range.lowerBound) {
            link(&speaker, to: role, resolution: .role, confidence: confidence - 0.05)
        } else if let mention = mentions.mention(at: range.lowerBound), mention.label != .person,
            mentions.mentionStart(at: range.lowerBound) == range.lowerBound, let entity = mention.entity
        {
            link(&speaker, to: entity, resolution: .explicit, confidence: confidence)
        } else if mentions.mention(at: range.lowerBound) == nil,
            let earlier = history.latest(namedWith: speaker.words)
        {
            speaker.entity = earlier.entity
            speaker.canonical = earlier.canonical
            speaker.resolution = .role
            speaker.confidence = confidence - 0.15
        }
        return speaker
    }

    // MARK: - Private

    private func link(
        _ speaker: inout SpeakerMention, to entity: String, resolution: Quote.Speaker.Resolution, confidence: Double
    ) {
        speaker.entity = entity
        speaker.canonical = mentions.canonical(of: entity)
        speaker.resolution = resolution
        speaker.confidence = confidence
    }

    /// The person a role phrase starting at token `index` (with a role word: `رئيس`, `الوزير`) stands for, through the
    /// entity links' role phrases, which are found for the document the first time a speaker needs them.
    private mutating func roleEntity(at index: Int) -> String? {
        let token = text.tokens[index]
        guard token.classes.contains(.roleWord), mentions.mentions.contains(where: { $0.label == .person }) else {
            return nil
        }
        if roles == nil { roles = EntityLinks.roleSpans(of: document) }
        return roles?.first { $0.span.start < token.end && token.start < $0.span.end }?.entity
    }

    /// Keys of the words of tokens `range` without conjunction and article (`الوزير` → `وزير`).
    private func words(in range: Range<Int>) -> [UInt64] {
        range.compactMap { index in
            let token = text.tokens[index]
            return token.kind == .word ? QuoteWordKey.stemKey(text.scalars[token.start..<token.end]) : nil
        }
    }
}
