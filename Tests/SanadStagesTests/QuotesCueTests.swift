import SanadCore
import Testing
@testable import SanadStages

/// Each family of reporting cue starts a quote, with the cue's text (without `و`) and lemma.
@Suite struct QuotesCueTests {
    @Test func perfectVerbIsACue() throws {
        let quotes = try QuotesFixture.quotes("قال الوزير إن المحادثات كانت مثمرة.")
        #expect(quotes.map(\.text) == ["إن المحادثات كانت مثمرة"])
        #expect(quotes.first?.cue?.text == "قال")
        #expect(quotes.first?.cue?.lemma == "قال")
    }

    @Test func imperfectVerbIsACue() throws {
        let quotes = try QuotesFixture.quotes("يقول الخبير إن الأسعار سترتفع.")
        #expect(quotes.first?.cue?.lemma == "قال")
        #expect(quotes.first?.speaker?.text == "الخبير")
    }

    @Test func feminineVerbIsACue() throws {
        let quotes = try QuotesFixture.quotes("وأكدت الوزيرة أن الخطة جاهزة.")
        #expect(quotes.first?.cue?.text == "أكدت")
        #expect(quotes.first?.cue?.lemma == "أكد")
        #expect(quotes.first?.speaker?.text == "الوزيرة")
    }

    @Test func participleIsACueForTheSameSpeaker() throws {
        let quotes = try QuotesFixture.quotes("أكد المدير أن العمل مستمر، مشيراً إلى أن النتائج جيدة.")
        let participle = QuotesFixture.quote("أن النتائج جيدة", in: quotes)
        #expect(participle?.cue?.text == "مشيراً")
        #expect(participle?.cue?.lemma == "أشار")
        #expect(participle?.speaker?.text == "المدير")
    }

    @Test func verbWithConjunctionIsACueWithoutIt() throws {
        let quotes = try QuotesFixture.quotes("وأوضح المتحدث أن الاجتماع انتهى.")
        #expect(quotes.first?.cue?.text == "أوضح")
        #expect(quotes.first?.speaker?.text == "المتحدث")
    }

    @Test func verbWithoutConjunctionIsACue() throws {
        let quotes = try QuotesFixture.quotes("أوضح المتحدث أن الاجتماع انتهى.")
        #expect(quotes.first?.cue?.text == "أوضح")
    }

    @Test func verbWithFaIsACue() throws {
        let quotes = try QuotesFixture.quotes("فأكد الوزير أن الاتفاق صامد.")
        #expect(quotes.first?.cue?.text == "أكد")
    }

    @Test func verbalNounWithPronounContinuesTheSubject() throws {
        let quotes = try QuotesFixture.quotes(
            "ووصف أحد السكان حالة الرعب بقوله: «كنت في منزلي عندما سمعت الانفجار».")
        #expect(quotes.first?.text == "كنت في منزلي عندما سمعت الانفجار")
        #expect(quotes.first?.speaker?.text == "أحد السكان حالة الرعب")
    }

    @Test func passiveImperfectHasNoSpeakerAndIsNoCue() throws {
        #expect(try QuotesFixture.quotes("يُذكر أن الاجتماع انتهى مساء أمس.").isEmpty)
    }

    @Test func participleWithConjunctionIsANounNotACue() throws {
        let quotes = try QuotesFixture.quotes(
            "واشارت الصحيفة الى ان الاتفاق تم، ومطالبة المجتمع الدولي بالضغط على الأطراف أمر متوقع.")
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasSuffix("أمر متوقع") == true)
    }

    @Test func verbAfterANounIsNotACue() throws {
        let quotes = try QuotesFixture.quotes("نفذ الهجوم طالب جامعي قبل أن يفر، بحسب ما قيل.")
        #expect(quotes.allSatisfy { $0.cue?.lemma != "طالب" })
    }

    @Test func verbAfterASubordinatorIsACue() throws {
        let quotes = try QuotesFixture.quotes("تراجعت الأسعار بعدما أشار الأمين العام للمنظمة إلى أن الإنتاج لن ينخفض.")
        #expect(quotes.map(\.text) == ["أن الإنتاج لن ينخفض"])
        #expect(quotes.first?.speaker?.text == "الأمين العام للمنظمة")
    }

    @Test func verbAfterAFrontedWordOfTimeIsACue() throws {
        let quotes = try QuotesFixture.quotes("وفي وقت سابق، هذا الشهر قالت الشركة إنها ستورد النفط.")
        #expect(quotes.map(\.text) == ["إنها ستورد النفط"])
        #expect(quotes.first?.speaker?.text == "الشركة")
    }

    @Test func verbWrittenLikeAPrepositionIsACueOnlyBeforeItsComplementizer() throws {
        #expect(try QuotesFixture.quotes("وبين الوزير أن الحل قريب.").isEmpty)
        #expect(try QuotesFixture.quotes("قال الوزير إن الحل قريب. وبين أنه سيزور المنطقة.").map(\.text)
            == ["إن الحل قريب", "أنه سيزور المنطقة"])
        #expect(try QuotesFixture.quotes("قالت المصادر إن القتال عنيف، وبين القتلى أطفال.").map(\.text)
            == ["إن القتال عنيف، وبين القتلى أطفال"])
    }
}
