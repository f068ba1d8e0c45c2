import SanadCore
import Testing
@testable import SanadStages

/// Each way a speaker is found and resolved to an entity.
@Suite struct QuotesSpeakerTests {
    @Test func subjectAfterTheCueIsTheSpeakerAndLinksToItsEntity() throws {
        let quotes = try QuotesFixture.quotes(
            "وقال وزير الخارجية سامح شكري إن المحادثات كانت بناءة.", names: [.init("سامح شكري", .person, "e1")])
        let speaker = try #require(quotes.first?.speaker)
        #expect(speaker.text == "وزير الخارجية سامح شكري")
        #expect(speaker.entity == "e1")
        #expect(speaker.canonical == "سامح شكري")
        #expect(speaker.resolution == .explicit)
    }

    @Test func subjectBetweenKanaAndQadIsTheSpeaker() throws {
        let quotes = try QuotesFixture.quotes(
            "وكان وزير الخارجية الأمريكي أنتوني بلينكن قد أكد أن الحل سياسي.",
            names: [.init("أنتوني بلينكن", .person, "e1")])
        #expect(quotes.map(\.text) == ["أن الحل سياسي"])
        #expect(quotes.first?.speaker?.text == "وزير الخارجية الأمريكي أنتوني بلينكن")
        #expect(quotes.first?.speaker?.entity == "e1")
    }

    @Test func subjectAfterLakinComesBeforeTheCue() throws {
        let quotes = try QuotesFixture.quotes("لكن صندوق النقد الدولي قال إنه لن يشارك في المفاوضات.")
        #expect(quotes.first?.speaker?.text == "صندوق النقد الدولي")
    }

    @Test func antecedentOfARelativePronounIsTheSpeaker() throws {
        let quotes = try QuotesFixture.quotes("وتلا المتحدث بيان المحكمة، التي قالت إن المتهمين مذنبون.")
        #expect(quotes.first?.speaker?.text == "المحكمة")
    }

    @Test func personNamedBeforeACommaIsTheSpeakerOfTheCueAfterIt() throws {
        let quotes = try QuotesFixture.quotes(
            "وتتطابق التصريحات مع أخرى أطلقها العميد أحمد عسيري، قال فيها إن التحالف يهدف إلى السلام.",
            names: [.init("أحمد عسيري", .person, "e1")])
        #expect(quotes.first?.speaker?.text == "أحمد عسيري")
    }

    @Test func sourceOpeningTheSentenceIsTheSpeakerOfTheCue() throws {
        let quotes = try QuotesFixture.quotes("وبحسب مصادر عسكرية، أكدت أن عدد المقاتلين ارتفع.")
        #expect(quotes.map(\.text) == ["أن عدد المقاتلين ارتفع"])
        #expect(quotes.first?.speaker?.text == "مصادر عسكرية")
    }

    @Test func relayingCueNamesTheSpeakerAfterAn() throws {
        let quotes = try QuotesFixture.quotes("ونقلت الصحيفة عن مسؤول كبير أن المفاوضات متعثرة.")
        #expect(quotes.first?.speaker?.text == "مسؤول كبير")
    }

    @Test func timeWordBetweenCueAndSubjectIsSkipped() throws {
        let quotes = try QuotesFixture.quotes("وحذرت أمس منظمات حقوقية من انتهاكات جديدة.")
        #expect(quotes.first?.speaker?.text == "منظمات حقوقية")
    }

    @Test func implicitSubjectCarriesThePreviousSpeaker() throws {
        let quotes = try QuotesFixture.quotes(
            "قال الوزير سامح شكري إن المحادثات مستمرة. وأضاف أن الجولة المقبلة ستعقد قريبا.",
            names: [.init("سامح شكري", .person, "e1")])
        let carried = try #require(QuotesFixture.quote("أن الجولة المقبلة ستعقد قريبا", in: quotes)?.speaker)
        #expect(carried.text == "الوزير سامح شكري")
        #expect(carried.entity == "e1")
        #expect(carried.resolution == .carried)
    }

    @Test func pronounAfterLakinCarriesTheSpeaker() throws {
        let quotes = try QuotesFixture.quotes("وأكد الوزير أن الوضع هادئ، لكنه أشار إلى أن الحذر واجب.")
        let pronoun = try #require(QuotesFixture.quote("أن الحذر واجب", in: quotes)?.speaker)
        #expect(pronoun.text == "الوزير")
        #expect(pronoun.resolution == .pronoun)
    }

