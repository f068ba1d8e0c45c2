/// Conservative clitic stripping for lexicon lookup: `والإرهابيين` is looked up as `ارهابيين`, then `ارهابي`.
///
/// Lookups try the full folded word first; only when it is not in the lexicon are proclitics (و ف ب ل ك ال and their
/// combinations) and then common suffixes (ات ون ين ان ها هم ه ي, the accusative ـًا …) removed, and only while at least three letters
/// remain, so short words are never cut down to something else.
enum ArabicClitics {
    /// Folded proclitic sequences, longest first.
    static let prefixes: [[UInt32]] = [
        "وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
        "وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك",
    ].map(SentimentFolding.fold)

    /// Folded suffixes (pronouns, plural and feminine endings; `ة` is folded to `ه`), longest first.
    static let suffixes: [[UInt32]] = [
        "يين", "يون", "هما", "كما", "ات", "ون", "ين", "ان", "وا", "ها", "هم", "هن", "كم", "نا", "يه", "ه", "ي", "ت", "ا",
    ].map(SentimentFolding.fold)

    /// The fewest letters a stripped stem may keep.
    static let minimumStem = 3

    /// Calls `visit` with the word itself, then with each shorter candidate stem (prefix stripped, suffix stripped,
    /// both), each with its ``ScalarHash`` (seed 0), and returns the first non-`nil` result.
    ///
    /// The hashes of all stems that start at one offset come from one pass over the word (the hash state after each
    /// letter is kept on the stack), so a word costs a few passes of multiplications, not one full hash per stem.
    @inline(__always)
    static func firstMatch<Result>(
        in word: ArraySlice<UInt32>, _ visit: (ArraySlice<UInt32>, UInt64) -> Result?
    ) -> Result? {
        let length = word.count
        guard length > 0 else { return visit(word, ScalarHash.of(word)) }
        return withUnsafeTemporaryAllocation(of: ScalarHash.self, capacity: length + 1) { states in
            /// Fills `states[k]` with the hash state after letters `first..<first + k`.
            func hashStates(from first: Int) {
                var hash = ScalarHash()
                states[0] = hash
                for k in 0..<(length - first) {
                    hash.combine(word[word.startIndex + first + k])
                    states[k + 1] = hash
                }
            }
            func stem(_ first: Int, _ end: Int) -> Result? {
                visit(word[(word.startIndex + first)..<(word.startIndex + end)], states[end - first].value)
            }
            hashStates(from: 0)
            if let result = stem(0, length) { return result }
            let prefixMask = matching(prefixes, byEdge: prefixesByFirstLetter, of: word, atEnd: false)
            let suffixMask = matching(suffixes, byEdge: suffixesByLastLetter, of: word, atEnd: true)
            var mask = prefixMask
            while mask != 0 {
                let prefix = prefixes[mask.trailingZeroBitCount].count
                mask &= mask - 1
                var hash = ScalarHash()
                for index in (word.startIndex + prefix)..<word.endIndex { hash.combine(word[index]) }
                if let result = visit(word[(word.startIndex + prefix)...], hash.value) { return result }
            }
            mask = suffixMask
            while mask != 0 {
                let suffix = suffixes[mask.trailingZeroBitCount].count
                mask &= mask - 1
                if let result = stem(0, length - suffix) { return result }
            }
            var outer = prefixMask
            while outer != 0 {
                let prefix = prefixes[outer.trailingZeroBitCount].count
                outer &= outer - 1
                hashStates(from: prefix)
                var inner = suffixMask
                while inner != 0 {
                    let suffix = suffixes[inner.trailingZeroBitCount].count
                    inner &= inner - 1
                    if length - prefix - suffix >= minimumStem, let result = stem(prefix, length - suffix) {
                        return result
                    }
                }
            }
            return nil
        }
    }

    /// Bit `i` set when `parts`[i] starts (or, `atEnd`, ends) `word` and leaves at least ``minimumStem`` letters;
    /// `byEdge` (``partsByLetter(_:atEnd:)``) holds per letter the parts that start (end) with it, so only those are
    /// compared and most words are ruled out by one test.
    @inline(__always)
    private static func matching(
        _ parts: [[UInt32]], byEdge: [UInt64], of word: ArraySlice<UInt32>, atEnd: Bool
    ) -> UInt64 {
        let edge = (atEnd ? word.last! : word.first!) &- letterBase
        guard edge < 64 else { return 0 }
        var candidates = byEdge[Int(edge)]
        var mask: UInt64 = 0
        while candidates != 0 {
            let bit = candidates.trailingZeroBitCount
            candidates &= candidates - 1
            let part = parts[bit]
            if word.count - part.count >= minimumStem,
                matches(word, part, at: atEnd ? word.endIndex - part.count : word.startIndex)
            {
                mask |= 1 << UInt64(bit)
            }
        }
        return mask
    }

    /// Per letter of ``prefixes`` (their first) and ``suffixes`` (their last), the parts with that letter there.
    private static let prefixesByFirstLetter = partsByLetter(prefixes, atEnd: false)
    private static let suffixesByLastLetter = partsByLetter(suffixes, atEnd: true)

    /// The first of the 64 letters ``partsByLetter(_:atEnd:)`` indexes (U+0620…U+065F, every Arabic letter the parts
    /// use).
    private static let letterBase: UInt32 = 0x0620

    /// Per letter `letterBase + k`, bit `i` of entry `k` set when `parts`[i] starts (or, `atEnd`, ends) with it.
    private static func partsByLetter(_ parts: [[UInt32]], atEnd: Bool) -> [UInt64] {
        var byLetter = [UInt64](repeating: 0, count: 64)
        for (bit, part) in parts.enumerated() {
            let letter = atEnd ? part.last! : part.first!
            precondition(letter >= letterBase && letter - letterBase < 64, "affix letter outside the mask's range")
            byLetter[Int(letter - letterBase)] |= 1 << UInt64(bit)
        }
        return byLetter
    }

    @inline(__always)
    private static func matches(_ word: ArraySlice<UInt32>, _ part: [UInt32], at offset: Int) -> Bool {
        for index in part.indices where word[offset + index] != part[index] { return false }
        return true
    }
}
