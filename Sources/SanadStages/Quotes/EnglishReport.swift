import SanadCore

/// One English report as read around its cue: the content, the tokens naming the speaker (nil when implicit), and
/// where reading goes on.
struct EnglishReport {
    var content: Span
    var kind: Quote.Kind
    var speaker: Range<Int>?
    /// The last token the report takes up.
    var last: Int
    /// Where the next cue may be looked for.
    var afterCue: Int
}
