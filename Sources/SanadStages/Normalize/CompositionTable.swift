import Foundation

/// The file format of ``CompositionTraits`` as shipped in `Normalize/Resources/composition-traits.bin`: a compact,
/// little-endian image that decodes with a few block copies instead of a pass over Foundation's decompositions.
///
/// Layout (every integer little-endian):
/// - `magic` (4 bytes) and `version` (UInt32);
/// - the number of distinct blocks `B` (UInt32), then one UInt16 block number per ``blockSize`` code points below
///   ``CompositionTraits/limit``, then the `B` distinct blocks of ``blockSize`` UInt16 entries each;
/// - the number of pairs `P` (UInt32), then `P` triples of UInt32 (first, second, composite) in
///   ``CanonicalComposer/sortedPairs`` order.
///
/// Most of planes 0 and 1 is unassigned or repeats the same few blocks, so the file is a fraction of the 256 KB table.
enum CompositionTable {
    /// The resource's path inside the `SanadStages` target, as the `EmbedResources` build plugin keys it.
    static let resourcePath = "Normalize/Resources/composition-traits.bin"

    /// Code points per block.
    static let blockSize = 256

    private static let magic: [UInt8] = Array("SNCT".utf8)
    private static let version: UInt32 = 1

    /// The file image of `traits`.
    static func encode(_ traits: CompositionTraits) -> Data {
        var blockNumbers: [UInt16] = []
        var blocks: [ArraySlice<UInt16>] = []
        var numberOfBlock: [ArraySlice<UInt16>: UInt16] = [:]
        for start in stride(from: 0, to: traits.entries.count, by: blockSize) {
            let block = traits.entries[start..<start + blockSize]
            if let number = numberOfBlock[block] {
                blockNumbers.append(number)
            } else {
                let number = UInt16(blocks.count)
                numberOfBlock[block] = number
                blocks.append(block)
                blockNumbers.append(number)
            }
        }
        var data = Data(magic)
        func append<Integer: FixedWidthInteger>(_ value: Integer) {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        append(version)
        append(UInt32(blocks.count))
        blockNumbers.forEach(append)
        blocks.joined().forEach(append)
        let pairs = traits.composer.sortedPairs
        append(UInt32(pairs.count))
        for pair in pairs {
            append(pair.first.value)
            append(pair.second.value)
            append(pair.composite.value)
        }
        return data
    }

    /// Decodes a file image made by ``encode(_:)``.
    static func decode(_ data: Data) throws(CompositionTableError) -> CompositionTraits {
        try data.withUnsafeBytes { bytes in
            Result { () throws(CompositionTableError) in try decode(bytes) }
        }.get()
    }

    /// Decodes the file image in `bytes`.
    private static func decode(_ bytes: UnsafeRawBufferPointer) throws(CompositionTableError) -> CompositionTraits {
        var reader = Reader(bytes: bytes)
        guard try reader.bytes(magic.count).elementsEqual(magic) else {
            throw CompositionTableError("it does not start with \(String(decoding: magic, as: UTF8.self))")
        }
        let fileVersion: UInt32 = try reader.integer()
        guard fileVersion == version else {
            throw CompositionTableError("it has version \(fileVersion), this build reads \(version)")
        }
        let blockCount = Int(try reader.integer() as UInt32)
        var blockNumbers: [Int] = []
        for _ in 0..<Int(CompositionTraits.limit) / blockSize { blockNumbers.append(Int(try reader.integer() as UInt16)) }
        let blockBytes = try reader.bytes(blockCount * blockSize * 2)
        var entries = [UInt16](repeating: 0, count: Int(CompositionTraits.limit))
        for (index, number) in blockNumbers.enumerated() {
            guard number < blockCount else {
                throw CompositionTableError("block \(index) refers to block \(number) of \(blockCount)")
            }
            for offset in 0..<blockSize {
                let value = blockBytes.loadUnaligned(
                    fromByteOffset: (number * blockSize + offset) * 2, as: UInt16.self)
                entries[index * blockSize + offset] = UInt16(littleEndian: value)
            }
        }
        let pairCount = Int(try reader.integer() as UInt32)
        var pairs: [CanonicalComposer.Pair] = []
        pairs.reserveCapacity(pairCount)
        for _ in 0..<pairCount {
            let values: [UInt32] = [try reader.integer(), try reader.integer(), try reader.integer()]
            let scalars = values.compactMap(Unicode.Scalar.init)
            guard scalars.count == 3 else {
                throw CompositionTableError("pair \(pairs.count) holds a value that is not a code point")
            }
            pairs.append(CanonicalComposer.Pair(first: scalars[0], second: scalars[1], composite: scalars[2]))
        }
        guard reader.isAtEnd else { throw CompositionTableError("it has bytes after the last pair") }
        return CompositionTraits(entries: entries, composer: CanonicalComposer(pairs: pairs))
    }

    /// Reads little-endian integers and byte runs from the front of a buffer.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func bytes(_ count: Int) throws(CompositionTableError) -> UnsafeRawBufferPointer {
            guard count <= bytes.count - offset else {
                throw CompositionTableError("it ends at byte \(bytes.count), before byte \(offset + count)")
            }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        }

        mutating func integer<Integer: FixedWidthInteger>() throws(CompositionTableError) -> Integer {
            let raw = try bytes(MemoryLayout<Integer>.size)
            return Integer(littleEndian: raw.loadUnaligned(as: Integer.self))
        }
    }
}

/// Why the shipped composition table could not be read.
struct CompositionTableError: Error {
    /// What is wrong with the file, for the message.
    let message: String

    init(_ message: String) { self.message = message }
}
