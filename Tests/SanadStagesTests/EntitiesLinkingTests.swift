import Testing
import SanadCore
@testable import SanadStages

@Suite("entities: in-document linking")
struct EntitiesLinkingTests {
    static let linker = MentionLinker(lexicon: TokenLexicon())

    @Test func aLaterSurnameOfAPersonNamedInFullIsTaggedAndLinked() {
        let forms = EntitiesFixture.forms("قال عبد الفتاح السيسي إن مصر بخير . وأضاف السيسي أن")
        let (mentions, canonical) = Self.linker.link(
            [TokenSpanMention(tokens: 1..<4, label: .person)], forms: forms, clipped: { _ in false })
        #expect(mentions.map(\.tokens) == [1..<4, 9..<10])
        #expect(mentions.map(\.label) == [.person, .person])
        #expect(mentions[0].entity == mentions[1].entity)
        #expect(canonical[mentions[1].entity] == 0)
    }

    @Test func aNameTaggedOnceIsTaggedWhereverItRecursWithProclitics() {
        let forms = EntitiesFixture.forms("فاز حزب الليكود في الانتخابات وقال زعيم والليكود إن")
        let (mentions, _) = Self.linker.link(
            [TokenSpanMention(tokens: 1..<3, label: .organization)], forms: forms, clipped: { _ in false })
        #expect(mentions.map(\.tokens) == [1..<3])
        let single = Self.linker.link(
            [TokenSpanMention(tokens: 2..<3, label: .organization)], forms: forms, clipped: { _ in false }).mentions
        #expect(single.map(\.tokens) == [2..<3, 7..<8])
        #expect(single[0].entity == single[1].entity)
    }

    @Test func aCommonWordTaggedOnceIsNotSpreadOverTheDocument() {
        let common = (0..<10).map { _ in "العام O\n" }.joined(separator: "\n")
        let linker = MentionLinker(lexicon: TokenLexicon(sentences: CoNLLReader.parse(common)))
        let forms = EntitiesFixture.forms("العام الماضي وفي العام المقبل")
        let (mentions, _) = linker.link(
            [TokenSpanMention(tokens: 0..<1, label: .organization)], forms: forms, clipped: { _ in false })
        #expect(mentions.map(\.tokens) == [0..<1])
    }

    /// What the `entities` stage's `linked_entities` count relies on: one canonical mention per entity, and entities
    /// numbered from 0 without gaps.
    @Test func entitiesAreNumberedWithoutGapsEachWithOneCanonicalMention() {
        let forms = EntitiesFixture.forms("قال جورج بوش إن مصر بخير . وأضاف بوش أن القاهرة و مصر")
        let tagged = [TokenSpanMention(tokens: 1..<3, label: .person), TokenSpanMention(tokens: 4..<5, label: .location),
                      TokenSpanMention(tokens: 10..<11, label: .location)]
        let (mentions, canonical) = Self.linker.link(tagged, forms: forms, clipped: { _ in false })
        #expect(mentions.count > tagged.count)
        #expect(Set(mentions.map(\.entity)) == Set(canonical.indices))
        for (entity, mention) in canonical.enumerated() { #expect(mentions[mention].entity == entity) }
    }

    @Test func shorterMentionsLinkToTheFullestNameThatContainsThem() {
        let forms = EntitiesFixture.forms("جورج دبليو بوش و جورج بوش و بوش")
        let tagged = [TokenSpanMention(tokens: 0..<3, label: .person), TokenSpanMention(tokens: 4..<6, label: .person),
                      TokenSpanMention(tokens: 7..<8, label: .person)]
        let (mentions, canonical) = Self.linker.link(tagged, forms: forms, clipped: { _ in false })
        #expect(Set(mentions.map(\.entity)).count == 1)
        #expect(canonical == [0])
    }

    @Test func theCanonicalNameIsAFullMentionWrittenWithoutProclitics() {
        let forms = EntitiesFixture.forms("وصلت لليمن ثم اليمن")
        let tagged = [TokenSpanMention(tokens: 1..<2, label: .location), TokenSpanMention(tokens: 3..<4, label: .location)]
        let (mentions, canonical) = Self.linker.link(tagged, forms: forms, clipped: { $0 == 1 })
        #expect(mentions[0].entity == mentions[1].entity)
        #expect(canonical == [1])
    }

    @Test func theEndOfACompoundGivenNameIsNoSurname() {
        let forms = EntitiesFixture.forms("قال جلال الدين إن الدين يسر")
        let (mentions, _) = Self.linker.link([TokenSpanMention(tokens: 1..<3, label: .person)], forms: forms,
                                             clipped: { _ in false })
        #expect(mentions.map(\.tokens) == [1..<3])
    }

    @Test func anAmbiguousFirstNameStaysItsOwnEntity() {
        let forms = EntitiesFixture.forms("محمد علي و محمد حسن و محمد")
        let tagged = [TokenSpanMention(tokens: 0..<2, label: .person), TokenSpanMention(tokens: 3..<5, label: .person),
                      TokenSpanMention(tokens: 6..<7, label: .person)]
        let (mentions, _) = Self.linker.link(tagged, forms: forms, clipped: { _ in false })
        #expect(Set(mentions.map(\.entity)).count == 3)
    }

    @Test func mentionsOfDifferentTypesAreNotLinked() {
        let forms = EntitiesFixture.forms("مصر و مصر")
        let tagged = [TokenSpanMention(tokens: 0..<1, label: .location), TokenSpanMention(tokens: 2..<3, label: .organization)]
        #expect(Set(Self.linker.link(tagged, forms: forms, clipped: { _ in false }).mentions.map(\.entity)).count == 2)
    }

    @Test func nisbaAdjectivesMatchTheirCountries() {
        func matches(_ country: String, _ nisba: String) -> Bool {
            let name = country.split(separator: " ").map { ArabicWordForm.normalized(String($0)) }
            return !RolePhrases.countryKeys(name: name).isDisjoint(with: RolePhrases.nisbaKeys(ArabicWordForm.normalized(nisba)))
        }
        for (country, nisba) in [("لبنان", "اللبناني"), ("سوريا", "السوري"), ("سورية", "السورية"), ("ألمانيا", "الألماني"),
                                 ("السعودية", "السعودي"), ("أمريكا", "الأمريكي"), ("مصر", "المصرية")] {
            #expect(matches(country, nisba), "\(country) ~ \(nisba)")
        }
        #expect(!matches("لبنان", "السوري"))
    }

    /// A document with the given entities (text, label, entity id) at their first occurrences after `after` text.
    static func linked(_ text: String, _ entities: [(String, Entity.Label, String, Int)]) -> Document {
        var document = EntitiesFixture.document(text)
        for (name, label, id, occurrence) in entities {
            var from = text.startIndex
            var range = text.range(of: name)!
            for _ in 0..<occurrence {
                from = range.upperBound
                range = text.range(of: name, range: from..<text.endIndex)!
            }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let span = Span(start: start, end: start + name.unicodeScalars.count)
            document.entities.append(Entity(span: span, text: name, label: label, entity: id, canonical: name))
        }
        document.entities.sort { $0.span < $1.span }
        return document
    }

    static func span(of phrase: String, in document: Document) -> Span {
        let range = document.text.range(of: phrase)!
        let start = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: range.lowerBound)
        return Span(start: start, end: start + phrase.unicodeScalars.count)
    }

