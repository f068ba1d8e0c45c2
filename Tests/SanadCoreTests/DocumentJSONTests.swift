import Foundation
import Testing

@testable import SanadCore

@Suite struct DocumentJSONTests {
    private func object(_ document: Document, layers: Set<Layer>) throws -> [String: Any] {
        let json = try DocumentJSON.encode(document, layers: layers)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func everyDocumentCarriesTheSchemaVersionIdAndText() throws {
        let output = try object(Document(id: "a", text: "نص"), layers: [])
        #expect(output["schema"] as? String == DocumentJSON.schema)
        #expect(output["id"] as? String == "a")
        #expect(output["text"] as? String == "نص")
    }

    @Test func aLayerAppearsExactlyWhenThePipelineProducesItEvenIfEmpty() throws {
        let output = try object(Document(id: "a", text: "x"), layers: [.tokens])
        #expect((output["tokens"] as? [Any])?.isEmpty == true)
        #expect(output["sentences"] == nil)
        #expect(output["entities"] == nil)
    }

    @Test func tokensWriteTheirCliticPrefixAndStemOnlyWhenTheyHaveOne() throws {
        var document = Document(id: "a", text: "والقاهرة هنا")
        document.tokens = [
            Token(span: Span(start: 0, end: 8), kind: .word, prefix: 3), Token(span: Span(start: 9, end: 12), kind: .word),
        ]
        let tokens = try #require(try object(document, layers: [.tokens])["tokens"] as? [[String: Any]])
        #expect(tokens[0]["prefix"] as? Int == 3)
        #expect(tokens[0]["stem"] as? Int == 3)
        #expect(tokens[1]["prefix"] == nil)
    }

    @Test func customLayersGoUnderLayersByName() throws {
        var document = Document(id: "a", text: "x")
        document.extensions["quantities"] = ["count": 2]
        let layers = try #require(try object(document, layers: ["quantities"])["layers"] as? [String: Any])
        #expect((layers["quantities"] as? [String: Any])?["count"] as? Int == 2)
    }

    @Test func inputFieldsPassThroughAtTheTopLevel() throws {
        let document = Document(id: "a", text: "x", metadata: ["title": "عنوان", "rank": 3])
        let output = try object(document, layers: [])
        #expect(output["title"] as? String == "عنوان")
        #expect(output["rank"] as? Int == 3)
    }

    @Test func aNumberOfTheLongestTextIsWrittenAsItsDescription() throws {
        // 24 bytes, the longest a Double's description gets.
        let longest = -2.2250738585072014e-308
        var buffer = JSONBuffer()
        buffer.value(.array([.number(longest), .number(0.1), .number(-0.4660794625969358)]))
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "[\(longest),0.1,-0.4660794625969358]")
    }

    @Test func controlCharactersAndQuotesAreEscaped() throws {
        let output = try object(Document(id: "a\"b", text: "line\n\t\u{1}\"\\"), layers: [])
        #expect(output["id"] as? String == "a\"b")
        #expect(output["text"] as? String == "line\n\t\u{1}\"\\")
    }
}

@Suite struct DocumentJSONRoundTripTests {
    @Test func everyTokenKindIsWrittenAsItsRawValue() {
        for kind in Token.Kind.allCases {
            var expected = JSONBuffer()
            expected.string(kind.rawValue)
            #expect(kind.jsonLiteral.description == expected.string)
        }
    }

    @Test func tokensAndSentencesDecodeBackToTheSameValues() throws {
        var document = Document(id: "a", text: "والقاهرة هنا.")
        document.tokens = [
            Token(span: Span(start: 0, end: 8), kind: .word, prefix: 3), Token(span: Span(start: 9, end: 12), kind: .word),
            Token(span: Span(start: 12, end: 13), kind: .punctuation),
        ]
        document.sentences = [Sentence(span: Span(start: 0, end: 13))]
        struct Layers: Decodable {
            let tokens: [Token]
            let sentences: [Sentence]
        }
        let json = try DocumentJSON.encode(document, layers: [.tokens, .sentences])
        let decoded = try JSONDecoder().decode(Layers.self, from: Data(json.utf8))
        #expect(decoded.tokens == document.tokens)
        #expect(decoded.sentences == document.sentences)
    }
}

@Suite struct JSONBufferTests {
    @Test func integersIncludingNegativeAndExtremeValuesAreWrittenInDecimal() {
        var buffer = JSONBuffer()
        let values = [0, 7, -42, 1_234_567, Int.max, Int.min, 9, 10, 99, 100, 305, 999, 1000, 4021, 9999, 10_000, -9999]
        for value in values {
            buffer.integer(value)
            buffer.raw(" ")
        }
        #expect(buffer.string == values.map { "\($0) " }.joined())
    }

    @Test func codePointsAreEscapedLikeStrings() {
        var fromScalars = JSONBuffer()
        fromScalars.string(scalars: Array("a\"b\\c\nد\u{1}".unicodeScalars))
        var fromString = JSONBuffer()
        fromString.string("a\"b\\c\nد\u{1}")
        #expect(fromScalars.string == fromString.string)
        #expect(fromString.string == #""a\"b\\c\nد\u0001""#)
    }

