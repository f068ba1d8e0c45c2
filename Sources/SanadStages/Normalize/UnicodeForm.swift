import SanadCore

/// Which Unicode normalization form the `normalize` stage applies before its Arabic-specific rules.
public enum UnicodeForm: String, OptionChoice {
    /// Canonical composition: merges decomposed letters and marks (`ا` + `ٓ` → `آ`), keeps compatibility characters.
    case nfc
    /// Compatibility composition: NFC plus folding of presentation forms, ligatures, full-width and styled
    /// characters to their plain letters (`ﻻ` → `لا`, `ﺑ` → `ب`, `５` → `5`, no-break space → space).
    case nfkc
    /// No Unicode normalization.
    case none
}