    @Test func aRolePhraseRefersToThePersonItIntroducedEarlier() {
        let document = Self.linked("وقال رئيس وزراء لبنان نجيب ميقاتي إن الحكومة مستمرة\nوأكد رئيس الوزراء اللبناني أن الوضع صعب",
                                   [("لبنان", .location, "e1", 0), ("نجيب ميقاتي", .person, "e2", 0)])
        let links = EntityLinks(document)
        #expect(links.entity(at: Self.span(of: "رئيس الوزراء اللبناني", in: document)) == "e2")
        #expect(links.roleReferences.map(\.text) == ["رئيس وزراء لبنان", "رئيس الوزراء اللبناني"])
        #expect(links.roleReferences.map(\.introduces) == [true, false])
        #expect(links.canonical(of: "e2") == "نجيب ميقاتي")
    }

    @Test func aRolePhraseShortOfItsCountryResolvesWhenOnlyOnePersonHoldsTheRole() {
        let document = Self.linked("التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي جون كيري\nوقال الرئيس إن",
                                   [("عبد الفتاح السيسي", .person, "e1", 0), ("جون كيري", .person, "e2", 0)])
        let links = EntityLinks(document)
        #expect(links.entity(at: Self.span(of: "الرئيس إن", in: document)) == "e1")
    }

    @Test func anAmbiguousRolePhraseStaysUnresolved() {
        let document = Self.linked(
            "استقبل رئيس وزراء لبنان نجيب ميقاتي رئيس وزراء العراق نوري المالكي\nوقال رئيس الوزراء إن\nوأكد رئيس الوزراء العراقي أن",
            [("لبنان", .location, "e1", 0), ("نجيب ميقاتي", .person, "e2", 0), ("العراق", .location, "e3", 0),
             ("نوري المالكي", .person, "e4", 0)])
        let links = EntityLinks(document)
        #expect(links.entity(at: Self.span(of: "رئيس الوزراء إن", in: document)) == nil)
        #expect(links.entity(at: Self.span(of: "رئيس الوزراء العراقي", in: document)) == "e4")
    }

    @Test func aSpanOverAMentionResolvesToItsEntity() {
        let document = Self.linked("قال السيسي إن", [("السيسي", .person, "e7", 0)])
        #expect(EntityLinks(document).entity(at: Self.span(of: "السيسي", in: document)) == "e7")
        #expect(EntityLinks(document).mentions(of: "e7").map(\.text) == ["السيسي"])
    }
}
