import Testing

@testable import SanadCore

@Suite struct CodePointTableTests {
    @Test func aWordGetsOneIdAndIsNewOnlyTheFirstTime() {
        var table = CodePointTable()
        let first = table.intern(Array("وزير".unicodeScalars.map(\.value)))
        let again = table.intern(Array("وزير".unicodeScalars.map(\.value)))
        let other = table.intern(Array("قال".unicodeScalars.map(\.value)))
        #expect(first.isNew && !again.isNew && other.isNew)
        #expect(first.id == again.id && other.id != first.id)
        #expect(table.count == 2)
    }

    @Test func anUnknownWordHasNoId() {
        var table = CodePointTable()
        _ = table.intern([0x61])
        #expect(table.id(of: [0x61]) == 0)
        #expect(table.id(of: [0x62]) == nil)
    }
}
