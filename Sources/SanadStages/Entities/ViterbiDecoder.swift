/// Finds the highest-scoring well-formed tag sequence of a sentence (first-order Viterbi).
///
/// A tag's score at a position is its emission score (the sum of its feature weights) plus the transition weight
/// from the previous tag. Ill-formed transitions (`O → I-X`, `B-X → I-Y`) are never taken, so every output reads
/// as whole entities.
enum ViterbiDecoder {
    /// Decodes `tokenCount` positions of `scores` (`tokenCount × EntityTag.count`) with `transitions`
    /// (`(EntityTag.count + 1) × EntityTag.count`, first row from the sentence start).
    static func decode(scores: [Float], transitions: [Float], tokenCount: Int, scratch: inout DecoderScratch) -> [EntityTag] {
        guard tokenCount > 0 else { return [] }
        let tags = EntityTag.count
        scratch.best.removeAll(keepingCapacity: true)
        scratch.best.append(contentsOf: repeatElement(-Float.infinity, count: tokenCount * tags))
        scratch.backPointers.removeAll(keepingCapacity: true)
        scratch.backPointers.append(contentsOf: repeatElement(-1, count: tokenCount * tags))
        let allowed = allowedTransitions
        for tag in 0..<tags where allowed[tag] {
            scratch.best[tag] = scores[tag] + transitions[tag]
        }
        for position in 1..<max(1, tokenCount) {
            let base = position * tags
            let previousBase = base - tags
            for tag in 0..<tags {
                var bestScore = -Float.infinity
                var bestPrevious = -1
                for previous in 0..<tags where allowed[(previous + 1) * tags + tag] {
                    let candidate = scratch.best[previousBase + previous] + transitions[(previous + 1) * tags + tag]
                    if candidate > bestScore {
                        bestScore = candidate
                        bestPrevious = previous
                    }
                }
                scratch.best[base + tag] = bestScore + scores[base + tag]
                scratch.backPointers[base + tag] = Int8(bestPrevious)
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
