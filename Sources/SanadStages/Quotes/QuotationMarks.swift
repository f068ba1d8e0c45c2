/// Pairs the quotation marks of a paragraph: which mark opens, which closes, and which close which.
///
/// Arabic typography mixes `«…»`, `“…”`, `”…”` and straight `"…"`, and writers leave marks unclosed. Guillemets
/// say their direction; other marks are read from their spacing: a mark with a space (or nothing) before it and a
/// letter after it opens, a mark glued to the word before it and followed by a space closes, and a mark glued on
/// both sides (`المقدشي"المقاومة`) does whichever the open marks need. An opening straight mark met while another
/// one is open leaves that one unclosed (it was never closed in the text).
enum QuotationMarks {
    /// Sets ``QuoteToken/pair`` and ``QuoteToken/opens`` on the quotation marks of `tokens`, paragraph by paragraph.
    static func pair(_ tokens: inout [QuoteToken], scalars: [Unicode.Scalar]) {
        var open: [Int] = []
        var paragraph = -1
        for index in tokens.indices where tokens[index].kind == .quotationMark {
            if tokens[index].paragraph != paragraph {
                open.removeAll()
                paragraph = tokens[index].paragraph
            }
            let mark = scalars[tokens[index].start].value
            switch direction(of: tokens[index], mark: mark, scalars: scalars) {
            case .opens:
                if let top = open.last, !isGuillemet(scalars[tokens[top].start].value), !isGuillemet(mark) {
                    open.removeLast()
                }
                tokens[index].opens = true
                open.append(index)
            case .closes:
                if let top = open.lastIndex(where: { closes(mark, opener: scalars[tokens[$0].start].value) }) {
                    link(open[top], index, in: &tokens)
                    open.removeSubrange(top...)
                }
            case .either:
                if let top = open.last, closes(mark, opener: scalars[tokens[top].start].value) {
                    link(top, index, in: &tokens)
                    open.removeLast()
                } else {
                    tokens[index].opens = true
                    open.append(index)
                }
            }
        }
    }

    private enum Direction { case opens, closes, either }

    private static func direction(of token: QuoteToken, mark: UInt32, scalars: [Unicode.Scalar]) -> Direction {
        switch mark {
        case 0x00AB, 0x201E: return .opens
        case 0x00BB: return .closes
        default:
            let spaceBefore = token.start == 0 || scalars[token.start - 1].properties.isWhitespace
            let spaceAfter = token.end == scalars.count || scalars[token.end].properties.isWhitespace
                || isClosingPunctuation(scalars[token.end].value)
            if spaceBefore && !spaceAfter { return .opens }
            if !spaceBefore && spaceAfter { return .closes }
            return .either
        }
    }

    private static func link(_ opener: Int, _ closer: Int, in tokens: inout [QuoteToken]) {
        tokens[opener].pair = closer
        tokens[opener].opens = true
        tokens[closer].pair = opener
        tokens[closer].opens = false
    }

    /// Whether mark `mark` can close a quotation opened by `opener`.
    private static func closes(_ mark: UInt32, opener: UInt32) -> Bool {
        isGuillemet(opener) ? mark == 0x00BB : !isGuillemet(mark)
    }

    private static func isGuillemet(_ mark: UInt32) -> Bool { mark == 0x00AB || mark == 0x00BB }

    private static func isClosingPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0x29, 0x060C, 0x061B, 0x061F, 0x2026: true
        default: false
        }
    }

    /// Whether code point `value` is a double quotation mark of any style.
    static func isQuotationMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x22, 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: true
        default: false
        }
    }
}
