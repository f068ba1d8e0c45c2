import SanadTesting

/// Random text mixing what makes normalization and alignment hard: Arabic with tashkeel and tatweel, presentation
/// forms, combining marks, Hangul syllables and jamo, emoji with skin tones and ZWJ sequences, bidi marks, CRLF and
/// whitespace runs, digits and quotes, and arbitrary code points from every plane.
enum RandomText {
    private static let pieces: [[String]] = [
        ["a", "Z", "7", ".", ",", "-", "\"", "'"],
        ["ب", "ت", "ا", "ل", "م", "ي", "ى", "ة", "أ", "إ", "آ", "ٱ", "ء", "ؤ", "ئ", "ـ", "،", "؟"],
        ["\u{064B}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{0670}", "\u{0653}", "\u{0654}",
         "\u{0655}", "\u{0615}", "\u{06D6}", "\u{06E5}"],
        ["\u{0300}", "\u{0301}", "\u{0316}", "\u{0327}", "\u{0344}", "\u{0345}", "\u{0F73}", "\u{3099}", "é", "ñ"],
        ["가", "각", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{314F}", "\u{3131}"],
        ["👍", "👍🏽", "👨‍👩‍👧", "🏳️‍🌈", "\u{1F3FB}", "🇸🇦", "🏴\u{E0067}\u{E0062}\u{E007F}"],
        ["\u{200E}", "\u{200F}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{202B}", "\u{202C}", "\u{2067}", "\u{2069}",
         "\u{FEFF}", "\u{00AD}", "\u{061C}"],
        [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", " \n \n ", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{2028}",
         "\u{0085}"],
        ["٠", "٩", "۴", "“", "”", "«", "»", "‘", "’", "″", "…", "ﬁ", "５", "²", "ﷺ", "ﷲ", "\u{FE71}", "\u{FE72}"],
    ]

    /// A text of up to `maxPieces` pieces.
    static func make(maxPieces: Int, using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 0...maxPieces, using: &generator) {
            switch Int.random(in: 0..<12, using: &generator) {
            case 0..<9:
                text += pieces[Int.random(in: 0..<9, using: &generator)].randomElement(using: &generator)!
            case 9:
                text.unicodeScalars.append(randomScalar(in: 0xFB50...0xFEFC, using: &generator))
            case 10:
                text.unicodeScalars.append(randomScalar(in: 0x80...0xFFFF, using: &generator))
            default:
                text.unicodeScalars.append(randomScalar(in: 0x10000...0x10FFFF, using: &generator))
            }
        }
        return text
    }

    private static func randomScalar(in range: ClosedRange<UInt32>, using generator: inout SeededGenerator)
        -> Unicode.Scalar
    {
        while true {
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { return scalar }
        }
    }
}
