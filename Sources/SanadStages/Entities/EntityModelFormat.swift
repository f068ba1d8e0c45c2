import Foundation
import SanadCore

/// The binary file format of ``EntityModel`` (version 1), little-endian throughout:
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `SANADNER` |
/// | 4 × 8 | format version, feature-set version (``EntityFeatures/version``), tag count, feature count, lexicon size, byte lengths of names and provenance, reserved 0 |
/// | 4 | weight scale `s` (Float32): weight = Int16 value × `s` |
/// | 4 × (tags + 1) × tags | transition weights (Float32), first row from the sentence start |
/// | 8 × features | feature hashes |
/// | 2 × tags × features | feature weights, quantized to Int16 |
/// | 8 × lexicon, 2 × lexicon | lexicon stems, then their packed buckets |
/// | names | training names, UTF-8, one `LABEL<TAB>name` a line |
/// | provenance | UTF-8 |
///
/// Weights are quantized to 16 bits (``WeightTable``): a model of 100k features is about 3 MB and loads in
/// milliseconds.
extension EntityModel {
    /// The format version this code writes and reads.
    public static let formatVersion: UInt32 = 1
    private static let magic = Array("SANADNER".utf8)

    /// The model as a model file.
    public func serialized() -> Data {
        let tags = EntityTag.count
        let lexiconEntries = lexicon.entries
        let names = Data(trainingNames.map { "\($0.label.rawValue)\t\($0.text)\n" }.joined().utf8)
        let provenanceBytes = Data(provenance.utf8)
        var writer = ByteWriter()
        writer.bytes(EntityModel.magic)
        for value in [EntityModel.formatVersion, EntityFeatures.version, UInt32(tags), UInt32(weights.count),
                      UInt32(lexiconEntries.count), UInt32(names.count), UInt32(provenanceBytes.count), 0] {
            writer.integer(value)
        }
        writer.integer(weights.scale.bitPattern)
        for value in transitions { writer.integer(value.bitPattern) }
        for key in weights.keys { writer.integer(key) }
        for value in weights.rows { writer.integer(UInt16(bitPattern: value)) }
        for entry in lexiconEntries { writer.integer(entry.stem) }
        for entry in lexiconEntries { writer.integer(entry.buckets) }
        writer.data.append(names)
        writer.data.append(provenanceBytes)
        return writer.data
    }

    /// Reads a model file's bytes.
    public init(serialized data: Data) throws(EntityModelError) {
        var reader = ByteReader(data: data)
        guard try reader.bytes(EntityModel.magic.count) == EntityModel.magic else {
            throw EntityModelError("not an entity model file (it does not start with SANADNER)")
        }
        let header = try (0..<8).map { _ throws(EntityModelError) in try reader.integer(UInt32.self) }
        guard header[0] == EntityModel.formatVersion else {
            throw EntityModelError("model file format version \(header[0]) is not the supported version "
                + "\(EntityModel.formatVersion); retrain it with `sanad train entities`")
        }
        guard header[1] == EntityFeatures.version else {
            throw EntityModelError("the model was trained with feature set \(header[1]), this build computes feature set "
                + "\(EntityFeatures.version); retrain it with `sanad train entities`")
        }
        let tags = EntityTag.count
        guard header[2] == UInt32(tags) else {
            throw EntityModelError("the model has \(header[2]) tags, this build tags with \(tags)")
        }
        let featureCount = Int(header[3]), lexiconCount = Int(header[4])
        let scale = Float(bitPattern: try reader.integer(UInt32.self))
        let transitions = try reader.array(UInt32.self, count: (tags + 1) * tags).map(Float.init(bitPattern:))
        let keys = try reader.array(UInt64.self, count: featureCount)
        let rows = try reader.array(Int16.self, count: featureCount * tags)
        let stems = try reader.array(UInt64.self, count: lexiconCount)
        let buckets = try reader.array(UInt16.self, count: lexiconCount)
        let namesBytes = try reader.bytes(Int(header[5]))
        guard String(bytes: namesBytes, encoding: .utf8) != nil,
            let provenance = String(bytes: try reader.bytes(Int(header[6])), encoding: .utf8)
        else { throw EntityModelError("the model's names are not UTF-8 text; the file is damaged") }
        guard reader.isAtEnd else { throw EntityModelError("the model file has trailing bytes; it is damaged") }
        let names = try EntityModel.trainingNames(namesBytes)
        guard let weights = WeightTable(checking: keys, rows: rows, scale: scale) else {
            throw EntityModelError("the model's feature table has repeated or empty keys; the file is damaged")
        }
        self.init(weights: weights, transitions: transitions, trainingNames: names,
                  lexicon: TokenLexicon(stems: stems, buckets: buckets), provenance: provenance)
    }

