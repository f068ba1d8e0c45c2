import Testing

@testable import SanadCore

@Suite struct ScalarEncodingTests {
    @Test func aStringBuiltFromScalarsIsTheTextTheyCameFromWhateverTheirLength() {
        let pieces = ["", "a", "د", "€", "😀", "abcdefgh", "قال الوزير", "a😀€د\n\u{0}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}"]
        for text in MixedLengthTexts.combining(pieces) {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars[...]) == text, "\(text)")
            #expect(Array(String(scalars: scalars[...]).utf8) == Array(text.utf8), "\(text)")
        }
    }

    @Test func codePointsWrittenAsJSONAreTheirUTF8WhateverTheirLength() {
        let pieces = ["", "a", "د", "€", "😀", "abcdefgh", "قال الوزير", "a😀€د\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}"]
        for text in MixedLengthTexts.combining(pieces) {
            var written = JSONBuffer()
            written.string(scalars: Array(text.unicodeScalars))
            #expect(written.bytes == [UInt8(ascii: "\"")] + Array(text.utf8) + [UInt8(ascii: "\"")], "\(text)")
        }
    }

    @Test func aDocumentsTextOfASpanIsThoseCodePoints() {
        let document = Document(id: "x", text: "قال 😀 الوزير")
        #expect(document.text(of: Span(start: 4, end: 5)) == "😀")
        #expect(document.text(of: Span(start: 6, end: 12)) == "الوزير")
        #expect(document.text(of: Span(start: 3, end: 3)) == "")
    }
}
