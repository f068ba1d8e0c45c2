import Testing
@testable import SanadStages

@Suite("entities: token forms packed and cached")
struct EntitiesTokenFormCacheTests {
    /// Every value a feature or the linker reads of a form.
    static func readings(_ form: TokenForm) -> [UInt64] {
        [form.word, form.stem, form.proclitic, form.core, UInt64(form.triggers), UInt64(form.shape.rawValue),
         UInt64(form.length), form.isNisba ? 1 : 0, UInt64(form.candidateCount)]
            + (0..<form.candidateCount).map(form.candidate) + (1...3).map(form.prefix) + (1...4).map(form.suffix)
    }

    static func analyzed(_ word: String) -> TokenForm {
        var analyzer = TokenFormAnalyzer()
        return analyzer.analyze(word.unicodeScalars)
    }

    @Test(arguments: ["والقاهرة", "المصري", "الرئيس", "وبالولايات", "للأمم", "Apple", "2012", "،", "x"])
    func aPackedFormUnpacksToTheSameForm(word: String) throws {
        let form = EntitiesTokenFormCacheTests.analyzed(word)
        let packed = try #require(PackedTokenForm(form))
        #expect(EntitiesTokenFormCacheTests.readings(packed.form) == EntitiesTokenFormCacheTests.readings(form))
    }

    @Test func aFormWithLettersAboveU_FFFFHasNoPackedForm() {
        #expect(PackedTokenForm(EntitiesTokenFormCacheTests.analyzed("كل𠀀مة")) == nil)
    }

    @Test func aFormWithEveryTriggerClassPacks() throws {
        // Trigger classes take 5 bits of the packed flags: a sixth kind would leave such forms uncached.
        var form = EntitiesTokenFormCacheTests.analyzed("الرئيس")
        form.triggers = TriggerWords.Kind.allCases.reduce(0) { $0 | $1.bit }
        #expect(try #require(PackedTokenForm(form)).form.triggers == form.triggers)
    }

    @Test func theCacheGivesTheAnalyzedFormOfEveryTokenAgainAndAgain() {
        var cache = TokenFormCache()
        let words = ["والقاهرة", "كل𠀀مة", "الرئيس", "Apple", "والقاهرة", "كل𠀀مة", "الرئيس", "Apple"]
        for word in words + words {
            let scalars = Array(word.unicodeScalars)
            let form = cache.form(of: scalars, key: TokenFormCache.key(of: scalars))
            #expect(EntitiesTokenFormCacheTests.readings(form)
                == EntitiesTokenFormCacheTests.readings(EntitiesTokenFormCacheTests.analyzed(word)))
        }
    }
}
