import SanadCore
import SanadTesting
@testable import SanadStages

/// Runs the quote stage on short texts written for the tests: normalize and segment as in `arabic-news`, and entity
/// mentions given by the test (so that what a test checks does not move when the entity model is retrained).
enum QuotesFixture {
    /// The quotes of `text`, with `names` as its entity mentions and `options` for the quotes stage.
    static func quotes(
        _ text: String, names: [FixedEntitiesStage.Name] = [], options: QuotesOptions = QuotesOptions()
    ) throws -> [Quote] {
        let stages: [any Stage] = [
            NormalizeStage(options: .init()), try SegmentStage(options: .init()), FixedEntitiesStage(names),
            try QuotesStage(options: options),
        ]
        return try StageHarness.run(stages, on: text).document.quotes
    }

    /// The quote whose content is `content`, if any.
    static func quote(_ content: String, in quotes: [Quote]) -> Quote? {
        quotes.first { $0.text == content }
    }
}

/// A test stage that marks given names as entity mentions wherever they occur, each name with its entity id; the
/// canonical name of an entity is its longest name.
struct FixedEntitiesStage: Stage {
    /// A name to mark, its label and the entity it names.
    struct Name: Sendable {
        let text: String
        let label: Entity.Label
        let entity: String

        init(_ text: String, _ label: Entity.Label, _ entity: String) {
            self.text = text
            self.label = label
            self.entity = entity
        }
    }

    static let name = "fixed-entities"
    static let summary = "Marks the names a test gives as entity mentions."
    static let requires: Set<Layer> = [.tokens]
    static let produces: Set<Layer> = [.entities]

    let names: [Name]

    init(_ names: [Name]) { self.names = names }
    init(options: NoOptions) { names = [] }

    func process(_ document: inout Document, context: inout StageContext) {
        let scalars = document.scalars
        var canonical: [String: String] = [:]
        for name in names where name.text.unicodeScalars.count > canonical[name.entity]?.unicodeScalars.count ?? 0 {
            canonical[name.entity] = name.text
        }
        var mentions: [Entity] = []
        for name in names {
            let pattern = Array(name.text.unicodeScalars)
            var start = 0
            while start + pattern.count <= scalars.count {
                let end = start + pattern.count
                let wordEnd = end == scalars.count || !scalars[end].properties.isAlphabetic
                if wordEnd, Array(scalars[start..<end]) == pattern,
                    !mentions.contains(where: { $0.span.overlaps(Span(start: start, end: end)) })
                {
                    mentions.append(
                        Entity(span: Span(start: start, end: end), text: name.text, label: name.label,
                               entity: name.entity, canonical: canonical[name.entity]))
                    start = end
                } else {
                    start += 1
                }
            }
        }
        document.entities = mentions.sorted { $0.span < $1.span }
    }
}
