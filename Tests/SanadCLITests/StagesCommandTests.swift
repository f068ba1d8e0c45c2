import Testing

@Suite struct StagesCommandTests {
    @Test func listsEveryBuiltInStageWithItsLayers() throws {
        let result = try SanadBinary.run(["stages"])
        #expect(result.status == 0)
        for name in ["normalize", "segment"] {
            #expect(result.stdout.contains("\n\(name) — ") || result.stdout.hasPrefix("\(name) — "))
        }
        #expect(result.stdout.contains("produces: sentences, tokens"))
    }

    @Test func anUnknownStageNameIsAUsageError() throws {
        let result = try SanadBinary.run(["stages", "segmnt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown stage 'segmnt'"))
    }
}
