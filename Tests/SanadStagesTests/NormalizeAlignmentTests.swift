import Foundation
import SanadCore
import SanadStages
import SanadTesting
import Testing

@Suite("normalize: alignment map on random text")
struct NormalizeAlignmentTests {
    static let cases = 300

    /// The texts every test here runs on: the same for every run.
    static func texts(seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<cases).map { _ in RandomText.make(maxPieces: 40, using: &generator) }
    }

    /// Code points that the default options delete (tashkeel and Quranic marks, tatweel, invisible controls).
    static func isDeletedByDefault(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0610...0x061A, 0x064B...0x0652, 0x0656...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
            0x06E7...0x06E8, 0x06EA...0x06ED, 0x0640, 0x00AD, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060,
            0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether the map is well-formed: one non-empty in-bounds span per code point, both bounds non-decreasing.
    static func isWellFormed(_ view: NormalizedText) -> Bool {
        let length = Int32(view.originalLength)
        for index in view.scalars.indices {
            let (start, end) = (view.originStart[index], view.originEnd[index])
            guard 0 <= start, start < end, end <= length else { return false }
            if index > 0, start < view.originStart[index - 1] || end < view.originEnd[index - 1] { return false }
        }
        return true
    }

    /// Original offsets inside the span of some normalized code point.
    static func covered(_ view: NormalizedText) -> IndexSet {
        var covered = IndexSet()
        for index in view.scalars.indices {
            covered.insert(integersIn: Int(view.originStart[index])..<Int(view.originEnd[index]))
        }
        return covered
    }

    @Test("with the default options the map is monotonic and every range maps to a well-formed span")
    func defaultMapIsWellFormed() {
        let normalizer = Normalizer()
        var generator = SeededGenerator(seed: 7)
        for text in Self.texts(seed: 1) {
            let view = normalizer.normalize(Array(text.unicodeScalars)).text
            #expect(Self.isWellFormed(view), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            let start = Int.random(in: 0...view.scalars.count, using: &generator)
            let end = Int.random(in: start...view.scalars.count, using: &generator)
            let span = view.originalSpan(start: start, end: end)
            #expect(0 <= span.start && span.end <= view.originalLength)
        }
    }

    @Test("with the default options every original code point is covered unless the options delete it")
    func defaultMapCoversWhatIsKept() {
        let normalizer = Normalizer()
        for text in Self.texts(seed: 2) {
            let scalars = Array(text.unicodeScalars)
            let covered = Self.covered(normalizer.normalize(scalars).text)
            for (offset, scalar) in scalars.enumerated() where !covered.contains(offset) {
                let folded = String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
                #expect(
                    folded.allSatisfy(Self.isDeletedByDefault),
                    "\(String(scalar.value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test("without removals every original code point is covered, in order")
    func mapWithoutRemovalsCoversEverything() {
        var options = NormalizeOptions()
        options.diacritics = .keep
        options.tatweel = .keep
        options.controls = .keep
        let normalizer = Normalizer(options: options)
        for text in Self.texts(seed: 3) {
            let view = normalizer.normalize(Array(text.unicodeScalars)).text
            #expect(Self.isWellFormed(view))
            #expect(Self.covered(view) == IndexSet(integersIn: 0..<view.originalLength), "\(text.debugDescription)")
        }
    }

    @Test("with every option off the view is the original and the map is the identity")
    func identityOptionsGiveIdentity() {
        let normalizer = Normalizer(options: .identity)
        for text in Self.texts(seed: 4) {
            let result = normalizer.normalize(Array(text.unicodeScalars))
            #expect(result.text == NormalizedText(identity: Array(text.unicodeScalars)))
            #expect(result.counts == NormalizationCounts())
        }
    }

    /// The full decomposition of `text` in canonical order: Foundation's mappings, with each run of marks sorted by
    /// combining class here (Foundation and `String ==` both misorder the marks that U+0F73-like code points
    /// decompose to, so neither can judge canonical equivalence on this input).
    static func decomposition(_ text: String, compatibility: Bool) -> [Unicode.Scalar] {
        let decomposed = compatibility
            ? text.decomposedStringWithCompatibilityMapping : text.decomposedStringWithCanonicalMapping
        var result: [Unicode.Scalar] = []
        var marks: [(offset: Int, scalar: Unicode.Scalar)] = []
        func flushMarks() {
            let combiningClass = { (scalar: Unicode.Scalar) in scalar.properties.canonicalCombiningClass.rawValue }
            result += marks.sorted { (combiningClass($0.scalar), $0.offset) < (combiningClass($1.scalar), $1.offset) }
                .map(\.scalar)
            marks.removeAll()
        }
        for scalar in decomposed.unicodeScalars {
            if scalar.properties.canonicalCombiningClass.rawValue == 0 {
                flushMarks()
                result.append(scalar)
            } else {
                marks.append((marks.count, scalar))
            }
        }
        flushMarks()
        return result
    }

    @Test("unicode nfc keeps the text canonically equivalent, and a second pass changes nothing")
    func nfcIsEquivalentAndIdempotent() {
        var options = NormalizeOptions.identity
        options.unicode = .nfc
        let normalizer = Normalizer(options: options)
        for text in Self.texts(seed: 5) {
            let view = normalizer.normalize(Array(text.unicodeScalars)).text
            let expected = Self.decomposition(text, compatibility: false)
            #expect(Self.decomposition(view.text, compatibility: false) == expected, "\(text.debugDescription)")
            #expect(normalizer.normalize(view.scalars).text.scalars == view.scalars, "\(text.debugDescription)")
        }
    }

    @Test("unicode nfkc keeps the compatibility decomposition, and a second pass changes nothing")
    func nfkcIsEquivalentAndIdempotent() {
        var options = NormalizeOptions.identity
        options.unicode = .nfkc
        let normalizer = Normalizer(options: options)
        for text in Self.texts(seed: 6) {
            let view = normalizer.normalize(Array(text.unicodeScalars)).text
            let expected = Self.decomposition(text, compatibility: true)
            #expect(Self.decomposition(view.text, compatibility: true) == expected, "\(text.debugDescription)")
            #expect(normalizer.normalize(view.scalars).text.scalars == view.scalars, "\(text.debugDescription)")
        }
    }
}
