import Testing
import SanadCore
@testable import SanadStages

@Suite("entities: word forms and features")
struct EntitiesFeatureTests {
    @Test func diacriticsTatweelAndAlefVariantsDoNotChangeTheWord() {
        let forms = EntitiesFixture.forms("الرَّئِيس الرئيـــس أحمد احمد إلى الي")
        #expect(forms[0].word == forms[1].word)
        #expect(forms[2].word == forms[3].word)
        #expect(forms[4].word == forms[5].word)
    }

    @Test func arabicIndicDigitsReadAsAsciiDigits() {
        let forms = EntitiesFixture.forms("٢٠١٥ 2015")
        #expect(forms[0].word == forms[1].word)
        #expect(forms[0].shape == .digits)
    }

    @Test func tokensAreReadFromTheNormalizedViewWhenThereIsOne() {
        let presentationForms = "\u{FE91}\u{FE8E}\u{FEAD}\u{FEF3}\u{FEB2}"
        var document = EntitiesFixture.document(presentationForms)
        let plain = EntitiesFixture.forms("باريس")[0].word
        #expect(TokenText(document).forms()[0].word != plain)
        let folded = Array("باريس".unicodeScalars)
        document.normalized = NormalizedText(scalars: folded, originStart: [0, 1, 2, 3, 4], originEnd: [1, 2, 3, 4, 5],
                                             originalLength: 5)
        #expect(TokenText(document).forms()[0].word == plain)
    }

    @Test func punctuationStuckToAWordIsTrimmed() {
        let forms = EntitiesFixture.forms("(د د")
        #expect(forms[0].word == forms[1].word)
    }

    @Test func procliticSplitsOfferEveryConjunctionPrepositionAndArticleCut() {
        func splits(_ word: String) -> [Int] {
            let split = ArabicWordForm.procliticSplits(ArabicWordForm.normalized(word))
            return (0..<split.count).map { split[$0] }
        }
        #expect(splits("والقاهرة") == [0, 1, 3])
        #expect(splits("بالقاهرة") == [0, 1, 3])
        #expect(splits("للأمم") == [0, 1, 2])
        #expect(splits("لبنان") == [0, 1])
        #expect(splits("محمد") == [0])
        #expect(splits("London") == [0])
    }

    @Test func theStemDropsProcliticsSoClitickedAndBareFormsShareIt() {
        let forms = EntitiesFixture.forms("والقاهرة القاهرة بالقاهرة")
        #expect(forms[0].stem == forms[1].stem)
        #expect(forms[1].stem == forms[2].stem)
        #expect(forms[0].word != forms[1].word)
    }

    @Test func definiteNisbaAdjectivesAreRecognized() {
        let forms = EntitiesFixture.forms("المصري الفرنسية مصر الرئيس")
        #expect(forms.map(\.isNisba) == [true, true, false, false])
    }

    @Test func triggerWordsMatchWithTheirProclitics() {
        let forms = EntitiesFixture.forms("والرئيس وقال لوزارة مدينة")
        #expect(forms[0].triggers & TriggerWords.Kind.title.bit != 0)
        #expect(forms[1].triggers & TriggerWords.Kind.speechVerb.bit != 0)
        #expect(forms[2].triggers & TriggerWords.Kind.organizationHead.bit != 0)
        #expect(forms[3].triggers & TriggerWords.Kind.locationHead.bit != 0)
        #expect(forms.map(\.triggers) == forms.map(TriggerWords.builtin.kinds(of:)))
    }

    @Test func gazetteerMatchesMultiWordNamesWithProcliticsOnTheFirstWord() {
        var gazetteer = Gazetteer()
        gazetteer.add("الولايات المتحدة", label: .location, source: .lists)
        let matches = gazetteer.matches(EntitiesFixture.forms("زار والولايات المتحدة أمس"))
        let bit = Gazetteer.bit(.location, .lists)
        #expect(matches.map(\.begins) == [0, bit, 0, 0])
        #expect(matches.map(\.continues) == [0, 0, bit, 0])
    }

    @Test func gazetteerStartingCandidatesAreTheSplitsThatBeginAName() {
        var gazetteer = Gazetteer()
        gazetteer.add("القاهرة", label: .location, source: .lists)
        let form = EntitiesFixture.forms("وبالقاهرة")[0]
        #expect(form.candidateCount == 4)
        #expect(gazetteer.startingCandidates(of: form) == 1 << 3)
        #expect(gazetteer.startingCandidates(of: EntitiesFixture.forms("مدينة")[0]) == 0)
    }

    @Test func gazetteerKeepsEachSourceAndLabelApart() {
        var gazetteer = Gazetteer()
        gazetteer.add("ليون", label: .location, source: .lists)
        gazetteer.add("ليون", label: .organization, source: .training)
        let begins = gazetteer.matches(EntitiesFixture.forms("ليون"))[0].begins
        #expect(begins == Gazetteer.bit(.location, .lists) | Gazetteer.bit(.organization, .training))
    }

    @Test func builtinListsNameCountriesInArabicAndEnglish() {
        let lists = EntityRecognizer.builtinLists
        let bit = Gazetteer.bit(.location, .lists)
        for name in ["فرنسا", "France", "القاهرة", "موسكو"] {
            #expect(lists.matches(EntitiesFixture.forms(name))[0].begins & bit != 0, "\(name)")
        }
    }

    @Test func builtinListsHoldTwoWordGivenNamesWhole() {
        let lists = EntityRecognizer.builtinLists
        let bit = Gazetteer.bit(.person, .lists)
        for name in ["جلال الدين", "وسراج الدين", "عبد العزيز"] {
            let matches = lists.matches(EntitiesFixture.forms(name))
            #expect(matches[0].begins & bit != 0 && matches[1].continues & bit != 0, "\(name)")
        }
    }

    @Test func everyTokenGetsFeaturesOfItsNeighbours() {
        let extractor = EntityFeatures(gazetteer: Gazetteer(), lexicon: TokenLexicon())
        let forms = EntitiesFixture.forms("قال الرئيس")
        var buffer = FeatureBuffer()
        extractor.extract(forms[...], document: DocumentContext(forms: forms, runs: [0..<2]), into: &buffer)
        #expect(buffer.tokenCount == 2)
        var swapped = FeatureBuffer()
        let reversed = Array(forms.reversed())
        extractor.extract(reversed[...], document: DocumentContext(forms: reversed, runs: [0..<2]), into: &swapped)
        #expect(Set(buffer.features(of: 1)) != Set(swapped.features(of: 0)), "the same word in another context differs")
        #expect(!Set(buffer.features(of: 1)).isDisjoint(with: Set(swapped.features(of: 0))), "but shares its own features")
    }
}
