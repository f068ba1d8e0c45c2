/// "Did you mean" hints: the known word closest to a misspelt one.
enum Suggestion {
    /// The candidate closest to `word` by edit distance (a swap of two neighbours counts as one edit), when it is
    /// within about a third of the word's length (one edit up to 4 scalars, two up to 7…); ties go to the
    /// alphabetically first.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, (word.unicodeScalars.count + 2) / 3)
        let scored = candidates.map { (distance: editDistance(word, $0), candidate: $0) }
        return scored.filter { $0.distance <= limit }.min { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }?
            .candidate
    }

    /// `"; did you mean `x`?"` for the closest candidate, or nothing.
    static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
