/// A reported statement: what was said, the cue that reports it, and who said it.
public struct Quote: Hashable, Sendable, Codable, Spanned {
    /// Offset of the statement's content.
    public var start: Int
    public var end: Int
    /// The content as written.
    public var text: String
    /// How the statement is reported.
    public var kind: Kind
    /// The reporting verb or source phrase (`قال`, `وفقاً لـ`).
    public var cue: Cue?
    /// Who said it, when the stage found out.
    public var speaker: Speaker?

    /// Creates a quote whose content covers `span`.
    public init(span: Span, text: String, kind: Kind, cue: Cue? = nil, speaker: Speaker? = nil) {
        start = span.start
        end = span.end
        self.text = text
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
    }

    /// How a statement is reported.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// In quotation marks, or after a colon.
        case direct
        /// A reported clause (`قال إن …`).
        case indirect
        /// A reported clause that quotes words inside it.
        case mixed
    }

    /// The words that report a statement.
    public struct Cue: Hashable, Sendable, Codable, Spanned {
        public var start: Int
        public var end: Int
        /// The cue as written.
        public var text: String
        /// The cue's dictionary form (`قال` for `وقالت`).
        public var lemma: String

        /// Creates a cue.
        public init(span: Span, text: String, lemma: String) {
            start = span.start
            end = span.end
            self.text = text
            self.lemma = lemma
        }
    }

    /// The one who made a statement, as named in the text and as resolved to an entity.
    public struct Speaker: Hashable, Sendable, Codable, Spanned {
        /// The mention naming the speaker (or the one an implicit speaker was resolved from).
        public var start: Int
        public var end: Int
        /// The mention as written.
        public var text: String
        /// The linked entity's identifier in the `entities` layer, if any.
        public var entity: String?
        /// The linked entity's canonical name, if any.
        public var canonical: String?
        /// How the speaker was found.
        public var resolution: Resolution
        /// Confidence in the attribution, in [0, 1].
        public var confidence: Double

        /// Creates a speaker.
        public init(
            span: Span, text: String, entity: String? = nil, canonical: String? = nil, resolution: Resolution,
            confidence: Double
        ) {
            start = span.start
            end = span.end
            self.text = text
            self.entity = entity
            self.canonical = canonical
            self.resolution = resolution
            self.confidence = confidence
        }

        /// How an attribution was made.
        public enum Resolution: String, Hashable, Sendable, Codable, CaseIterable {
            /// The speaker is named next to the cue.
            case explicit
            /// An implicit subject carried over from an earlier statement.
            case carried
            /// A role phrase resolved through entity links.
            case role
            /// A pronoun resolved to an earlier speaker.
            case pronoun
        }
    }
}
