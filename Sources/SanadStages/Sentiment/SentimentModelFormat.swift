import Foundation

/// The model file format, version 2 (little-endian throughout):
///
/// | bytes | content |
/// |---|---|
/// | 8 | magic `SANADSNT` |
/// | 4 | format version (`UInt32`, 2) |
/// | 4 | header length *n* (`UInt32`) |
/// | *n* | header: UTF-8 JSON with `features`, `bias`, `scales`, `combination`, `notes` |
/// | 2 × buckets × 3 | weights as `Int16`, row-major by bucket; weight = value × `scales[class]` |
///
/// Quantizing to 16 bits per weight with one scale per class halves the size of 32-bit floats and changes no
/// prediction in practice (the largest weight of each class keeps 15 bits of precision); 2^16 buckets make 384 KB.
/// Version 2 changed the feature values (occurrence counts over the square root of the text's occurrences, where
/// version 1 had log-damped counts scaled to unit length), so version 1 weights would be read wrongly and are refused.
public enum SentimentModelFormat {
    /// The file's first bytes.
    static let magic = Array("SANADSNT".utf8)
    /// The version this build writes and reads.
    public static let version: UInt32 = 2

    private struct Header: Codable {
        var features: FeatureConfiguration
        var bias: [Float]
        var scales: [Float]
        var combination: ScoreCombination
        var notes: [String: String]
    }

    /// Encodes `model`; a model whose training diverged (non-finite parameters) is refused.
    static func encode(_ model: SentimentModel) throws(SentimentResourceError) -> Data {
        let classes = SentimentModel.classCount
        let scales = (0..<classes).map { model.scales[$0] }
        guard scales.allSatisfy(\.isFinite), model.bias.allSatisfy(\.isFinite) else {
            throw SentimentResourceError("the model has non-finite parameters (training diverged); lower the learning rate")
        }
        let header = Header(
            features: model.features, bias: model.bias, scales: scales, combination: model.combination,
            notes: model.notes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json: Data
        do {
            json = try encoder.encode(header)
        } catch {
            throw SentimentResourceError("the model header could not be encoded: \(error)")
        }
        var data = Data(magic)
        append(version, to: &data)
        append(UInt32(json.count), to: &data)
        data.append(json)
        var quantized: [Int16] = []
        quantized.reserveCapacity(model.quantized.count * classes)
        for bucket in model.quantized {
            for c in 0..<classes { quantized.append(bucket[c].littleEndian) }
        }
        quantized.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    /// Decodes a model, refusing other formats, other versions and truncated files with a message saying which.
    static func decode(_ data: Data, name: String) throws(SentimentResourceError) -> SentimentModel {
        let bytes = [UInt8](data)
        guard bytes.count >= 16, Array(bytes[0..<8]) == magic else {
            throw SentimentResourceError("\(name) is not a Sanad sentiment model (it does not start with SANADSNT)")
        }
        let version = readUInt32(bytes, at: 8)
        guard version == Self.version else {
            throw SentimentResourceError(
                "\(name) is a version \(version) sentiment model; this build reads version \(Self.version): "
                    + "retrain it with `sanad train sentiment`")
        }
        let headerLength = Int(readUInt32(bytes, at: 12))
        guard bytes.count >= 16 + headerLength else { throw SentimentResourceError("\(name) is truncated in its header") }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(bytes[16..<(16 + headerLength)]))
        } catch {
            throw SentimentResourceError("\(name) has an unreadable header: \(error)")
        }
        try header.features.validate()
        let classes = SentimentModel.classCount
        guard header.bias.count == classes, header.scales.count == classes else {
            throw SentimentResourceError("\(name) must have \(classes) biases and scales")
        }
        let count = header.features.bucketCount * classes
        let offset = 16 + headerLength
        guard bytes.count == offset + 2 * count else {
            throw SentimentResourceError(
                "\(name) should hold \(count) weights after its header (\(2 * count) bytes) but holds "
                    + "\(bytes.count - offset) bytes")
        }
        var quantized = [SIMD4<Int16>](repeating: .zero, count: header.features.bucketCount)
        for index in 0..<count {
            let raw = UInt16(bytes[offset + 2 * index]) | UInt16(bytes[offset + 2 * index + 1]) << 8
            quantized[index / classes][index % classes] = Int16(bitPattern: raw)
        }
        var scales = SIMD4<Float>(repeating: 0)
        for c in 0..<classes { scales[c] = header.scales[c] }
        return SentimentModel(
            features: header.features, quantized: quantized, scales: scales, bias: header.bias,
            combination: header.combination, notes: header.notes)
    }

    private static func append(_ value: UInt32, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}

extension SentimentModel {
    /// Reads a model written by ``serialized()``; `name` (a path, or "the built-in model") appears in errors.
    public init(serialized data: Data, name: String) throws(SentimentResourceError) {
        self = try SentimentModelFormat.decode(data, name: name)
    }

    /// Reads a model file written by `sanad train sentiment`.
    public init(contentsOf path: String) throws(SentimentResourceError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SentimentResourceError("cannot read sentiment model \(path): \(error.localizedDescription)")
        }
        try self.init(serialized: data, name: path)
    }

    /// The model in the versioned file format.
    public func serialized() throws(SentimentResourceError) -> Data { try SentimentModelFormat.encode(self) }
}
