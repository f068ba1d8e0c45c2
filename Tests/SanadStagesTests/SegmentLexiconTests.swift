import Testing

@testable import SanadStages

@Suite("segment: clitic lexicon")
struct SegmentLexiconTests {
    /// The proclitics recorded for each lexicon word at start-up stand in for the analysis only where they agree
    /// with it, whatever hamzas the word's alefs had in the text.
    @Test func aLexiconWordLookedUpGetsTheProcliticsItsAnalysisFinds() {
        let analyzer = CliticLexicon.analyzer
        var disagreements: [String] = []
        for line in CliticLexicon.corpusCounts.split(separator: "\n") {
            guard let word = line.split(separator: " ").first else { continue }
            let letters = ArabicFolding.fold(word)
            letters.withUnsafeBufferPointer { letters in
                for hamza in UInt64(0)..<16 {
                    let found = analyzer.prefixLetters(letters.baseAddress!, letters.count, hamza: hamza)
                    let analysed = analyzer.analyze(letters.baseAddress!, letters.count, hamza: hamza)
                    if found != analysed { disagreements.append("\(word) hamza \(hamza): \(found) ≠ \(analysed)") }
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func aWordAddedTwiceIsOneEntryWithBothChanges() {
        var table = FoldedWordTable()
        let word = ArabicFolding.fold("كتاب")
        table.update(word) { $0.count += 2 }
        table.update(word) { $0.flags.insert(.whole) }
        let entry = word.withUnsafeBufferPointer { table.lookup($0.baseAddress!, $0.count) }
        #expect(table.count == 1)
        #expect(entry?.count == 2 && entry?.flags == .whole)
    }

    @Test func aSubsetHoldsTheKeptEntriesWholeAndNothingElse() {
        var table = FoldedWordTable()
        table.update(ArabicFolding.fold("كتاب")) { $0.count = 7; $0.flags.insert(.whole) }
        table.update(ArabicFolding.fold("قلم")) { $0.count = 3 }
        let subset = table.subset(filterSize: 10) { !$0.flags.isEmpty }
        let kept = ArabicFolding.fold("كتاب").withUnsafeBufferPointer { subset.lookup($0.baseAddress!, $0.count) }
        let dropped = ArabicFolding.fold("قلم").withUnsafeBufferPointer { subset.lookup($0.baseAddress!, $0.count) }
        #expect(subset.count == 1)
        #expect(kept?.count == 7 && kept?.flags == .whole)
        #expect(dropped == nil)
    }

    @Test func aWordNeverAddedIsNotFound() {
        var table = FoldedWordTable()
        table.update(ArabicFolding.fold("كتاب")) { $0.count = 1 }
        let absent = ["كتب", "كتابة", "بات", "ك"].map { ArabicFolding.fold(Substring($0)) }
        #expect(absent.allSatisfy { word in word.withUnsafeBufferPointer { table.lookup($0.baseAddress!, $0.count) == nil } })
    }

    @Test func everyWordIsFoundAfterTheTableGrows() {
        var table = FoldedWordTable()
        // 5,000 different words of five letters (beh and the seven letters after it, then one of three more).
        let words = (0..<5000).map { (number: Int) -> [UInt16] in
            let letters = (0..<4).map { (place: Int) -> UInt16 in UInt16(0x0628 + ((number >> (3 * place)) & 7)) }
            return letters + [UInt16(0x0645 + number % 3)]
        }
        for (index, word) in words.enumerated() { table.update(word) { $0.count = Int32(index) } }
        let counts = words.map { word in word.withUnsafeBufferPointer { table.count($0.baseAddress!, $0.count) } }
        #expect(counts == Array(0..<words.count))
    }
}