    @Test func aCopyKeepsItsBytesWhenTheOriginalGrowsPastItsCapacity() {
        var original = JSONBuffer(capacity: 4)
        original.raw("[1")
        let copy = original
        for _ in 0..<1000 { original.raw(",1") }
        original.raw("]")
        #expect(copy.string == "[1")
        #expect(original.count == 2 + 2 * 1000 + 1)
        #expect(original.string.hasSuffix(",1,1]"))
    }

    @Test func changingACopyInPlaceLeavesTheOriginalAlone() {
        var original = JSONBuffer()
        original.raw(",1,2]")
        var copy = original
        copy.replaceByte(at: 0, with: UInt8(ascii: "["))
        copy.withWriter { $0.raw("!") }
        #expect(copy.string == "[1,2]!")
        #expect(original.string == ",1,2]")
    }
}

@Suite struct JSONWriterTests {
    /// Short, and long enough (180 K bytes) for the buffer to grow many times while one string is written.
    @Test func stringsAreWrittenEscapedShortOrLong() {
        let short = "a\"b\\c\nد\u{1}\t"
        let escaped = #"a\"b\\c\nد\u0001\t"#
        for count in [1, 1 << 14] {
            var written = JSONBuffer(capacity: 0)
            written.withWriter { writer in
                writer.raw("[")
                writer.string(String(repeating: short, count: count))
                writer.raw(",")
                writer.integer(-42)
                writer.raw("]")
            }
            #expect(written.string == "[\"" + String(repeating: escaped, count: count) + "\",-42]")
        }
    }
}

@Suite struct LayerJSONTests {
    /// A document with every field of the entity, quote and sentiment layers set, and some left out.
    private var annotated: Document {
        var document = Document(id: "a", text: "قال الوزير \"نعم\" في القاهرة")
        document.entities = [
            Entity(span: Span(start: 4, end: 10), text: "الوزير", label: .person, entity: "e1", canonical: "الوزير", confidence: 0.75),
            Entity(span: Span(start: 20, end: 27), text: "القاهرة", label: .location),
        ]
        let evidence = SentimentEvidence(span: Span(start: 12, end: 15), text: "نعم", weight: 1, modifiers: ["قوي", "/"])
        let score = SentimentScore(score: -0.125, label: .negative, evidence: [evidence])
        document.quotes = [
            Quote(
                span: Span(start: 11, end: 16), text: "\"نعم\"", kind: .direct,
                cue: Quote.Cue(span: Span(start: 0, end: 3), text: "قال", lemma: "قال"),
                speaker: Quote.Speaker(
                    span: Span(start: 4, end: 10), text: "الوزير", entity: "e1", resolution: .explicit, confidence: 1e-5)),
            Quote(span: Span(start: 11, end: 16), text: "\"نعم\"", kind: .indirect),
        ]
        document.sentiment = SentimentLayer(
            document: score, sentences: [SpanSentiment(span: Span(start: 0, end: 27), sentiment: score)],
            quotes: [SpanSentiment(span: Span(start: 11, end: 16), sentiment: SentimentScore(score: 0, label: .neutral))],
            entities: [EntitySentiment(entity: "e1", canonical: "الوزير", sentiment: score)])
        return document
    }

    private func parsed(_ json: some Sequence<UInt8>) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(json)) as? NSDictionary)
    }

    @Test func entitiesQuotesAndSentimentAreTheObjectsJSONEncoderWrites() throws {
        let document = annotated
        let written = try parsed(try DocumentJSON.encode(document, layers: [.entities, .quotes, .sentiment]).utf8)
        let encoder = JSONEncoder()
        for (key, encoded) in [
            ("entities", try encoder.encode(document.entities)), ("quotes", try encoder.encode(document.quotes)),
            ("sentiment", try encoder.encode(document.sentiment)),
        ] {
            let expected = try JSONSerialization.jsonObject(with: encoded) as? NSObject
            #expect(written[key] as? NSObject == expected, "\(key)")
        }
    }

    @Test func layerKeysComeInDeclarationOrderEveryTime() throws {
        let json = try DocumentJSON.encode(annotated, layers: [.entities, .quotes])
        #expect(json.contains(#"{"start":4,"end":10,"text":"الوزير","label":"PERSON","entity":"e1","canonical":"الوزير","confidence":0.75}"#))
        #expect(json.contains(#""speaker":{"start":4,"end":10,"text":"الوزير","entity":"e1","resolution":"explicit","confidence":1e-05}}"#))
    }

    @Test func aMissingSentimentLayerIsNull() throws {
        let json = try DocumentJSON.encode(Document(id: "a", text: "x"), layers: [.sentiment])
        #expect(json.contains(#","sentiment":null}"#))
    }

    @Test func aNumberJSONCannotHoldIsAnError() {
        var document = Document(id: "a", text: "x")
        document.entities = [Entity(span: Span(start: 0, end: 1), text: "x", label: .misc, confidence: .nan)]
        #expect(throws: NonFiniteNumberError.self) { try DocumentJSON.encode(document, layers: [.entities]) }
    }

    @Test func doublesAreWrittenAsJSONEncoderWritesThem() throws {
        for value in [0, -0.0, 1, 0.5, 1e-5, 1e15, 1e16, 0.1 + 0.2, -3.25, 1.2345678901234568e17] {
            var buffer = JSONBuffer()
            try buffer.withWriter { writer in try writer.double(value) }
            let encoded = String(decoding: try JSONEncoder().encode([value]), as: UTF8.self)
            #expect("[\(buffer.string)]" == encoded)
        }
    }
}
