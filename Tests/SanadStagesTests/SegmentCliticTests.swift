import SanadCore
import SanadStages
import Testing

@Suite("segment: Arabic clitics")
struct SegmentCliticTests {
    @Test func recordsConjunctionAndArticle() throws {
        #expect(try SegmentRun.clitics("والقاهرة") == ["وال+قاهرة"])
    }

    @Test func recordsPrepositionBeforeAName() throws {
        #expect(try SegmentRun.clitics("لفرنسا وبريطانيا") == ["ل+فرنسا", "و+بريطانيا"])
    }

    @Test func recordsLamLamAsPrepositionAndArticle() throws {
        #expect(try SegmentRun.clitics("للسلطة وللشعب") == ["لل+سلطة", "ولل+شعب"])
    }

    @Test func recordsCombinedProclitics() throws {
        #expect(
            try SegmentRun.clitics("وبالتالي فالأمر كالعادة بالنسبة") == [
                "وبال+تالي", "فال+أمر", "كال+عادة", "بال+نسبة",
            ])
    }

    @Test func recordsTheArticleAlone() throws {
        #expect(try SegmentRun.clitics("القاهرة") == ["ال+قاهرة"])
    }

    @Test func leavesWordsWhoseFirstLetterBelongsToTheStem() throws {
        let words = "وزير فرنسا بريطانيا كتاب لبنان والي وزارة فريق بين كان لكن والده"
        #expect(try SegmentRun.clitics(words) == words.split(separator: " ").map(String.init))
    }

    @Test func leavesAnAlefWithHamzaOutOfTheArticle() throws {
        #expect(try SegmentRun.clitics("ألمانيا إلى الذي") == ["ألمانيا", "إلى", "الذي"])
    }

    @Test func recordsThePrepositionBeforeAStemStartingWithLam() throws {
        #expect(try SegmentRun.clitics("للبنان") == ["ل+لبنان"])
    }

    @Test func recordsTheConjunctionBeforeAFrequentVerb() throws {
        #expect(try SegmentRun.clitics("وقال وأضاف") == ["و+قال", "و+أضاف"])
    }

    @Test func recordsThePrepositionBeforeAnAttachedPronoun() throws {
        #expect(try SegmentRun.clitics("له بها") == ["ل+ه", "ب+ها"])
    }

    @Test func recordsTheFutureParticle() throws {
        #expect(try SegmentRun.clitics("سيكون وستكون سياسة") == ["س+يكون", "وس+تكون", "سياسة"])
    }

    @Test func keepsTheClitcsDiacriticsInThePrefix() throws {
        let (document, _) = try SegmentRun.document("وَالقَاهِرَةُ")
        #expect(document.tokens[0].prefix == 4)
        #expect(document.text(of: document.tokens[0].stem) == "قَاهِرَةُ")
    }

    @Test func keepsTatweelAfterAClitcInThePrefix() throws {
        #expect(try SegmentRun.clitics("لـفرنسا") == ["لـ+فرنسا"])
    }

    @Test func keepsTokenOffsetsWhenRecordingAPrefix() throws {
        let (document, _) = try SegmentRun.document("زار والقاهرة")
        #expect(document.tokens[1].span == Span(start: 4, end: 12))
        #expect(document.tokens[1].stem == Span(start: 7, end: 12))
    }

    @Test func recordsNoPrefixWhenCliticsAreOff() throws {
        var options = SegmentOptions()
        options.clitics = false
        let (document, counts) = try SegmentRun.document("والقاهرة لفرنسا", options)
        #expect(document.tokens.allSatisfy { $0.prefix == 0 })
        #expect(counts["clitics"] == 0)
    }

    @Test func leavesLatinWordsAndAbbreviationsAlone() throws {
        #expect(try SegmentRun.clitics("Ballot د. ق.م") == ["Ballot", "د.", "ق.م"])
    }
}
