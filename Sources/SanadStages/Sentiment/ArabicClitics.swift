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
    /// both), and returns the first non-`nil` result.
    @inline(__always)
    static func firstMatch<Result>(
        in word: ArraySlice<UInt32>, _ visit: (ArraySlice<UInt32>) -> Result?
    ) -> Result? {
        if let result = visit(word) { return result }
        for prefix in prefixes where word.count - prefix.count >= minimumStem && word.starts(with: prefix) {
            if let result = visit(word[(word.startIndex + prefix.count)...]) { return result }
        }
        if let result = firstSuffixMatch(in: word, visit) { return result }
        for prefix in prefixes where word.count - prefix.count >= minimumStem && word.starts(with: prefix) {
            if let result = firstSuffixMatch(in: word[(word.startIndex + prefix.count)...], visit) { return result }
        }
        return nil
    }

    /// The first result of `visit` on `word` without one of ``suffixes``.
    @inline(__always)
    private static func firstSuffixMatch<Result>(
        in word: ArraySlice<UInt32>, _ visit: (ArraySlice<UInt32>) -> Result?
    ) -> Result? {
        for suffix in suffixes where word.count - suffix.count >= minimumStem && ends(word, with: suffix) {
            if let result = visit(word[word.startIndex..<(word.endIndex - suffix.count)]) { return result }
        }
        return nil
    }

    @inline(__always)
    private static func ends(_ word: ArraySlice<UInt32>, with suffix: [UInt32]) -> Bool {
        let offset = word.endIndex - suffix.count
        for index in suffix.indices where word[offset + index] != suffix[index] { return false }
        return true
    }
}