    @Test func feminineCueCarriesTheLatestFeminineSpeaker() throws {
        let quotes = try QuotesFixture.quotes(
            "وقالت الوزارة إن الحدود مغلقة. وقال السفير إن السفارة تعمل. وأوضحت أن المعبر سيفتح غدا.")
        #expect(QuotesFixture.quote("أن المعبر سيفتح غدا", in: quotes)?.speaker?.text == "الوزارة")
    }

    @Test func masculineCueCarriesTheLatestMasculineSpeaker() throws {
        let quotes = try QuotesFixture.quotes(
            "وقال السفير إن السفارة تعمل. وقالت الوزارة إن الحدود مغلقة. وأضاف أن الموظفين بخير.")
        #expect(QuotesFixture.quote("أن الموظفين بخير", in: quotes)?.speaker?.text == "السفير")
    }

    @Test func implicitSubjectWithNoAgreeingSpeakerTakesTheLatestPerson() throws {
        let quotes = try QuotesFixture.quotes(
            "وقالت الوزيرة إن التقرير جاهز. وأجرى المحامي ديفيد هوفمان التحقيق. وقال إن التواطؤ واضح.",
            names: [.init("ديفيد هوفمان", .person, "e1")])
        #expect(QuotesFixture.quote("إن التواطؤ واضح", in: quotes)?.speaker?.entity == "e1")
    }

    @Test func rolePhraseResolvesThroughTheEntityLinks() throws {
        let quotes = try QuotesFixture.quotes(
            "قال رئيس وزراء لبنان نجيب ميقاتي إن الحكومة ستجتمع. وأكد رئيس الوزراء اللبناني أن الإصلاحات ضرورية.",
            names: [.init("نجيب ميقاتي", .person, "e1"), .init("لبنان", .location, "e2")])
        let role = try #require(QuotesFixture.quote("أن الإصلاحات ضرورية", in: quotes)?.speaker)
        #expect(role.text == "رئيس الوزراء اللبناني")
        #expect(role.entity == "e1")
        #expect(role.canonical == "نجيب ميقاتي")
        #expect(role.resolution == .role)
    }

    @Test func shorterReferenceToAnEarlierSpeakerResolvesToItsEntity() throws {
        let quotes = try QuotesFixture.quotes(
            "وقال وزير الخارجية الكندي روب نيكولسون إن الاجتماع كان مثمرا. وأكد الوزير الكندي أن المساعدة ستصل.",
            names: [.init("روب نيكولسون", .person, "e1")])
        let reference = try #require(QuotesFixture.quote("أن المساعدة ستصل", in: quotes)?.speaker)
        #expect(reference.text == "الوزير الكندي")
        #expect(reference.entity == "e1")
        #expect(reference.resolution == .role)
    }

    @Test func organizationStartingTheSubjectIsItsEntity() throws {
        let quotes = try QuotesFixture.quotes(
            "وأعلنت وزارة الدفاع الأمريكية أن القوات انسحبت.",
            names: [.init("وزارة الدفاع الأمريكية", .organization, "e1")])
        #expect(quotes.first?.speaker?.entity == "e1")
    }

    @Test(arguments: ["في كلمته", "في بيان", "في مقابلة مع القناة", "في تصريحات صحفية", "لوكالة الأنباء"])
    func adjunctAfterTheCueIsNotTheSpeaker(adjunct: String) throws {
        let quotes = try QuotesFixture.quotes("قال الوزير إن الأمور تسير. وقال \(adjunct) إن المرحلة صعبة.")
        let speaker = try #require(QuotesFixture.quote("إن المرحلة صعبة", in: quotes)?.speaker)
        #expect(speaker.text == "الوزير")
        #expect(speaker.resolution == .carried)
    }

    @Test func adjunctAfterTheSpeakerEndsItsName() throws {
        let quotes = try QuotesFixture.quotes("وقالت الوزارة في بيان إن الحدود مغلقة.")
        #expect(quotes.first?.speaker?.text == "الوزارة")
    }

    @Test func sourcePhraseAtTheEndAttributesTheClauseBeforeIt() throws {
        let quotes = try QuotesFixture.quotes("قتل عشرة أشخاص في الهجوم، بحسب المرصد السوري.")
        #expect(quotes.map(\.text) == ["قتل عشرة أشخاص في الهجوم"])
        #expect(quotes.first?.cue?.text == "بحسب")
        #expect(quotes.first?.speaker?.text == "المرصد السوري")
    }

