/// Finds the highest-scoring well-formed tag sequence of a sentence (first-order Viterbi).
///
/// A tag's score at a position is its emission score (the sum of its feature weights) plus the transition weight
/// from the previous tag. Ill-formed transitions (`O → I-X`, `B-X → I-Y`) are never taken, so every output reads
/// as whole entities.
enum ViterbiDecoder {
    /// Decodes `tokenCount` positions of `scores` (`tokenCount × EntityTag.count`) with `transitions`
    /// (`(EntityTag.count + 1) × EntityTag.count`, first row from the sentence start).
    static func decode(scores: [Float], transitions: [Float], tokenCount: Int, scratch: inout DecoderScratch) -> [EntityTag] {
        decode(scores: scores, masked: masked(transitions), tokenCount: tokenCount, scratch: &scratch)
    }

    /// `transitions` with every ill-formed transition set to -∞: what the decoding passes read.
    static func masked(_ transitions: [Float]) -> [Float] {
        var masked = transitions
        for (index, allowed) in allowedTransitions.enumerated() where !allowed { masked[index] = -Float.infinity }
        return masked
    }

    /// Decodes like ``decode(scores:transitions:tokenCount:scratch:)`` with transitions already ``masked(_:)``.
    static func decode(scores: [Float], masked: [Float], tokenCount: Int, scratch: inout DecoderScratch) -> [EntityTag] {
        guard tokenCount > 0 else { return [] }
        let tags = EntityTag.count
        scratch.best.removeAll(keepingCapacity: true)
        scratch.best.append(contentsOf: repeatElement(-Float.infinity, count: tokenCount * tags))
        scratch.backPointers.removeAll(keepingCapacity: true)
        scratch.backPointers.append(contentsOf: repeatElement(-1, count: tokenCount * tags))
        masked.withUnsafeBufferPointer { masked in
            scores.withUnsafeBufferPointer { scores in
                scratch.best.withUnsafeMutableBufferPointer { best in
                    scratch.backPointers.withUnsafeMutableBufferPointer { backPointers in
                        for tag in 0..<tags { best[tag] = scores[tag] + masked[tag] }
                        // Every tag at once: per previous tag, in order, the lanes whose candidate beats their best.
                        for position in 1..<tokenCount {
                            let base = position * tags
                            let previousBase = base - tags
                            var bestScore = TagVector<Float>(repeating: -Float.infinity)
                            var bestPrevious = TagVector<Int32>(repeating: 0)
                            for previous in 0..<tags {
                                let candidate = TagVector(masked.baseAddress! + (previous + 1) * tags)
                                    + best[previousBase + previous]
                                let better = candidate > bestScore
                                bestScore.replace(with: candidate, where: better)
                                bestPrevious.replace(with: Int32(previous), where: better)
                            }
                            (bestScore + TagVector(scores.baseAddress! + base)).store(to: best.baseAddress! + base)
                            for tag in 0..<tags { backPointers[base + tag] = Int8(bestPrevious[tag]) }
                        }
                    }
                }
            }
        }
        let lastBase = (tokenCount - 1) * tags
        var tag = 0
        for candidate in 1..<tags where scratch.best[lastBase + candidate] > scratch.best[lastBase + tag] {
            tag = candidate
        }
        var result = [EntityTag](repeating: .outside, count: tokenCount)
        for position in stride(from: tokenCount - 1, through: 0, by: -1) {
            result[position] = EntityTag.all[tag]
            if position > 0 { tag = Int(scratch.backPointers[position * tags + tag]) }
        }
        return result
    }

    /// After ``decode(scores:masked:tokenCount:scratch:)`` of the same sentence, fills `scratch.maxMarginals`
    /// (`tokenCount × EntityTag.count`): for each position and tag, the score of the best well-formed sequence that
    /// puts that tag there (Viterbi forward scores plus a backward pass). The decoded sequence's tags hold the
    /// sentence's best score; any other tag's shortfall is how much the best sequence would lose by taking it.
    static func maxMarginals(scores: [Float], masked: [Float], tokenCount: Int, scratch: inout DecoderScratch) {
        let tags = EntityTag.count
        scratch.maxMarginals.removeAll(keepingCapacity: true)
        guard tokenCount > 0 else { return }
        scratch.maxMarginals.append(contentsOf: scratch.best[0..<(tokenCount * tags)])
        // Every tag at once: `toward[following * tags + tag]` is the masked transition from `tag` to `following`.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * tags + tags * tags) { buffer in
            buffer.initialize(repeating: 0)
            let backward = buffer.baseAddress!, toward = backward + 2 * tags
            for tag in 0..<tags {
                for following in 0..<tags { toward[following * tags + tag] = masked[(tag + 1) * tags + following] }
            }
            scores.withUnsafeBufferPointer { scores in
                scratch.maxMarginals.withUnsafeMutableBufferPointer { marginals in
                    var after = 0, current = tags
                    for position in stride(from: tokenCount - 2, through: 0, by: -1) {
                        let next = (position + 1) * tags
                        var bestScore = TagVector<Float>(repeating: -Float.infinity)
                        for following in 0..<tags {
                            let candidate = TagVector(toward + following * tags) + scores[next + following]
                                + backward[after + following]
                            bestScore.replace(with: candidate, where: candidate > bestScore)
                        }
                        bestScore.store(to: backward + current)
                        let marginal = marginals.baseAddress! + position * tags
                        (TagVector(marginal) + bestScore).store(to: marginal)
                        swap(&after, &current)
                    }
                }
            }
        }
    }

    /// `allowedTransitions[(previous + 1) * EntityTag.count + tag]`: whether `tag` may follow `previous`
    /// (`previous` = -1 at the sentence start).
    static let allowedTransitions: [Bool] = {
        var allowed: [Bool] = []
        for previous in [nil] + EntityTag.all {
            for tag in EntityTag.all { allowed.append(tag.mayFollow(previous)) }
        }
        return allowed
    }()
}
