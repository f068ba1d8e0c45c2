import Testing

@testable import SanadStages

/// The UTF-8 offsets that quote texts are copied by match the text's encoding at every code point.
struct QuotesUTF8OffsetsTests {
    @Test func everyCodePointsOffsetIsTheUTF8LengthBeforeIt() {
        // One-, two-, three- and four-byte code points, over several blocks of kept offsets.
        let text = String(repeating: "قال a «€» 😀 ", count: 40)
        let scalars = Array(text.unicodeScalars)
        let offsets = UTF8Offsets(scalars)
        var expected = 0
        for (position, scalar) in scalars.enumerated() {
            #expect(offsets.offset(of: position, in: scalars) == expected)
            expected += UTF8.width(scalar)
        }
        #expect(offsets.offset(of: scalars.count, in: scalars) == text.utf8.count)
    }

    @Test func theEndOfATextOfWholeBlocksHasItsOffset() {
        let scalars = Array(String(repeating: "ب", count: UTF8Offsets.stride * 2).unicodeScalars)
        #expect(UTF8Offsets(scalars).offset(of: scalars.count, in: scalars) == UTF8Offsets.stride * 4)
        #expect(UTF8Offsets([]).offset(of: 0, in: []) == 0)
    }
}