    @Test func sourcePhraseAtTheStartAttributesTheClauseAfterIt() throws {
        let quotes = try QuotesFixture.quotes("وبحسب مصادر طبية، أصيب عشرون شخصا في الانفجار.")
        #expect(quotes.map(\.text) == ["أصيب عشرون شخصا في الانفجار"])
        #expect(quotes.first?.speaker?.text == "مصادر طبية")
    }

    @Test func sourcePhraseLeavesAPrepositionOutOfTheSpeaker() throws {
        let quotes = try QuotesFixture.quotes("انعقد الاجتماع في القاهرة، وفقاً لصحيفة الأهرام.")
        #expect(quotes.first?.speaker?.text == "صحيفة الأهرام")
    }

    @Test func confidenceIsHigherForANamedSpeakerThanForACarriedOne() throws {
        let quotes = try QuotesFixture.quotes("قال الوزير إن الحدود مفتوحة. وأضاف أن الحركة طبيعية.")
        let named = try #require(quotes.first?.speaker?.confidence)
        let carried = try #require(quotes.last?.speaker?.confidence)
        #expect(named > carried)
    }

    @Test func evidenceIsNotASpeaker() throws {
        #expect(try QuotesFixture.quotes("وتشير الدلائل إلى أن الأزمة ستطول.").isEmpty)
        #expect(try QuotesFixture.quotes("لكن واقع الأمور يشير إلى أن المنافسة صعبة.").isEmpty)
    }

    @Test func nameEndsWithTheFirstPersonInIt() throws {
        let quotes = try QuotesFixture.quotes(
            "ونقلت المجلة عن ديتر هيكينغ المدير الفني لفولفسبورغ قوله: «لقد تدربوا جيدا».",
            names: [.init("ديتر هيكينغ", .person, "e1"), .init("فولفسبورغ", .person, "e2")])
        #expect(quotes.first?.speaker?.text == "ديتر هيكينغ")
        #expect(quotes.first?.speaker?.entity == "e1")
    }

    @Test func quotedNameBeforeAPersonIsPartOfTheSpeakersName() throws {
        let quotes = try QuotesFixture.quotes(
            "وأشار الأمين العام لـ«أوبك» عبد الله البدري إلى أن الإنتاج مستقر.",
            names: [.init("عبد الله البدري", .person, "e1")])
        #expect(quotes.first?.speaker?.text == "الأمين العام لـ«أوبك» عبد الله البدري")
    }

    @Test func mediumInQuotationMarksBeforeTheSubjectIsSkipped() throws {
        let quotes = try QuotesFixture.quotes("كما قال لـ«الشرق الأوسط» أحد منظميها نبيل جاسم: «نقص الطاقة والخدمات».")
        #expect(quotes.first?.speaker?.text == "أحد منظميها نبيل جاسم")
    }

    @Test func prepositionWithAPronounBeforeTheSubjectIsSkipped() throws {
        let quotes = try QuotesFixture.quotes(
            "ففي الوقت الذي دعا فيه خطيب المسجد إلى أن الحل يتطلب التقشف، بقيت الأزمة.")
        #expect(quotes.first?.speaker?.text == "خطيب المسجد")
    }

    @Test func subjectOpeningTheSentenceBeforeTheCueIsTheSpeaker() throws {
        let quotes = try QuotesFixture.quotes(
            "الناشطة المدنية يسرى مجيد قالت من جانبها إن هذه المظاهرات حقيقية.",
            names: [.init("يسرى مجيد", .person, "e1")])
        #expect(quotes.map(\.text) == ["إن هذه المظاهرات حقيقية"])
        #expect(quotes.first?.speaker?.text == "الناشطة المدنية يسرى مجيد")
    }

    @Test func appositionAfterTheSpeakerIsPartOfItsDescriptionNotANewCue() throws {
        let quotes = try QuotesFixture.quotes(
            "وقال عبد الفتاح، وهو مهاجر مقيم في بروكسل، وتابع الجلسات منذ مايو، للصحيفة: «هؤلاء الشبان ضحايا».")
        #expect(quotes.map(\.text) == ["هؤلاء الشبان ضحايا"])
        #expect(quotes.first?.cue?.text == "قال")
        #expect(quotes.first?.speaker?.text == "عبد الفتاح")
    }

    @Test func passiveNamingVerbIsNotACue() throws {
        let quotes = try QuotesFixture.quotes(
            "وقال الدفاع عن أحد المتهمين، ويدعى خالد: «إنه حكم قاس».")
        #expect(quotes.first?.cue?.text == "قال")
        #expect(quotes.first?.speaker?.text == "الدفاع")
    }
}
