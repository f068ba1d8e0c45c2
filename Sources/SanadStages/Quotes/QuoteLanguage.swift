import SanadCore

/// Which language's cues the `quotes` stage reads a document with.
public enum QuoteLanguage: String, OptionChoice {
    /// Decide per document by script: Arabic when Arabic letters outnumber Latin ones.
    case auto
    /// Arabic news.
    case ar
    /// English news.
    case en

    /// The language of `scalars` for `auto`: Arabic letters against Latin letters.
    static func detect(_ scalars: [Unicode.Scalar]) -> QuoteLanguage {
        var arabic = 0
        var latin = 0
        var index = 0
        while index < scalars.count {
            // Stop once the letters left cannot change the answer.
            let remaining = scalars.count - index
            if arabic > latin + remaining { return .ar }
            if latin > arabic + remaining { return .en }
            // Range tests without a branch per code point.
            for scalar in scalars[index..<min(scalars.count, index + Self.chunk)] {
                let value = scalar.value
                arabic &+= (value &- 0x0600 < 0x100 ? 1 : 0) | (value &- 0x0750 < 0x30 ? 1 : 0)
                    | (value &- 0x08A0 < 0x60 ? 1 : 0) | (value &- 0xFB50 < 0x2B0 ? 1 : 0)
                    | (value &- 0xFE70 < 0x90 ? 1 : 0)
                // Setting bit 5 folds A–Z onto a–z and moves no other code point into a–z.
                latin &+= (value | 0x20) &- 0x61 < 26 ? 1 : 0
            }
            index += Self.chunk
        }
        return arabic >= latin && arabic > 0 ? .ar : .en
    }

    /// How many code points ``detect(_:)`` counts between checks whether the answer is settled.
    private static let chunk = 512
}
