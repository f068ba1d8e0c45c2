/// The summed weights of the features a token gives the tokens two positions away (``EntityFeatures/Source/trigger``
/// sources), for every set of trigger classes, built once per model.
///
/// Those templates read nothing of the token but its ``TriggerWords`` classes, so the emission scorer adds their
/// weights from a row per set of classes (32 sets, a few kilobytes that stay in cache) instead of keeping them in every
/// word's ``EmissionCache`` row: a row then fills two cache lines rather than three. A position outside the sentence
/// has no trigger classes, and gives these templates no feature, as a word without any does (set 0, all zeros).
struct TriggerNeighbourWeights: Sendable {
    /// The sets of trigger classes a token can have.
    private static let sets = 1 << TriggerWords.Kind.allCases.count
    /// Per set of trigger classes: the sums of the features of a token with that set as the token two before.
    private let before: [Int32]
    /// Per set of trigger classes: the sums of the features of a token with that set as the token two after.
    private let after: [Int32]

    /// The tables of `features` with `weights`.
    init(features: EntityFeatures, weights: WeightTable) {
        let tags = EntityTag.count
        var before = [Int32](repeating: 0, count: TriggerNeighbourWeights.sets * tags)
        var after = before
        for set in 0..<TriggerNeighbourWeights.sets {
            var form = TokenForm()
            form.triggers = UInt8(set)
            var keys: (before: [UInt64], after: [UInt64]) = ([], [])
            features.singleTokenKeys(of: EntityFeatures.TokenFacts(form: form, shares: 0),
                                     sources: EntityFeatures.Source.triggerBits) { source, key in
                if source == .before2 { keys.before.append(key) } else { keys.after.append(key) }
            }
            let row = set * tags
            before.withUnsafeMutableBufferPointer { weights.accumulate(keys.before, into: $0.baseAddress! + row) }
            after.withUnsafeMutableBufferPointer { weights.accumulate(keys.after, into: $0.baseAddress! + row) }
        }
        self.before = before
        self.after = after
    }

    /// Adds to `total` the weights of the features that the token two before, whose trigger classes are
    /// `twoBefore`, and the token two after, whose classes are `twoAfter`, give (0 for a position outside the
    /// sentence).
    @inline(__always)
    func add(twoBefore: UInt8, twoAfter: UInt8, to total: inout TagVector<Int32>) {
        let tags = EntityTag.count
        // Masked so that no value can read past the tables (a form's classes are bits of TriggerWords.Kind).
        let beforeRow = Int(twoBefore) & (TriggerNeighbourWeights.sets - 1)
        let afterRow = Int(twoAfter) & (TriggerNeighbourWeights.sets - 1)
        before.withUnsafeBufferPointer { total.add($0.baseAddress! + beforeRow * tags) }
        after.withUnsafeBufferPointer { total.add($0.baseAddress! + afterRow * tags) }
    }
}
