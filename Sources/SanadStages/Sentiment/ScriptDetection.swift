/// Decides whether a text is Arabic or English from its letters: Arabic when it has at least as many Arabic
/// letters as Latin ones (so a text with no letters at all counts as Arabic, the pipeline's main language).
/// Letters of URLs (`http…`, `www.…`), @mentions and #hashtags do not count: an Arabic tweet full of links and
/// Latin hashtags is still Arabic.
enum ScriptDetection {
    /// The scripts sentiment has lexicons for.
    enum Script: Sendable, Equatable { case arabic, latin }

    /// The dominant script of `scalars`, looking at most at the first `limit` counted letters.
    static func dominantScript(of scalars: [Unicode.Scalar], limit: Int = 4000) -> Script {
        var arabic = 0, latin = 0
        var index = 0
        while index < scalars.count, arabic + latin < limit {
            if startsIgnoredRun(scalars, at: index) {
                while index < scalars.count, !scalars[index].properties.isWhitespace { index += 1 }
                continue
            }
            switch scalars[index].value {
            case 0x0621...0x064A, 0x066E...0x06D3, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC: arabic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
            index += 1
        }
        return arabic >= latin ? .arabic : .latin
    }

    /// Whether a URL, a mention or a hashtag starts at `index` (at the start of the text or after a space).
    @inline(__always)
    private static func startsIgnoredRun(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let value = scalars[index].value
        guard value == 0x23 || value == 0x40 || value == 0x68 || value == 0x77 || value == 0x48 || value == 0x57 else { return false }
        guard index == 0 || scalars[index - 1].properties.isWhitespace || !isLetter(scalars[index - 1]) else {
            return false
        }
        if value == 0x40 || value == 0x23 { return true }
        for prefix in ["http://", "https://", "www."] where matches(prefix, scalars, at: index) { return true }
        return false
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    private static func matches(_ prefix: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var position = index
        for expected in prefix.unicodeScalars {
            guard position < scalars.count, scalars[position].value | 0x20 == expected.value | 0x20 else { return false }
            position += 1
        }
        return true
    }
}
