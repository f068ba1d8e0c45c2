import SanadCore

/// The language tag and writing direction a document is shown in (`lang` and `dir` in HTML).
///
/// The pipeline's `language` says what text it expects; the document's own letters say what it holds. When they
/// agree (or the text has no letters), the pipeline's tag is used; when they disagree, for example English text
/// through an Arabic pipeline, the letters decide the direction and the tag becomes `ar` for Arabic script and `und`
/// (undetermined) otherwise. A pipeline tagged `und`, `mul` or `zxx` says nothing, so the letters decide.
struct DocumentLanguage: Equatable {
    /// The BCP-47 tag for `lang`.
    let tag: String
    /// Whether the text runs right to left.
    let isRightToLeft: Bool

    /// `rtl` or `ltr`, for `dir`.
    var direction: String { isRightToLeft ? "rtl" : "ltr" }

    /// A language given outright.
    init(tag: String, isRightToLeft: Bool) {
        self.tag = tag
        self.isRightToLeft = isRightToLeft
    }

    /// The language of `scalars` (a document or a paragraph of it), processed by a pipeline whose language is
    /// `pipelineTag`.
    init(of scalars: ArraySlice<Unicode.Scalar>, pipelineTag: String) {
        let subtags = pipelineTag.split(separator: "-").map { $0.lowercased() }
        let primary = subtags.first ?? "und"
        let script = ScriptCount(scalars)
        let tagIsRightToLeft =
            Self.rightToLeftLanguages.contains(primary)
            || subtags.dropFirst().contains { Self.rightToLeftScripts.contains($0) }
        if Self.undetermined.contains(primary) || (script.isRightToLeft.map { $0 != tagIsRightToLeft } ?? false) {
            let isRightToLeft = script.isRightToLeft ?? false
            self.init(
                tag: isRightToLeft && script.arabic * 2 > script.rightToLeft ? "ar" : "und",
                isRightToLeft: isRightToLeft)
        } else {
            self.init(tag: pipelineTag, isRightToLeft: tagIsRightToLeft)
        }
    }

    /// Tags that name no particular language.
    private static let undetermined: Set<String> = ["und", "mul", "zxx", "mis"]
    /// Languages written right to left by default.
    private static let rightToLeftLanguages: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
    ]
    /// Script subtags written right to left.
    private static let rightToLeftScripts: Set<String> = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"]
}

/// How many letters of a text's opening are written right to left, and how many of those are Arabic.
///
/// The first ``limit`` letters are enough to tell, so a large document is not read whole.
private struct ScriptCount {
    var rightToLeft = 0
    var leftToRight = 0
    var arabic = 0

    static let limit = 4096

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars where scalar.properties.isAlphabetic {
            let value = scalar.value
            if Self.isArabic(value) {
                arabic += 1
                rightToLeft += 1
            } else if Self.isOtherRightToLeft(value) {
                rightToLeft += 1
            } else {
                leftToRight += 1
            }
            if rightToLeft + leftToRight == Self.limit { break }
        }
    }

    /// Whether most letters run right to left; nil when there are no letters.
    var isRightToLeft: Bool? {
        rightToLeft + leftToRight == 0 ? nil : rightToLeft > leftToRight
    }

    private static func isArabic(_ value: UInt32) -> Bool {
        (0x0600...0x06FF).contains(value) || (0x0750...0x077F).contains(value) || (0x0870...0x08FF).contains(value)
            || (0xFB50...0xFDFF).contains(value) || (0xFE70...0xFEFF).contains(value)
            || (0x1EE00...0x1EEFF).contains(value)
    }

    private static func isOtherRightToLeft(_ value: UInt32) -> Bool {
        (0x0590...0x05FF).contains(value) || (0x0700...0x074F).contains(value) || (0x0780...0x085F).contains(value)
            || (0xFB1D...0xFB4F).contains(value) || (0x10800...0x10FFF).contains(value)
            || (0x1E800...0x1EDFF).contains(value)
    }
}
