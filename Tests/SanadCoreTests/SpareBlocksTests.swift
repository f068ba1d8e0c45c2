import Foundation
import Testing

@testable import SanadCore

@Suite struct SpareBlocksTests {
    private func block(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        malloc(capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    @Test func aBufferTakesTheSmallestKeptBlockThatFits() throws {
        let spares = SpareBlocks()
        for capacity in [64 << 10, 32 << 10, 256 << 10] { spares.give(block(capacity), capacity: capacity) }
        let taken = try #require(spares.take(atLeast: 40 << 10))
        #expect(taken.capacity == 64 << 10)
        free(taken.base)
        #expect(spares.bytes == (32 << 10) + (256 << 10))
    }

    @Test func keptBlocksNeverPassTheByteLimit() {
        let spares = SpareBlocks()
        let capacity = SpareBlocks.largest
        for _ in 0..<(SpareBlocks.byteLimit / capacity + 3) { spares.give(block(capacity), capacity: capacity) }
        #expect(spares.bytes == SpareBlocks.byteLimit)
    }

    @Test func smallAndVeryLargeBlocksGoBackToTheAllocator() {
        let spares = SpareBlocks()
        spares.give(block(SpareBlocks.smallest - 1), capacity: SpareBlocks.smallest - 1)
        spares.give(block(SpareBlocks.largest + 1), capacity: SpareBlocks.largest + 1)
        #expect(spares.bytes == 0)
        #expect(spares.take(atLeast: SpareBlocks.smallest) == nil)
    }
}
