import Foundation
import Testing

@testable import SanadStages

@Suite("normalize: shipped composition table")
struct NormalizeCompositionTableTests {
    /// Where the table sits in the source tree.
    static let sourcePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/SanadStages").appendingPathComponent(CompositionTable.resourcePath)
        .standardizedFileURL

    /// Regenerates the shipped file when `SANAD_WRITE_COMPOSITION_TABLE=1` is set (after a Foundation or Unicode
    /// update), then checks that the copy compiled into the binary is exactly what Foundation gives today.
    @Test func shippedTableEqualsTheOneComputedFromFoundation() throws {
        let fresh = CompositionTable.encode(CompositionTraits.computedFromFoundation())
        if ProcessInfo.processInfo.environment["SANAD_WRITE_COMPOSITION_TABLE"] == "1" {
            try fresh.write(to: Self.sourcePath)
        }
        let shipped = try #require(EmbeddedResources.data(at: CompositionTable.resourcePath))
        #expect(
            shipped == fresh,
            """
            \(CompositionTable.resourcePath) is stale; regenerate it with
            SANAD_WRITE_COMPOSITION_TABLE=1 swift test --filter NormalizeCompositionTableTests, then rebuild
            """)
    }

    @Test func decodingGivesBackTheEncodedTraits() throws {
        let traits = CompositionTraits.computedFromFoundation()
        let decoded = try CompositionTable.decode(CompositionTable.encode(traits))
        #expect(decoded.entries == traits.entries)
        #expect(decoded.composer.sortedPairs == traits.composer.sortedPairs)
    }

    @Test func aTruncatedTableIsRejectedWithWhereItEnds() throws {
        let data = CompositionTable.encode(CompositionTraits.shared)
        #expect {
            try CompositionTable.decode(data.prefix(data.count - 1))
        } throws: { error in
            (error as? CompositionTableError)?.message.contains("ends at byte") == true
        }
    }
}
