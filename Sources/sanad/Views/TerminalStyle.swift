/// ANSI colours for the terminal view, or none.
///
/// Colour is for people at a terminal: it is used only when standard output is one, `NO_COLOR` is unset or empty
/// (https://no-color.org) and `TERM` is not `dumb`. Output to a file or a pipe is always plain text.
struct TerminalStyle {
    /// Whether escape codes are written.
    let colored: Bool

    /// Whether a run should colour its output: `isTerminal` says whether standard output is a terminal.
    static func colorAllowed(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// The Select Graphic Rendition codes the view uses.
    enum Code: String {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case magenta = "35"
        case cyan = "36"
    }

    /// `text` in `code`'s style, followed by a reset; `text` unchanged when colour is off.
    func paint(_ text: String, _ code: Code) -> String {
        colored ? "\u{1B}[\(code.rawValue)m\(text)\u{1B}[0m" : text
    }
}
