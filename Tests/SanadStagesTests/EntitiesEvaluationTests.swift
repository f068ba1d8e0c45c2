import Foundation
import Testing
import SanadCore
@testable import SanadStages

@Suite("entities: evaluation like ner_score.py")
struct EntitiesEvaluationTests {
    static let gold = EntitiesFixture.sentences("""
        # a comment line
        وقال O
        جون B-PERS
        كيري I-PERS
        في O
        لفرنسا B-LOC
        إن O
        الأمم B-ORG
        المتحدة I-ORG
        والدولار B-MISC

        زار O
        بوتين B-PERS
        موسكو B-LOC
        """)

    @Test func documentsAreBuiltLikeConllToJsonl() {
        let documents = EvaluationDocument.documents(from: Self.gold, sentencesPerDocument: 1)
        #expect(documents.map(\.id) == ["doc00000", "doc00001"])
        #expect(documents[1].text == "زار بوتين موسكو")
        #expect(documents[1].tokenSpans == [Span(start: 0, end: 3), Span(start: 4, end: 9), Span(start: 10, end: 15)])
        let joined = EvaluationDocument.documents(from: Self.gold)
        #expect(joined.count == 1)
        #expect(joined[0].text.contains("والدولار\nزار"))
    }

    @Test func scoresMatchHandCountedTruePositivesFalsePositivesAndMisses() {
        let document = EvaluationDocument.documents(from: Self.gold)[0]
        let tokens = document.tokenSpans
        func entity(_ first: Int, _ last: Int, _ label: Entity.Label, dropFirst: Int = 0) -> Entity {
            Entity(span: Span(start: tokens[first].start + dropFirst, end: tokens[last].end), text: "", label: label)
        }
        let predictions = [
            entity(1, 2, .person),  // جون كيري: right
            entity(4, 4, .location, dropFirst: 1),  // فرنسا inside لفرنسا: counts for the whole token, right
            entity(4, 4, .location),  // the same tokens again: counted once
            entity(6, 6, .organization),  // الأمم alone: wrong boundary (fp) and the gold ORG is missed (fn)
            entity(8, 8, .person),  // والدولار as a person: fp (the gold MISC is not scored)
            entity(10, 10, .location),  // بوتين as a place: fp, and the gold PER is missed
            entity(11, 11, .location),  // موسكو: right
        ]
        let scores = EntityEvaluation.score([document], predictions: [predictions])
        #expect(scores.counts[.person] == MatchCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
        #expect(scores.counts[.location] == MatchCounts(truePositives: 2, falsePositives: 1, falseNegatives: 0))
        #expect(scores.counts[.organization] == MatchCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(scores.counts[.misc] == nil)
        #expect(scores.micro == MatchCounts(truePositives: 3, falsePositives: 3, falseNegatives: 2))
        #expect(abs(scores.micro.precision - 0.5) < 1e-9)
        #expect(abs(scores.micro.recall - 0.6) < 1e-9)
        #expect(abs(scores.micro.f1 - 6.0 / 11.0) < 1e-9)
        #expect(scores.description.hasSuffix("micro-F1 0.5455"))
    }

    @Test func theReportLinesLookLikeTheScorers() {
        let scores = EntityEvaluation.score(EvaluationDocument.documents(from: Self.gold), predictions: [[]])
        #expect(scores.description.split(separator: "\n").first == "LOC   P 0.000 R 0.000 F1 0.000  (tp 0 fp 0 fn 2)")
    }

    @Test func readerAcceptsTabsUniversalNerColumnsAndDirectionMarks() {
        let sentences = CoNLLReader.parse("""
            \u{FEFF}# sent_id = 1
            1\tJohn\tB-PER\t_
            2\tsaid\tO\t_

            القاهرة\u{200F}\tB-LOC
            """)
        #expect(sentences.map(\.tokens) == [["John", "said"], ["القاهرة"]])
        #expect(sentences[0].tags == [.begin(.person), .outside])
        #expect(sentences[1].tags == [.begin(.location)])
    }

    @Test func aMissingGoldFileNamesItsPath() {
        #expect { try CoNLLReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/gold.conll")) } throws: { error in
            (error as? CoNLLReadError)?.description.hasPrefix("/nonexistent/gold.conll") == true
        }
    }

    @Test func theDevSplitIsTheLastTenthOfSentences() {
        let sentences = (0..<25).map { TaggedSentence(tokens: ["w\($0)"], tags: [.outside]) }
        let (train, dev) = sentences.splitLast(fraction: 0.1)
        #expect(train.count == 23)
        #expect(dev.map(\.tokens) == [["w23"], ["w24"]])
    }
}
