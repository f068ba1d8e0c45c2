import Testing
import SanadCore
@testable import SanadStages

/// VADER against the compound scores vaderSentiment 3.3.2 prints for the examples in its README and source
/// (rounded there to four decimals, hence the tolerance).
struct SentimentVaderTests {
    private func compound(_ text: String) -> Double {
        SentimentFixtures.analyzer.score(text, language: .en).score
    }

    private static let tolerance = 0.00051

    @Test(arguments: [
        ("VADER is smart, handsome, and funny.", 0.8316),
        ("The book was good.", 0.4404),
        ("A really bad, horrible book.", -0.8211),
    ])
    func plainSentencesMatchTheReference(text: String, expected: Double) {
        #expect(abs(compound(text) - expected) < Self.tolerance)
    }

    @Test func negationFlipsEveryNearbyWord() {
        #expect(abs(compound("VADER is not smart, handsome, nor funny.") - -0.7424) < Self.tolerance)
        #expect(abs(compound("Not bad at all") - 0.431) < Self.tolerance)
    }

    @Test func boostersAndDampenersScaleTheNextWord() {
        #expect(abs(compound("VADER is very smart, handsome, and funny.") - 0.8545) < Self.tolerance)
        #expect(abs(compound("The book was only kind of good.") - 0.3832) < Self.tolerance)
    }

    @Test func allCapsEmphasisesWordsWhenOthersAreLowercase() {
        #expect(abs(compound("VADER is VERY SMART, handsome, and FUNNY.") - 0.9227) < Self.tolerance)
        #expect(abs(compound("Today SUX!") - -0.5461) < Self.tolerance)
    }

    @Test func exclamationMarksAddEmphasis() {
        #expect(abs(compound("VADER is smart, handsome, and funny!") - 0.8439) < Self.tolerance)
        #expect(abs(compound("VADER is VERY SMART, handsome, and FUNNY!!!") - 0.9342) < Self.tolerance)
        #expect(abs(compound("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!") - 0.9469) < Self.tolerance)
    }

    @Test func butShiftsWeightToTheSecondClause() {
        #expect(abs(compound("The plot was good, but the characters are uncompelling and the dialog is not great.")
            - -0.7042) < Self.tolerance)
        #expect(abs(compound("Today only kinda sux! But I'll get by, lol") - 0.5249) < Self.tolerance)
    }

    @Test func leastAndNeverSoFollowVadersSpecialCases() {
        #expect(abs(compound("At least it isn't a horrible book.") - 0.431) < Self.tolerance)
        #expect(abs(compound("He is the least bad option.") - 0.431) < Self.tolerance)
        #expect(abs(compound("The food was never so good.") - 0.6626) < Self.tolerance)
        #expect(abs(compound("Without doubt, a great movie.") - 0.7359) < Self.tolerance)
    }

    @Test func emoticonsKeepTheirPunctuation() {
        #expect(abs(compound("Make sure you :) or :D today!") - 0.8633) < Self.tolerance)
    }

    @Test func evidenceNamesTheWordsAndTheirModifiers() {
        let score = SentimentFixtures.analyzer.score("The movie was not good.", language: .en)
        #expect(score.label == .negative)
        #expect(score.evidence.map(\.text) == ["good"])
        #expect(score.evidence.first?.modifiers == ["not"])
    }
}
