import Keywords
import Testing

/// Which phrases are candidates, and how occurrences are read.
@Suite struct PhraseTests {
    let gaza = """
        تصعيد جديد في قطاع غزة. وقال مسؤولون إن الغارات على قطاع غزة استمرت. وطالبت الأمم المتحدة بوقف القتال في \
        قطاع غزة فورا.
        """

    @Test func aRecurringPhraseIsReportedAndItsWordsAloneAreNot() throws {
        let texts = try KeywordsRun.texts(gaza)
        #expect(texts.first == "قطاع غزة")
        #expect(!texts.contains("غزة") && !texts.contains("قطاع"))
    }

    @Test func cliticsDoNotSplitATermAndOccurrencesKeepTheArticle() throws {
        let phrases = try KeywordsRun.phrases(
            "أعلنت الحكومة خطة. ورحبت المعارضة بخطة الحكومة. وانتقد النواب والحكومة ترد.")
        let government = try #require(phrases.first { $0.text == "الحكومة" })
        #expect(government.occurrences == ["الحكومة", "الحكومة", "الحكومة"])
    }

    @Test func aPhraseNeverStartsOrEndsWithAStopword() throws {
        let texts = try KeywordsRun.texts("قال الرئيس إن الاتفاق تاريخي. وقال الرئيس إن الاتفاق ملزم.")
        #expect(texts.contains("الرئيس"))
        #expect(texts.allSatisfy { !$0.hasPrefix("قال") && !$0.hasSuffix(" إن") })
    }

    @Test func punctuationBreaksAPhrase() throws {
        let texts = try KeywordsRun.texts("السلام، الحرب. السلام، الحرب.")
        #expect(!texts.contains("السلام الحرب"))
    }

    @Test func textTheSegmenterLeftOutBreaksAPhrase() throws {
        let texts = try KeywordsRun.texts("آل سعود ـ حفظه الله ـ اتصالا. آل سعود ـ حفظه الله ـ اتصالا.")
        #expect(texts.contains("آل سعود"))
        #expect(!texts.contains { $0.contains("سعود ـ") || $0.contains("سعود حفظه") })
    }

    @Test func anEnglishJoinerMaySitInsideAPhrase() throws {
        let texts = try KeywordsRun.texts(
            "The Bank of England raised rates. Markets expected the Bank of England to wait.")
        #expect(texts.first == "Bank of England")
    }

    @Test func aNameLinkNeverEndsAPhrase() throws {
        let texts = try KeywordsRun.texts("استقبل الملك سلمان بن عبدالعزيز الوفد. وأكد الملك سلمان بن عبدالعزيز دعمه.")
        #expect(!texts.isEmpty)
        #expect(texts.allSatisfy { !$0.hasSuffix(" بن") })
        #expect(texts.contains("سلمان بن عبدالعزيز"))
    }

    @Test func wordsOfTheHeadlineOutrankWordsOfLaterSentences() throws {
        var options = KeywordsOptions()
        options.top = 30
        let texts = try KeywordsRun.texts(
            "الزلزال يضرب المدينة\nتحدث السكان عن الخسائر. وصلت فرق الإنقاذ صباحا. وتضررت المباني القديمة. وبدأ "
                + "توزيع المساعدات مساء. وأغلقت المدارس أبوابها. وعادت الكهرباء ليلا.", options)
        let earthquake = try #require(texts.firstIndex(of: "الزلزال"))
        let electricity = try #require(texts.firstIndex(of: "الكهرباء"))
        #expect(earthquake < electricity)
    }
}
