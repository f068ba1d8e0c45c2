/// Hangul syllable composition, which Unicode defines by arithmetic instead of listing each syllable.
enum Hangul {
    private static let leadingBase: UInt32 = 0x1100, vowelBase: UInt32 = 0x1161, trailingBase: UInt32 = 0x11A7
    private static let syllableBase: UInt32 = 0xAC00
    private static let leadingCount: UInt32 = 19, vowelCount: UInt32 = 21, trailingCount: UInt32 = 28
    private static let syllableCount = leadingCount * vowelCount * trailingCount

    /// The syllable that a leading consonant and a vowel, or an LV syllable and a trailing consonant, compose to.
    static func compose(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Unicode.Scalar? {
        let (a, b) = (first.value, second.value)
        if a >= leadingBase, a < leadingBase + leadingCount, b >= vowelBase, b < vowelBase + vowelCount {
            return Unicode.Scalar(syllableBase + ((a - leadingBase) * vowelCount + (b - vowelBase)) * trailingCount)
        }
        if a >= syllableBase, a < syllableBase + syllableCount, (a - syllableBase) % trailingCount == 0,
            b > trailingBase, b < trailingBase + trailingCount
        {
            return Unicode.Scalar(a + (b - trailingBase))
        }
        return nil
    }

    /// Whether `scalar` is a precomposed Hangul syllable.
    static func isSyllable(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= syllableBase && scalar.value < syllableBase + syllableCount
    }
}
