import SanadCore
import SanadStages
import Testing

@Suite("normalize: unicode")
struct NormalizeUnicodeTests {
    @Test("nfkc folds Arabic presentation forms to base letters")
    func nfkcFoldsPresentationForms() {
        #expect(normalizedView("\u{FEFB}\u{FE8D}\u{FEDF}", { $0.unicode = .nfkc }) == "لاال")
    }

    @Test("nfc keeps presentation forms")
    func nfcKeepsPresentationForms() {
        #expect(normalizedView("\u{FEFB}", { $0.unicode = .nfc }) == "\u{FEFB}")
    }

    @Test("nfc composes alef with a combining madda")
    func nfcComposesMadda() {
        #expect(normalizedView("\u{0627}\u{0653}", { $0.unicode = .nfc }) == "\u{0622}")
    }

    @Test("none leaves decomposed text decomposed")
    func noneKeepsDecomposed() {
        #expect(normalizedView("\u{0627}\u{0653}", { $0.unicode = .none }) == "\u{0627}\u{0653}")
    }

    @Test("nfc puts marks in canonical order")
    func nfcReordersMarks() {
        // shadda (class 33) typed before fatha (class 30)
        #expect(normalizedView("\u{0628}\u{0651}\u{064E}", { $0.unicode = .nfc }) == "\u{0628}\u{064E}\u{0651}")
    }

    @Test("nfc composes a Hangul LV syllable with a final jamo")
    func nfcComposesHangulFinal() {
        #expect(normalizedView("\u{AC00}\u{11A8}", { $0.unicode = .nfc }) == "\u{AC01}")
    }

    @Test("every code point of a recomposed group maps to the group's original span")
    func groupOutputMapsToGroupSpan() {
        let result = normalization("x\u{FEFB}y", { $0.unicode = .nfkc })
        #expect(ScalarText(result.text.text) == "xلاy")
        let expected = [Span(start: 0, end: 1), Span(start: 1, end: 2), Span(start: 1, end: 2), Span(start: 2, end: 3)]
        #expect(spans(result.text) == expected)
    }

    @Test("a changed code point beyond plane 1 maps to itself alone, not to its neighbours")
    func changedSupplementaryIdeographMapsToItself() {
        // U+2F800 is a CJK compatibility ideograph, canonically U+4E3D.
        let result = normalization("a\u{2F800}\u{20000}b", { $0.unicode = .nfc })
        #expect(ScalarText(result.text.text) == "a\u{4E3D}\u{20000}b")
        #expect(spans(result.text) == (0..<4).map { Span(start: $0, end: $0 + 1) })
    }

    @Test("unchanged code points keep their own one-code-point spans")
    func unchangedTextMapsOneToOne() {
        let result = normalization("ab\u{0628}\u{064E}", { $0.unicode = .nfkc })
        #expect(spans(result.text) == (0..<4).map { Span(start: $0, end: $0 + 1) })
    }

    @Test("unicode_changed counts the original code points the form rewrote")
    func countsUnicodeChanges() {
        let result = normalization("a\u{FEFB}\u{0627}\u{0653}b", { $0.unicode = .nfkc })
        #expect(result.counts.unicodeChanged == 3)
        #expect(result.counts.changedChars == 3)
    }

    @Test("the Unicode form runs before the other rules, which see its output")
    func unicodeFormRunsFirst() {
        // U+FE71 is tatweel with fathatan, which NFKC splits into the two code points that the defaults remove.
        #expect(ScalarText(Normalizer().normalize("ب\u{FE71}ت")) == "بت")
    }

    /// Inputs with their NFC and NFKC forms as computed by Python's `unicodedata` (Unicode 14): composition across
    /// planes, Hangul, reordering of marks that come out of a decomposition, and Foundation's known faults.
    static let vectors: [(input: String, nfc: String, nfkc: String)] = [
        ("\u{10041}\u{301}", "\u{10041}\u{301}", "\u{10041}\u{301}"),
        ("\u{103BF}\u{301}", "\u{103BF}\u{301}", "\u{103BF}\u{301}"),
        ("\u{11099}\u{110BA}", "\u{1109A}", "\u{1109A}"),
        ("\u{FF76}\u{FF9E}", "\u{FF76}\u{FF9E}", "\u{30AC}"),
        ("\u{61}\u{367}\u{F75}", "\u{61}\u{F71}\u{F74}\u{367}", "\u{61}\u{F71}\u{F74}\u{367}"),
        ("\u{1100}\u{314F}", "\u{1100}\u{314F}", "\u{AC00}"),
        ("\u{3154}\u{347}\u{31C}\u{1100}\u{1172}", "\u{3154}\u{347}\u{31C}\u{ADDC}", "\u{1166}\u{347}\u{31C}\u{ADDC}"),
        ("\u{627}\u{654}\u{64E}", "\u{623}\u{64E}", "\u{623}\u{64E}"),
        ("\u{61}\u{346}\u{301}", "\u{61}\u{346}\u{301}", "\u{61}\u{346}\u{301}"),
        ("\u{61}\u{316}\u{301}", "\u{E1}\u{316}", "\u{E1}\u{316}"),
        (
            "\u{6D5}\u{654}\u{3180}\u{33B}\u{11BE}\u{FF76}", "\u{6C0}\u{3180}\u{33B}\u{11BE}\u{FF76}",
            "\u{6C0}\u{1147}\u{33B}\u{11BE}\u{30AB}"),
        ("\u{1FEE}\u{31A}\u{321}", "\u{385}\u{321}\u{31A}", "\u{20}\u{321}\u{308}\u{301}\u{31A}"),
        ("\u{308}\u{323}\u{FB5C}\u{FB56}", "\u{323}\u{308}\u{FB5C}\u{FB56}", "\u{323}\u{308}\u{680}\u{67E}"),
        ("\u{F78}\u{1FC1}", "\u{FB3}\u{F80}\u{1FC1}", "\u{FB3}\u{F80}\u{20}\u{308}\u{342}"),
        ("\u{FE77}\u{1D15E}", "\u{FE77}\u{1D157}\u{1D165}", "\u{640}\u{64E}\u{1D157}\u{1D165}"),
        (
            "\u{11AC}\u{FE79}\u{11BA}\u{310}\u{322}", "\u{11AC}\u{FE79}\u{11BA}\u{322}\u{310}",
            "\u{11AC}\u{640}\u{64F}\u{11BA}\u{322}\u{310}"),
        (
            "\u{340}\u{302}\u{65E}\u{3183}\u{6D2}\u{64A}", "\u{300}\u{302}\u{65E}\u{3183}\u{6D2}\u{64A}",
            "\u{300}\u{302}\u{65E}\u{11F2}\u{6D2}\u{64A}"),
        ("\u{FDF2}", "\u{FDF2}", "\u{627}\u{644}\u{644}\u{647}"),
    ]

    @Test("nfc and nfkc agree with Python's unicodedata", arguments: vectors)
    func matchesReferenceVectors(_ vector: (input: String, nfc: String, nfkc: String)) {
        #expect(normalizedView(vector.input, { $0.unicode = .nfc }) == ScalarText(vector.nfc))
        #expect(normalizedView(vector.input, { $0.unicode = .nfkc }) == ScalarText(vector.nfkc))
    }
}
