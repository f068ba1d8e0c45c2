/// The Arabic code points that `normalize` removes or folds.
enum ArabicCodePoints {
    /// Marks removed by `diacritics: remove`: Quranic annotation signs U+0610–U+061A, tashkeel U+064B–U+0652, the
    /// rarer vowel marks U+0656–U+065F, superscript alef U+0670, and the Quranic small high/low marks of U+06D6–U+06ED
    /// except the letters small waw/yeh (U+06E5–U+06E6) and the symbols end of ayah, rub el hizb, sajdah (U+06DD,
    /// U+06DE, U+06E9). Hamza and madda above/below (U+0653–U+0655) are spelling, not vowels, and stay.
    static let diacritics: [ClosedRange<UInt32>] = [
        0x0610...0x061A, 0x064B...0x0652, 0x0656...0x065F, 0x0670...0x0670,
        0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7...0x06E8, 0x06EA...0x06ED,
    ]
    /// Tatweel (kashida).
    static let tatweel: ClosedRange<UInt32> = 0x0640...0x0640
    /// Alef with madda above, hamza above, hamza below, and alef wasla.
    static let alefVariants: [ClosedRange<UInt32>] = [0x0622...0x0623, 0x0625...0x0625, 0x0671...0x0671]
    /// Bare alef.
    static let alef: UInt32 = 0x0627
    /// Alef maqsura.
    static let alefMaqsura: ClosedRange<UInt32> = 0x0649...0x0649
    /// Yeh.
    static let yeh: UInt32 = 0x064A
    /// Teh marbuta.
    static let tehMarbuta: ClosedRange<UInt32> = 0x0629...0x0629
    /// Heh.
    static let heh: UInt32 = 0x0647
    /// Arabic-Indic digits ٠–٩.
    static let arabicIndicDigits: ClosedRange<UInt32> = 0x0660...0x0669
    /// Extended Arabic-Indic (Persian, Urdu) digits ۰–۹.
    static let persianDigits: ClosedRange<UInt32> = 0x06F0...0x06F9
}