    /// The `LABEL<TAB>name` lines of a model's names (valid UTF-8), split as bytes: splitting the 3,000 lines as
    /// `String`s (comparing `Character`s) was a good part of loading the built-in model.
    private static func trainingNames(_ bytes: [UInt8]) throws(EntityModelError) -> [Gazetteer.Name] {
        var names: [Gazetteer.Name] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let text = { (part: ArraySlice<UInt8>) in String(decoding: part, as: UTF8.self) }
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                let label = Entity.Label(rawValue: text(line[..<tab])), tab + 1 < line.endIndex
            else {
                throw EntityModelError(
                    "the model's name line '\(text(line))' is not LABEL<TAB>name; the file is damaged")
            }
            names.append(Gazetteer.Name(text: text(line[(tab + 1)...]), label: label, source: .training))
        }
        return names
    }

    /// Reads the model file at `url`.
    public init(contentsOf url: URL) throws(EntityModelError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw EntityModelError("cannot read the model file \(url.path): \(error.localizedDescription)")
        }
        do {
            try self.init(serialized: data)
        } catch {
            throw EntityModelError("\(url.path): \(error.message)")
        }
    }
}

/// Why a model file could not be read.
public struct EntityModelError: Error, CustomStringConvertible, Sendable {
    /// What is wrong and what to do about it.
    public let message: String

    /// Creates an error with a message a user can act on.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Appends little-endian integers and bytes.
private struct ByteWriter {
    var data = Data()

    mutating func bytes(_ bytes: [UInt8]) { data.append(contentsOf: bytes) }

    mutating func integer<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}

/// Reads little-endian integers and bytes, failing with a model error at the end of the data.
private struct ByteReader {
    let data: Data
    private var offset = 0

    init(data: Data) { self.data = data }

    var isAtEnd: Bool { offset == data.count }

    mutating func bytes(_ count: Int) throws(EntityModelError) -> [UInt8] {
        try ensure(count)
        defer { offset += count }
        let start = data.startIndex + offset
        return Array(data[start..<(start + count)])
    }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws(EntityModelError) -> T {
        try array(type, count: 1)[0]
    }

    mutating func array<T: FixedWidthInteger>(_ type: T.Type, count: Int) throws(EntityModelError) -> [T] {
        let size = count * MemoryLayout<T>.size
        try ensure(size)
        let start = data.startIndex + offset
        // Copied straight into an uninitialized array (no zero fill, no second pass on a little-endian machine):
        // the weights are most of the built-in model's megabyte.
        var result = [T](unsafeUninitializedCapacity: count) { target, initialized in
            let bytes = UnsafeMutableRawBufferPointer(target).bindMemory(to: UInt8.self)
            data.copyBytes(to: bytes, from: start..<(start + size))
            initialized = count
        }
        offset += size
        #if _endian(big)
        for index in result.indices { result[index] = T(littleEndian: result[index]) }
        #endif
        return result
    }

    private func ensure(_ count: Int) throws(EntityModelError) {
        guard count >= 0, offset + count <= data.count else {
            throw EntityModelError("the model file ends too early; it is truncated or damaged")
        }
    }
}
