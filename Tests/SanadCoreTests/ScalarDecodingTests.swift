import Testing

@testable import SanadCore

@Suite struct ScalarDecodingTests {
    @Test func aDocumentsScalarsAreItsCodePointsWhateverTheirLength() {
        let pieces = ["", "a", "د", "€", "😀", "abcdefgh", "قال الوزير", "a😀€د\n\u{0}"]
        for first in pieces {
            for second in pieces {
                let text = first + second + first
                #expect(Document(id: "x", text: text).scalars == Array(text.unicodeScalars), "\(text)")
            }
        }
    }
}
