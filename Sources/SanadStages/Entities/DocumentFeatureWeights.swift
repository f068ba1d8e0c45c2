/// The summed weights of a word's ``EntityFeatures/Source/document`` features for every value they can take, built
/// once per model: the emission scorer adds a word's document features with three row lookups instead of hashing
/// and probing the ``WeightTable`` for each feature.
///
/// The features read three independent things: the word's occurrences in the document (capped at
/// ``EntityFeatures/documentCountCap``) with its training frequency bucket, the trigger classes before its
/// occurrences, and those after. Each gets its own table of ``EntityTag/count`` quantized sums. The trigger tables
/// hold the sums of an aggregate with those triggers less the sums of one without any: the integer sums are exact
/// (wrapping), so the three rows add up to the features' weights bit for bit.
struct DocumentFeatureWeights: Sendable {
    /// Frequency buckets a row of ``counts`` covers (``TokenLexicon/frequencyBucketCount``).
    private static let frequencies = TokenLexicon.frequencyBucketCount
    /// Per (occurrences 0…cap, frequency bucket): the sums of the occurrence features.
    private let counts: [Int32]
    /// Per set of trigger classes before the word's occurrences: the sums of their features.
    private let before: [Int32]
    /// Per set of trigger classes after the word's occurrences: the sums of their features.
    private let after: [Int32]

    /// The tables of `weights`.
    init(weights: WeightTable) {
        let tags = EntityTag.count
        func sums(_ aggregate: DocumentContext.Aggregate, frequency: UInt16) -> [Int32] {
            var keys: [UInt64] = []
            EntityFeatures.documentKeys(of: aggregate, frequency: frequency) { keys.append($0) }
            var row = [Int32](repeating: 0, count: tags)
            row.withUnsafeMutableBufferPointer { weights.accumulate(keys, into: $0.baseAddress!) }
            return row
        }
        var counts: [Int32] = []
        for count in 0...EntityFeatures.documentCountCap {
            for frequency in 0..<DocumentFeatureWeights.frequencies {
                counts += sums(DocumentContext.Aggregate(count: count), frequency: UInt16(frequency))
            }
        }
        let none = sums(DocumentContext.Aggregate(count: 0), frequency: 0)
        func difference(_ aggregate: DocumentContext.Aggregate) -> [Int32] {
            zip(sums(aggregate, frequency: 0), none).map { $0 &- $1 }
        }
        // Every set of trigger classes a word's occurrences can have around them.
        let classes = 0..<(1 << TriggerWords.Kind.allCases.count)
        self.counts = counts
        before = classes.flatMap { difference(DocumentContext.Aggregate(count: 0, triggersBefore: UInt8($0))) }
        after = classes.flatMap { difference(DocumentContext.Aggregate(count: 0, triggersAfter: UInt8($0))) }
    }

    /// Adds to `total` the weights of the document features of a word that `aggregate` describes and whose training
    /// frequency bucket is `frequency`.
    @inline(__always)
    func add(_ aggregate: DocumentContext.Aggregate, frequency: UInt16, to total: inout TagVector<Int32>) {
        let tags = EntityTag.count
        let count = min(aggregate.count, EntityFeatures.documentCountCap)
        // Masked so that a model file with an out-of-range bucket cannot read past the table.
        let bucket = Int(frequency) & (DocumentFeatureWeights.frequencies - 1)
        let countRow = (count * DocumentFeatureWeights.frequencies + bucket) * tags
        let beforeRow = Int(aggregate.triggersBefore) * tags, afterRow = Int(aggregate.triggersAfter) * tags
        counts.withUnsafeBufferPointer { total.add($0.baseAddress! + countRow) }
        before.withUnsafeBufferPointer { total.add($0.baseAddress! + beforeRow) }
        after.withUnsafeBufferPointer { total.add($0.baseAddress! + afterRow) }
    }
}
