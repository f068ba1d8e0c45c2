/// A lexicon line the `quotes` stage cannot read, in a built-in resource or in a pipeline option.
struct QuoteLexiconError: Error, CustomStringConvertible {
    /// The resource file or option the line comes from.
    let file: String
    /// Its 1-based line number (the entry's position for an option).
    let line: Int
    /// What is wrong with it.
    let message: String

    var description: String { "\(file):\(line): \(message)" }
}
