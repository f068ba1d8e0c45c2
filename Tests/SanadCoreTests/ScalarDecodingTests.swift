import Testing

@testable import SanadCore

@Suite struct ScalarDecodingTests {
    @Test func aDocumentsScalarsAreItsCodePointsWhateverTheirLength() {
        let pieces = ["", "a", "د", "€", "😀", "abcdefgh", "قال الوزير", "a😀€د\n\u{0}"]
        for text in MixedLengthTexts.combining(pieces) {
            #expect(Document(id: "x", text: text).scalars == Array(text.unicodeScalars), "\(text)")
        }
    }
}
