/// Decides whether a text is Arabic or English from its letters: Arabic when it has at least as many Arabic
/// letters as Latin ones (so a text with no letters at all counts as Arabic, the pipeline's main language).
enum ScriptDetection {
    /// The languages sentiment has lexicons for.
    enum Script: Sendable, Equatable { case arabic, latin }

    /// The dominant script of `scalars`, looking at most at the first `limit` letters.
    static func dominantScript(of scalars: [Unicode.Scalar], limit: Int = 4000) -> Script {
        var arabic = 0, latin = 0
        for scalar in scalars {
            switch scalar.value {
            case 0x0621...0x064A, 0x066E...0x06D3, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC: arabic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: continue
            }
            if arabic + latin >= limit { break }
        }
        return arabic >= latin ? .arabic : .latin
    }
}
