import SanadCore

/// What the `normalize` stage does with runs of whitespace.
public enum WhitespaceHandling: String, OptionChoice {
    /// A run without line breaks becomes one space; a run with one line break becomes `\n`, with two or more `\n\n`.
    case collapse
    /// Whitespace stays as written.
    case keep
}
