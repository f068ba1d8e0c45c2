import Logging
import SanadCore
import SanadStages
import Testing

/// The stage on a normalized view: it matches on the view and stores original offsets.
@Suite("segment: normalized view")
struct SegmentViewTests {
    /// A view like the `normalize` stage's: Arabic diacritics and tatweel dropped (their code points join the
    /// preceding letter's range), whitespace runs collapsed to one space, or one line break when they hold one.
    static func normalized(_ text: String) -> NormalizedText {
        let original = Array(text.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        for (offset, scalar) in original.enumerated() {
            let isMark = (0x064B...0x0652).contains(scalar.value) || scalar.value == 0x0640
            let isSpace = scalar.properties.isWhitespace
            if (isMark || (isSpace && scalars.last?.properties.isWhitespace == true)) && !scalars.isEmpty {
                ends[ends.count - 1] = Int32(offset + 1)
                if scalar == "\n" { scalars[scalars.count - 1] = "\n" }
                continue
            }
            scalars.append(isSpace && scalar != "\n" ? " " : scalar)
            starts.append(Int32(offset))
            ends.append(Int32(offset + 1))
        }
        return NormalizedText(scalars: scalars, originStart: starts, originEnd: ends, originalLength: original.count)
    }

    static func run(_ text: String) throws -> Document {
        var document = Document(id: "view", text: text)
        document.normalized = normalized(text)
        var context = StageContext(logger: Logger(label: "segment-test"))
        try SegmentStage(options: SegmentOptions()).process(&document, context: &context)
        return document
    }

    @Test func storesOriginalOffsetsOfTokensAndSentences() throws {
        let document = try Self.run("قَالَ  الوزيـــرُ.\r\n\r\nوأضاف")
        #expect(document.tokens.map { document.text(of: $0.span) } == ["قَالَ", "الوزيـــرُ", ".", "وأضاف"])
        #expect(document.sentences.map { document.text(of: $0.span) } == ["قَالَ  الوزيـــرُ.", "وأضاف"])
    }

    @Test func mapsThePrefixOverRemovedDiacritics() throws {
        let document = try Self.run("وَالْقَاهِرَةُ")
        #expect(document.text(of: Span(start: document.tokens[0].start, end: document.tokens[0].stem.start)) == "وَالْ")
        #expect(document.text(of: document.tokens[0].stem) == "قَاهِرَةُ")
    }
}
