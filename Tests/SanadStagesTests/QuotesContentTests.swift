import SanadCore
import Testing
@testable import SanadStages

/// Each form of content: where it starts, where it ends, and its kind.
@Suite struct QuotesContentTests {
    @Test func clauseWithAnnaIncludesTheComplementizer() throws {
        let quotes = try QuotesFixture.quotes("أكد الرئيس أن الحوار مستمر.")
        #expect(quotes.map(\.text) == ["أن الحوار مستمر"])
        #expect(quotes.first?.kind == .indirect)
    }

    @Test func clauseWithInnaIncludesTheComplementizer() throws {
        #expect(try QuotesFixture.quotes("قال الرئيس إنه سيزور المنطقة.").map(\.text) == ["إنه سيزور المنطقة"])
    }

    @Test func clauseAfterIlaLeavesThePrepositionOut() throws {
        #expect(
            try QuotesFixture.quotes("أشار التقرير إلى أن البطالة تراجعت.").map(\.text) == ["أن البطالة تراجعت"])
    }

    @Test func clauseAfterAlaLeavesThePrepositionOut() throws {
        #expect(try QuotesFixture.quotes("شدد الوزير على أن الأمن أولوية.").map(\.text) == ["أن الأمن أولوية"])
    }

    @Test func clauseWithBiAnnaIncludesIt() throws {
        #expect(try QuotesFixture.quotes("صرح المبعوث بأن الحوار مستمر.").map(\.text) == ["بأن الحوار مستمر"])
    }

    @Test func nounAfterMinIsTheContentOfAWarning() throws {
        let quotes = try QuotesFixture.quotes("وحذرت المنظمة من تفاقم الأزمة الإنسانية.")
        #expect(quotes.map(\.text) == ["تفاقم الأزمة الإنسانية"])
        #expect(quotes.first?.speaker?.text == "المنظمة")
    }

    @Test func clauseAfterMinIsTheContentOfAWarning() throws {
        #expect(try QuotesFixture.quotes("حذر الخبراء من أن الجفاف سيطول.").map(\.text) == ["أن الجفاف سيطول"])
    }

    @Test func speechAfterAColonIsDirect() throws {
        let quotes = try QuotesFixture.quotes("قال الوزير كلاما كثيرا. وأضاف: لا بديل عن الحل السياسي.")
        #expect(quotes.map(\.text) == ["لا بديل عن الحل السياسي"])
        #expect(quotes.first?.kind == .direct)
    }

    @Test func quotationAfterAColonLeavesTheMarksOut() throws {
        let quotes = try QuotesFixture.quotes("وقال الرئيس: «نحن مستعدون للحوار».")
        #expect(quotes.map(\.text) == ["نحن مستعدون للحوار"])
        #expect(quotes.first?.kind == .direct)
    }

    @Test(arguments: [("«", "»"), ("“", "”"), ("\"", "\""), ("”", "”")])
    func everyQuotationMarkStyleOpensDirectSpeech(marks: (String, String)) throws {
        let quotes = try QuotesFixture.quotes("وقال الوزير \(marks.0)الحل قريب جدا\(marks.1).")
        #expect(quotes.map(\.text) == ["الحل قريب جدا"])
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.speaker?.text == "الوزير")
    }

    @Test func quotationInsideAClauseMakesItMixed() throws {
        let quotes = try QuotesFixture.quotes("وقال الوزير إن الأردن «يرفض أي إجراءات أحادية».")
        #expect(quotes.map(\.text) == ["إن الأردن «يرفض أي إجراءات أحادية»"])
        #expect(quotes.first?.kind == .mixed)
    }

    @Test func clauseEndsAtTheEndOfItsSentence() throws {
        let quotes = try QuotesFixture.quotes("قال الوزير إن الحدود مفتوحة. وتستمر الحركة التجارية بين البلدين.")
        #expect(quotes.map(\.text) == ["إن الحدود مفتوحة"])
    }

    @Test func aNameInQuotationMarksIsNotSpeech() throws {
        let quotes = try QuotesFixture.quotes(
            "وقال مدير «المرصد السوري لحقوق الإنسان» رامي عبد الرحمن إن القتال مستمر.")
        #expect(quotes.map(\.text) == ["إن القتال مستمر"])
        #expect(quotes.first?.speaker?.text == "مدير «المرصد السوري لحقوق الإنسان» رامي عبد الرحمن")
    }

    @Test func aQuotationAfterAPrepositionIsAName() throws {
        let quotes = try QuotesFixture.quotes("وقالت مصادر محلية لـ«الشرق الأوسط» إن الهدنة صامدة.")
        #expect(quotes.map(\.text) == ["إن الهدنة صامدة"])
        #expect(quotes.first?.speaker?.text == "مصادر محلية")
    }

    @Test func aQuotationRightAfterAnotherGoesOnWithTheSameSpeaker() throws {
        let quotes = try QuotesFixture.quotes("وقال الوزير: «نحن مستعدون للحوار».. «لن نتراجع عن مواقفنا».")
        #expect(quotes.map(\.text) == ["نحن مستعدون للحوار", "لن نتراجع عن مواقفنا"])
        #expect(quotes.allSatisfy { $0.speaker?.text == "الوزير" })
    }

    @Test func aQuotationBeforeItsCueIsItsContent() throws {
        let quotes = try QuotesFixture.quotes("«الحل السياسي قريب»، قال الوزير.")
        #expect(quotes.map(\.text) == ["الحل السياسي قريب"])
        #expect(quotes.first?.speaker?.text == "الوزير")
    }

    @Test func aClauseInsideAnAsideEndsWithTheAside() throws {
        let quotes = try QuotesFixture.quotes(
            "ويسلط القتال -الذي قال المرصد إنه أسفر عن مقتل عشرة أشخاص- الضوء على الأزمة.")
        #expect(quotes.map(\.text) == ["إنه أسفر عن مقتل عشرة أشخاص"])
    }

    @Test func aCueInsideContentIsPartOfIt() throws {
        let quotes = try QuotesFixture.quotes("قال الوزير إن الاتحاد حذر مرارا من العواقب الوخيمة.")
        #expect(quotes.map(\.text) == ["إن الاتحاد حذر مرارا من العواقب الوخيمة"])
    }

    @Test func aParticipleAfterACommaMakesTwoQuotesOfOneSentence() throws {
        let quotes = try QuotesFixture.quotes(
            "قال الوزير إن المحادثات كانت بناءة، لافتاً إلى أن الجولة المقبلة ستعقد في القاهرة.")
        #expect(quotes.map(\.text) == ["إن المحادثات كانت بناءة", "أن الجولة المقبلة ستعقد في القاهرة"])
        #expect(quotes.map { $0.speaker?.text } == ["الوزير", "الوزير"])
        #expect(quotes.map { $0.cue?.text } == ["قال", "لافتاً"])
    }

    @Test func aBareImperfectAfterACommaGoesOnWithTheClause() throws {
        let quotes = try QuotesFixture.quotes("ورأى المحلل أن سلوك الجماعة، يشير إلى أن قادتها قلقون.")
        #expect(quotes.map(\.text) == ["أن سلوك الجماعة، يشير إلى أن قادتها قلقون"])
    }

    @Test func aLinkWithANewSpeakerEndsTheClause() throws {
        let quotes = try QuotesFixture.quotes("وصف الرئيس الهجوم بأنه إرهابي فيما أكد وزير الدفاع أن الجناة سيعاقبون.")
        #expect(quotes.map(\.text) == ["بأنه إرهابي", "أن الجناة سيعاقبون"])
        #expect(quotes.map { $0.speaker?.text } == ["الرئيس الهجوم", "وزير الدفاع"])
    }

    @Test func anAttributionTailEndsTheClause() throws {
        let quotes = try QuotesFixture.quotes("وقال الشاهد إن سيارتين انفجرتا، بحسب تعبيره.")
        #expect(quotes.map(\.text) == ["إن سيارتين انفجرتا"])
    }

    @Test func headlineWithANameAndAColonIsADirectQuote() throws {
        let quotes = try QuotesFixture.quotes(
            "ميقاتي: لا حل إلا بالحوار\n\nبيروت - قال رئيس الوزراء إن الاتصالات مستمرة.",
            names: [.init("ميقاتي", .person, "e1")])
        let headline = try #require(quotes.first)
        #expect(headline.text == "لا حل إلا بالحوار")
        #expect(headline.kind == .direct)
        #expect(headline.cue == nil)
        #expect(headline.speaker?.entity == "e1")
    }

    @Test func datelineWithAColonIsNotAQuote() throws {
        let quotes = try QuotesFixture.quotes(
            "الرياض: أعلنت الوزارة افتتاح المعرض اليوم.", names: [.init("الرياض", .location, "e1")])
        #expect(quotes.isEmpty)
    }

    @Test func kanaClauseWithAReportingVerbEndsTheClauseBeforeIt() throws {
        let quotes = try QuotesFixture.quotes(
            "دعا الخطيب إلى أن الحل يتطلب التقشف، فإن خطيب النجف حذر من استغلال المظاهرات.")
        #expect(quotes.map(\.text) == ["أن الحل يتطلب التقشف", "استغلال المظاهرات"])
        #expect(quotes.map { $0.speaker?.text } == ["الخطيب", "خطيب النجف"])
    }

    @Test func quotationInsideAClauseIsKeptWholeAcrossSentenceEnds() throws {
        let quotes = try QuotesFixture.quotes(
            "وقالت الحركة في بيان: إن \"المجلس اجتمع مع العلماء... وبعد مشاورات طويلة عين الملا منصور\".")
        #expect(quotes.map(\.text) == ["إن \"المجلس اجتمع مع العلماء... وبعد مشاورات طويلة عين الملا منصور\""])
    }

    @Test func thoughAfterACommaReturnsToTheNarrator() throws {
        let quotes = try QuotesFixture.quotes(
            "وكانت الحركة حذرت داعش من التوسع في منطقتها، إلا أن ذلك لم يمنع انشقاق بعض مقاتليها.")
        #expect(quotes.map(\.text) == ["التوسع في منطقتها"])
    }
}
