/// The code point sets the tokenizer decides with. The small sets of punctuation are switches, which compile to a
/// few comparisons, where a `Set` would hash every punctuation mark.
extension TokenScanner {
    static let urlStarts: [[UInt8]] = ["https://", "http://", "ftp://", "www."].map { Array($0.utf8) }

    /// Characters that end a URL: quotes, angle brackets, Arabic comma, semicolon and question mark.
    @inline(__always) static func isURLStop(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x3C, 0x3E, 0xAB, 0xBB, 0x201C, 0x201D, 0x060C, 0x061B, 0x061F: true
        default: false
        }
    }

    /// Characters dropped from the end of a URL: sentence punctuation around it.
    @inline(__always) static func isURLTrailing(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2019: true
        default: false
        }
    }

    /// Sentence-final marks: `.` `!` `?` `؟` `…` `۔` `‼` `⁇` `⁈` `⁉`.
    @inline(__always) static func isTerminal(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x2026, 0x06D4, 0x203C, 0x2047, 0x2048, 0x2049: true
        default: false
        }
    }

    /// Marks that close a quotation or bracket: `)` `]` `}` `»` `”` `’` `›` `》` `」` `﴾` (the ornate parenthesis
    /// that closes in right-to-left text) and `⸩`.
    @inline(__always) static func isCloser(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x29, 0x5D, 0x7D, 0xBB, 0x201D, 0x2019, 0x203A, 0x300B, 0x300D, 0xFD3E, 0x2E29: true
        default: false
        }
    }

    /// Marks after which a sentence goes on: `,` `;` `:` `،` `؛`.
    @inline(__always) static func isContinuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2C, 0x3B, 0x3A, 0x060C, 0x061B: true
        default: false
        }
    }

    /// Marks that join digit groups inside one number: `.` `,` `:` `/` `٫` `٬`, hyphen and en dash (ranges).
    @inline(__always) static func isNumberJoiner(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2E, 0x2C, 0x3A, 0x2F, 0x066B, 0x066C, 0x2D, 0x2013, 0x2010, 0x2011: true
        default: false
        }
    }

    /// Hyphens and dashes that are runs of one token (`--`).
    @inline(__always) static func isHyphen(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2D, 0x2010, 0x2011, 0x2013, 0x2014: true
        default: false
        }
    }

    /// Common top-level domains, for addresses written without `http://` or `www.` (`example.com`).
    static func isTopLevelDomain(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard let key = AbbreviationKey(text, range) else { return false }
        return topLevelDomains.contains(key)
    }

    /// Arabic spellings of Latin letters, which acronyms are written with (`بي. بي. سي.`, `سي. إن. إن.`), with and
    /// without hamza (the normalized view may drop it).
    static let spelledLetters: Set<AbbreviationKey> = Set(
        ("إيه ايه بي سي دي إي اي إف اف جي إتش اتش آي اي جاي كي إل ال إم ام إن ان أو او كيو آر ار إس اس تي يو "
            + "في دبليو إكس اكس واي زد").split(separator: " ").map { AbbreviationKey(String($0))! })

    static let topLevelDomains: Set<AbbreviationKey> = Set(
        ("com org net edu gov mil int info biz io co me tv news online app ai uk us eu sa ae eg jo lb sy iq kw qa "
            + "bh om ye ma dz tn ly sd ps fr de tr ir ru cn jp in ca au ch nl it es").split(separator: " ")
            .map { AbbreviationKey(String($0))! })
}
