import SanadCore
import SanadStages
import Testing

@Suite("normalize: Arabic rules")
struct NormalizeArabicTests {
    @Test("diacritics: remove drops tashkeel, superscript alef and Quranic marks")
    func removesDiacritics() {
        #expect(normalizedView("مُحَمَّدٌ هٰذا \u{0610}ق\u{06D6}", { $0.diacritics = .remove }) == "محمد هذا ق")
    }

    @Test("diacritics: keep leaves tashkeel")
    func keepsDiacritics() {
        #expect(normalizedView("مُحَمَّدٌ", { $0.diacritics = .keep }) == "مُحَمَّدٌ")
    }

    @Test("diacritics: remove keeps hamza above, which is spelling")
    func keepsHamzaAbove() {
        #expect(normalizedView("\u{0628}\u{0654}", { $0.diacritics = .remove }) == "\u{0628}\u{0654}")
    }

    @Test("a removed diacritic joins the span of the letter before it")
    func removedDiacriticJoinsPrecedingSpan() {
        let result = normalization("دٌ ب", { $0.diacritics = .remove })
        #expect(spans(result.text) == [Span(start: 0, end: 2), Span(start: 2, end: 3), Span(start: 3, end: 4)])
        #expect(result.counts.diacriticsRemoved == 1)
    }

    @Test("tatweel: remove drops the kashida and joins it to the preceding span")
    func removesTatweel() {
        let result = normalization("كـتاب", { $0.tatweel = .remove })
        #expect(ScalarText(result.text.text) == "كتاب")
        #expect(result.text.originalSpan(start: 0, end: 1) == Span(start: 0, end: 2))
        #expect(result.counts.tatweelRemoved == 1)
    }

    @Test("tatweel: keep leaves the kashida")
    func keepsTatweel() {
        #expect(normalizedView("كـتاب", { $0.tatweel = .keep }) == "كـتاب")
    }

    @Test("alef: on folds أ إ آ ٱ to ا")
    func foldsAlefVariants() {
        let result = normalization("أحمد إلى آخر ٱلكتاب", { $0.alef = true })
        #expect(ScalarText(result.text.text) == "احمد الى اخر الكتاب")
        #expect(result.counts.alefNormalized == 4)
    }

    @Test("alef: off keeps the variants")
    func keepsAlefVariants() {
        #expect(normalizedView("أحمد إلى آخر ٱلكتاب", { $0.alef = false }) == "أحمد إلى آخر ٱلكتاب")
    }

    @Test("alef_maqsura: on folds ى to ي")
    func foldsAlefMaqsura() {
        #expect(normalizedView("على مستشفى", { $0.alefMaqsura = true }) == "علي مستشفي")
    }

    @Test("alef_maqsura: off by default, so على stays apart from the name علي")
    func keepsAlefMaqsuraByDefault() {
        #expect(NormalizeOptions().alefMaqsura == false)
        #expect(ScalarText(Normalizer().normalize("على علي")) == "على علي")
    }

    @Test("teh_marbuta: on folds ة to ه")
    func foldsTehMarbuta() {
        #expect(normalizedView("مدرسة", { $0.tehMarbuta = true }) == "مدرسه")
    }

    @Test("teh_marbuta: off by default")
    func keepsTehMarbutaByDefault() {
        #expect(NormalizeOptions().tehMarbuta == false)
        #expect(ScalarText(Normalizer().normalize("مدرسة")) == "مدرسة")
    }

    @Test("digits: on turns Arabic-Indic and Persian digits into ASCII")
    func foldsDigits() {
        let result = normalization("٢٠١٥ ۱۲۳", { $0.digits = true })
        #expect(ScalarText(result.text.text) == "2015 123")
        #expect(result.counts.digits == 7)
    }

    @Test("digits: off keeps them")
    func keepsDigits() {
        #expect(normalizedView("٢٠١٥ ۱۲۳", { $0.digits = false }) == "٢٠١٥ ۱۲۳")
    }
}
