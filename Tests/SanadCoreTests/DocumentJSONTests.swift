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

    @Test func controlCharactersAndQuotesAreEscaped() throws {
        let output = try object(Document(id: "a\"b", text: "line\n\t\u{1}\"\\"), layers: [])
        #expect(output["id"] as? String == "a\"b")
        #expect(output["text"] as? String == "line\n\t\u{1}\"\\")
    }
}

@Suite struct DocumentJSONRoundTripTests {
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
        for value in [0, 7, -42, 1_234_567, Int.max, Int.min] {
            buffer.integer(value)
            buffer.raw(" ")
        }
        #expect(buffer.string == "0 7 -42 1234567 \(Int.max) \(Int.min) ")
    }

    @Test func codePointsAreEscapedLikeStrings() {
        var fromScalars = JSONBuffer()
        fromScalars.string(scalars: Array("a\"b\\c\nد\u{1}".unicodeScalars))
        var fromString = JSONBuffer()
        fromString.string("a\"b\\c\nد\u{1}")
        #expect(fromScalars.string == fromString.string)
        #expect(fromString.string == #""a\"b\\c\nد\u0001""#)
    }
}
