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
        // Every best score is written below, and every back-pointer that is read (those of positions after the first).
        scratch.best.resize(to: tokenCount * tags, filling: -Float.infinity)
        scratch.backPointers.resize(to: tokenCount * tags, filling: -1)
        masked.withUnsafeBufferPointer { masked in
            scores.withUnsafeBufferPointer { scores in
                scratch.best.withUnsafeMutableBufferPointer { best in
                    scratch.backPointers.withUnsafeMutableBufferPointer { backPointers in
                        for tag in 0..<tags { best[tag] = scores[tag] + masked[tag] }
                        // Every tag at once: per lane, the first previous tag whose candidate is best.
                        for position in 1..<tokenCount {
                            let base = position * tags
                            let previousBase = base - tags
                            let winner = tournament { previous in
                                TagVector(masked.baseAddress! + (previous + 1) * tags) + best[previousBase + previous]
                            }
                            (winner.score + TagVector(scores.baseAddress! + base)).store(to: best.baseAddress! + base)
                            winner.index.storeTruncated(to: backPointers.baseAddress! + base)
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
        // Written to the scratch's buffer, so that a sentence costs no allocation.
        scratch.tags.removeAll(keepingCapacity: true)
        scratch.tags.append(contentsOf: repeatElement(.outside, count: tokenCount))
        scratch.tags.withUnsafeMutableBufferPointer { result in
            scratch.backPointers.withUnsafeBufferPointer { backPointers in
                for position in stride(from: tokenCount - 1, through: 0, by: -1) {
                    result[position] = EntityTag.all[tag]
                    if position > 0 { tag = Int(backPointers[position * tags + tag]) }
                }
            }
        }
        return scratch.tags
    }

    /// After ``decode(scores:masked:tokenCount:scratch:)`` of the same sentence, fills `scratch.maxMarginals`
    /// (`tokenCount × EntityTag.count`): for each position and tag, the score of the best well-formed sequence that
    /// puts that tag there (Viterbi forward scores plus a backward pass). The decoded sequence's tags hold the
    /// sentence's best score; any other tag's shortfall is how much the best sequence would lose by taking it.
    ///
    /// Only positions from `first` on are filled (the backward pass stops there; earlier positions keep their forward
    /// scores): a caller reading the margins of mentions starts at the first mention.
    static func maxMarginals(scores: [Float], masked: [Float], tokenCount: Int, from first: Int = 0,
                             scratch: inout DecoderScratch) {
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
                    for position in stride(from: tokenCount - 2, through: first, by: -1) {
                        let next = (position + 1) * tags
                        let bestScore = tournament { following in
                            TagVector(toward + following * tags) + scores[next + following] + backward[after + following]
                        }.score
                        bestScore.store(to: backward + current)
                        let marginal = marginals.baseAddress! + position * tags
                        (TagVector(marginal) + bestScore).store(to: marginal)
                        swap(&after, &current)
                    }
                }
            }
        }
    }

    /// Per tag, the best of the ``EntityTag/count`` candidates `candidate(0)`, `candidate(1)`… and which one it is:
    /// the first of equal best scores, and the first (0, score -∞) when every score is -∞, exactly what a scan in
    /// order keeping a strictly greater candidate finds (scores are sums of quantized weights, never NaN, which a
    /// scan would skip and the tree would not). Pairs are played off in a tree, the earlier candidate winning ties,
    /// so the scores pass through four dependent comparisons rather than nine.
    @inline(__always)
    private static func tournament(_ candidate: (Int) -> TagVector<Float>) -> (score: TagVector<Float>,
                                                                              index: TagVector<Int32>) {
        typealias Entrant = (score: TagVector<Float>, index: TagVector<Int32>)
        @inline(__always) func entrant(_ index: Int) -> Entrant {
            (candidate(index), TagVector(repeating: Int32(index)))
        }
        @inline(__always) func play(_ earlier: Entrant, _ later: Entrant) -> Entrant {
            let better = later.score > earlier.score
            var winner = earlier
            winner.score.replace(with: later.score, where: better)
            winner.index.replace(with: later.index, where: better)
            return winner
        }
        let first = play(play(entrant(0), entrant(1)), play(entrant(2), entrant(3)))
        let second = play(play(entrant(4), entrant(5)), play(entrant(6), entrant(7)))
        var winner = play(first, second)
        for index in 8..<EntityTag.count { winner = play(winner, entrant(index)) }
        return winner
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
