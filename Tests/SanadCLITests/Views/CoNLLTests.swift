import SanadCore
import SanadStages
import SanadTesting
import Testing

@testable import sanad

/// CoNLL export: a token per line with the IOB2 tag of the entity over it.
@Suite struct CoNLLTests {
    /// `text` split into sentences and tokens by the real stages, with `entities` (words → type) found in it.
    private func document(_ text: String, entities: [(String, Entity.Label)]) throws -> Document {
        let stages: [any Stage] = [NormalizeStage(options: .init()), try SegmentStage(options: .init())]
        var document = try StageHarness.run(stages, on: text, id: "doc").document
        let scalars = document.scalars
        for (words, label) in entities {
            let needle = Array(words.unicodeScalars)
            let start = try #require(
                (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle })
            document.entities.append(
                Entity(span: Span(start: start, end: start + needle.count), text: words, label: label))
        }
        return document
    }

    /// The token and tag columns of every row.
    private func rows(_ conll: String) -> [String] {
        conll.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    @Test func tokensTakeBeginAndInsideTagsFromTheEntitiesOverThem() throws {
        let document = try document(
            "قال أيمن الصفدي في عمّان.", entities: [("أيمن الصفدي", .person), ("عمّان", .location)])
        #expect(
            rows(try Render.conll([document])) == [
                "قال\tO", "أيمن\tB-PER", "الصفدي\tI-PER", "في\tO", "عمّان\tB-LOC", ".\tO",
            ])
    }

    @Test func aTokenWithAProcliticIsTaggedWithTheEntityInsideIt() throws {
        let document = try document("سافر إلى باريس ولندن.", entities: [("باريس", .location), ("لندن", .location)])
        #expect(rows(try Render.conll([document])) == ["سافر\tO", "إلى\tO", "باريس\tB-LOC", "ولندن\tB-LOC", ".\tO"])
    }

    @Test func adjacentEntitiesOfOneTypeEachBeginWithB() throws {
        let document = try document("زار باريس لندن.", entities: [("باريس", .location), ("لندن", .location)])
        #expect(CoNLLRendering.tags(of: document) == ["O", "B-LOC", "B-LOC", "O"])
    }

    @Test func eachDocumentHasAnIdAndEachSentenceItsTextThenABlankLine() throws {
        let document = try document("جاء الوزير.\nوقال كلمة.", entities: [])
        #expect(
            try Render.conll([document]) == """
                # id = doc
                # text = جاء الوزير.
                جاء\tO
                الوزير\tO
                .\tO

                # text = وقال كلمة.
                وقال\tO
                كلمة\tO
                .\tO


                """)
    }

    @Test func tokensOutsideEverySentenceFormASentenceOfTheirOwn() throws {
        var document = Document(id: "loose", text: "a b c")
        document.tokens = [0, 2, 4].map { Token(span: Span(start: $0, end: $0 + 1), kind: .word) }
        document.sentences = [Sentence(span: Span(start: 0, end: 1))]
        #expect(try Render.conll([document]) == "# id = loose\n# text = a\na\tO\n\n# text = b c\nb\tO\nc\tO\n\n")
    }

    @Test func everyTypeHasItsShortTag() {
        #expect(Entity.Label.allCases.map(\.tag) == ["PER", "LOC", "ORG", "MISC"])
    }
}
