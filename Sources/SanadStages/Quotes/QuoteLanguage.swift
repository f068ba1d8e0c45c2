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
            for scalar in scalars[index..<min(scalars.count, index + Self.chunk)] {
                switch scalar.value {
                case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
                case 0x41...0x5A, 0x61...0x7A: latin += 1
                default: break
                }
            }
            index += Self.chunk
        }
        return arabic >= latin && arabic > 0 ? .ar : .en
    }

    /// How many code points ``detect(_:)`` counts between checks whether the answer is settled.
    private static let chunk = 512
}
