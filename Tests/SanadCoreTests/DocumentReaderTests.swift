import Foundation
import SanadTesting
import Testing

@testable import SanadCore

@Suite struct DocumentReaderTests {
    private func read(_ paths: [String], format: DocumentReader.Format = .text, invalidUTF8: InvalidUTF8Policy = .error)
        -> [Result<ReadDocument, InputError>]
    {
        Array(DocumentReader(paths: paths, format: format, invalidUTF8: invalidUTF8))
    }

    @Test func aTextFileIsOneDocumentNamedByItsPath() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("a.txt", "قال الوزير")
        let documents = try read([path]).map { try $0.get().document }
        #expect(documents.map(\.id) == [path])
        #expect(documents.map(\.text) == ["قال الوزير"])
    }

    @Test func anEmptyFileIsAValidEmptyDocument() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("empty.txt", "")
        #expect(try read([path]).map { try $0.get().document.text } == [""])
    }

    @Test func aDirectoryYieldsItsTextFilesInSortedOrder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("b.txt", "two")
        try directory.write("a.txt", "one")
        try directory.write("sub/c.txt", "three")
        try directory.write("notes.md", "skipped")
        let texts = try read([directory.path]).map { try $0.get().document.text }
        #expect(texts == ["one", "two", "three"])
    }

    @Test func invalidUTF8IsAnErrorNamingTheFileAndByteOffset() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.txt", bytes: Array("abc".utf8) + [0xFF] + Array("def".utf8))
        let results = read([path])
        #expect(throws: InputError.invalidUTF8(source: path, byteOffset: 3)) { try results[0].get() }
        #expect("\(InputError.invalidUTF8(source: path, byteOffset: 3))".contains("\(path): invalid UTF-8 at byte offset 3"))
    }

    @Test func invalidUTF8CanBeReplacedWithTheReplacementCharacter() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.txt", bytes: Array("ab".utf8) + [0xC3] + Array("z".utf8))
        let read = try read([path], invalidUTF8: .replace)[0].get()
        #expect(read.document.text == "ab\u{FFFD}z")
        #expect(read.repairedUTF8At == 2)
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: InputError.notFound(path: "/no/such/file.txt")) { try read(["/no/such/file.txt"])[0].get() }
    }

    @Test func jsonlLinesBecomeDocumentsWithPassThroughFields() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            "c.jsonl", "{\"id\": \"n1\", \"text\": \"one\", \"title\": \"T\"}\n\n{\"id\": 7, \"text\": \"two\"}\r\n")
        let documents = try read([path], format: .jsonl).map { try $0.get().document }
        #expect(documents.map(\.id) == ["n1", "7"])
        #expect(documents.map(\.text) == ["one", "two"])
        #expect(documents[0].metadata == ["title": "T"])
    }

    @Test func aJSONLRecordWithoutIdIsNamedByFileAndLine() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("c.jsonl", "{\"text\": \"one\"}\n")
        #expect(try read([path], format: .jsonl)[0].get().document.id == "\(path):1")
    }

    @Test func aMalformedJSONLLineIsAnErrorNamingItsLineAndTheRestStillRead() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("c.jsonl", "{\"text\": \"one\"}\n{\"text\": \n{\"text\": \"three\"}\n")
        let results = read([path], format: .jsonl)
        #expect(results.count == 3)
        #expect(throws: InputError.malformedLine(source: path, line: 2, reason: "invalid JSON")) { try results[1].get() }
        #expect(try results[2].get().document.text == "three")
    }

    @Test func aJSONLRecordWithoutTextIsAnError() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("c.jsonl", "{\"id\": \"x\", \"body\": \"one\"}\n")
        #expect(throws: InputError.malformedLine(source: path, line: 1, reason: "no string field \"text\"")) {
            try read([path], format: .jsonl)[0].get()
        }
    }

    @Test func aJSONLFieldThatCollidesWithTheOutputSchemaIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("c.jsonl", "{\"text\": \"one\", \"tokens\": []}\n")
        #expect(
            throws: InputError.malformedLine(
                source: path, line: 1, reason: "field \"tokens\" is reserved for Sanad's output; rename it")
        ) { try read([path], format: .jsonl)[0].get() }
    }
}

@Suite struct JSONLFieldTypeTests {
    @Test func passThroughFieldsKeepTheirJSONTypes() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("c.jsonl", #"{"text": "x", "flag": true, "n": 1, "x": 1.5, "none": null, "list": [0, false]}"# + "\n")
        let document = try #require(try DocumentReader(paths: [path], format: .jsonl).map { try $0.get() }.first).document
        #expect(document.metadata == ["flag": true, "n": 1, "x": 1.5, "none": nil, "list": [0, false]])
    }
}

@Suite struct JSONBytesParserTests {
    private func parse(_ text: String) -> JSONValue? {
        Array(text.utf8).withUnsafeBufferPointer(JSONBytesParser.parse)
    }

    @Test func escapesAndSurrogatePairsAreDecoded() {
        #expect(parse(#"{"a": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00y"}"#) == ["a": "x\"\\/\u{8}\u{C}\n\r\té😀y"])
    }

    @Test func numbersLiteralsAndNestingKeepTheirTypes() {
        #expect(parse(#" [-0.5e2, 0, 12, true, false, null, {"k": []}] "#) == [-50, 0, 12, true, false, nil, ["k": []]])
    }

    @Test func whatJSONForbidsIsRefused() {
        for text in [
            #"{"a": 1,}"#, #"{"a" 1}"#, "{\"a\": \"\u{1}\"}", #"{"a": "\ud800"}"#, #"{"a": "\udc00"}"#, "[01]", "[1.]",
            "[.5]", "[+1]", "[1e999]", "[tru]", #"{"a": "x"} x"#, #"{"a": "\x"}"#, #"{"a": "open"#, "",
        ] {
            #expect(parse(text) == JSONValue?.none, "\(text)")
        }
    }

    @Test func aRepeatedKeyKeepsItsLastValue() {
        #expect(parse(#"{"a": 1, "a": 2}"#) == ["a": 2])
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let depth = JSONBytesParser.maximumDepth + 2
        #expect(parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) == JSONValue?.none)
        #expect(parse(String(repeating: "[", count: 10) + String(repeating: "]", count: 10)) != JSONValue?.none)
    }

    @Test func invalidUTF8InsideAStringIsRefused() {
        let bytes = Array(#"{"a": ""#.utf8) + [0xC3] + Array(#""}"#.utf8)
        #expect(bytes.withUnsafeBufferPointer(JSONBytesParser.parse) == JSONValue?.none)
    }
}

@Suite struct JSONLRepairTests {
    @Test func invalidUTF8InAJSONLTextIsReplacedAtItsFileOffset() throws {
        let directory = try TemporaryDirectory()
        let first = Array("{\"text\": \"a\"}\n".utf8)
        let path = try directory.write("c.jsonl", bytes: first + Array("{\"text\": \"b".utf8) + [0xFF] + Array("c\"}\n".utf8))
        let results = Array(DocumentReader(paths: [path], format: .jsonl, invalidUTF8: .replace))
        let repaired = try results[1].get()
        #expect(repaired.document.text == "b\u{FFFD}c")
        #expect(repaired.repairedUTF8At == first.count + 11)
        #expect(throws: InputError.invalidUTF8(source: path, byteOffset: first.count + 11)) {
            try Array(DocumentReader(paths: [path], format: .jsonl))[1].get()
        }
    }
}
