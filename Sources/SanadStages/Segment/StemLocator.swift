import SanadCore

/// Finds where the stem of an Arabic token starts in the original text, for ``Token/prefix``.
///
/// The token's letters are folded from the view (so the analysis sees the same word with or without diacritics);
/// the prefix found there is mapped through the view's alignment to the original, where the clitics' own diacritics
/// and tatweel stay with the prefix (`وَ` + `القاهرة`).
struct StemLocator {
    /// Longest word analysed, in letters; longer tokens are not Arabic words anyway.
    static let capacity = 48

    let analyzer: CliticAnalyzer
    let view: UnsafeBufferPointer<Unicode.Scalar>
    let originStart: UnsafeBufferPointer<Int32>
    let original: UnsafeBufferPointer<Unicode.Scalar>
    /// Scratch space for the folded letters of one token (``capacity`` entries).
    let letters: UnsafeMutablePointer<UInt16>
    /// Scratch space for the view offset of each folded letter (``capacity`` entries).
    let positions: UnsafeMutablePointer<Int>
    /// ``ArabicFolding/table``.
    let folding: UnsafePointer<UInt16>

    /// Code points of `span` (the original span of `token`) taken by proclitics; 0 when there are none.
    func prefix(of token: RawToken, span: Span) -> Int {
        var length = 0
        var hamza: UInt64 = 0
        for index in Int(token.start)..<Int(token.end) {
            let letter = ArabicFolding.fold(view[index].value, table: folding)
            if letter == 0 { continue }
            guard length < Self.capacity, length > 0 || CliticAnalyzer.mayStartWithClitic(letter) else { return 0 }
            if letter == ArabicFolding.alef
                && ArabicFolding.isHamzaAlef(original[Int(originStart[index])].value)
            {
                hamza |= 1 << UInt64(length)
            }
            letters[length] = letter
            positions[length] = index
            length += 1
        }
        let clitics = analyzer.prefixLetters(letters, length, hamza: hamza)
        guard clitics > 0 else { return 0 }
        var stem = Int(originStart[positions[clitics]])
        while stem < span.end && ArabicFolding.fold(original[stem].value, table: folding) == 0 { stem += 1 }
        let prefix = stem - span.start
        return prefix > 0 && prefix < span.length ? prefix : 0
    }
}
