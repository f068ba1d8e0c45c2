import SanadCore

/// When a line break ends a sentence.
///
/// The default, `always`, suits news articles: their text arrives with one paragraph, headline, dateline or caption
/// a line, and sentences are not wrapped inside a paragraph, so every line break is a boundary and a headline without
/// final punctuation becomes its own sentence. Use `two` for hard-wrapped text (e-mail, plain-text archives) where
/// only a blank line separates paragraphs, and `never` for text whose line breaks carry no meaning.
public enum LineBreakPolicy: String, OptionChoice {
    /// Every line break ends a sentence.
    case always
    /// Only a blank line (two or more line breaks) ends a sentence; a single line break is a space.
    case two
    /// Line breaks are spaces; only punctuation ends sentences.
    case never
}
