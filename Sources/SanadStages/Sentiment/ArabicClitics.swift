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
            let prefixMask = matchingPrefixes(of: word), suffixMask = matchingSuffixes(of: word)
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

    /// Bit `i` set when ``prefixes``[i] starts `word` and leaves at least ``minimumStem`` letters.
    @inline(__always)
    private static func matchingPrefixes(of word: ArraySlice<UInt32>) -> UInt64 {
        switch word.first! {
        case 0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627: break  // و ف ب ك ل ا: every prefix starts with one
        default: return 0
        }
        var mask: UInt64 = 0
        for (bit, prefix) in prefixes.enumerated()
        where word.count - prefix.count >= minimumStem && matches(word, prefix, at: word.startIndex) {
            mask |= 1 << UInt64(bit)
        }
        return mask
    }

    /// Bit `i` set when ``suffixes``[i] ends `word` and leaves at least ``minimumStem`` letters.
    @inline(__always)
    private static func matchingSuffixes(of word: ArraySlice<UInt32>) -> UInt64 {
        switch word.last! {
        case 0x0646, 0x0627, 0x062A, 0x0647, 0x0645, 0x064A: break  // ن ا ت ه م ي: every suffix ends with one
        default: return 0
        }
        var mask: UInt64 = 0
        for (bit, suffix) in suffixes.enumerated()
        where word.count - suffix.count >= minimumStem && matches(word, suffix, at: word.endIndex - suffix.count) {
            mask |= 1 << UInt64(bit)
        }
        return mask
    }

    @inline(__always)
    private static func matches(_ word: ArraySlice<UInt32>, _ part: [UInt32], at offset: Int) -> Bool {
        for index in part.indices where word[offset + index] != part[index] { return false }
        return true
    }
}
