/// The names a new stage goes by, derived from the one `sanad new stage` is given (`word-finder`, `word_finder` or
/// `WordFinder`).
struct StageName: Equatable {
    /// The words of the name, lower case: `["word", "finder"]`.
    let words: [String]

    /// Splits `name` into words at `-`, `_` and lower-to-upper case changes.
    /// - Throws: when the name is not ASCII letters, digits, `-` and `_` starting with a letter.
    init(_ name: String) throws(ScaffoldError) {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
            name.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            })
        else {
            throw ScaffoldError(
                "`\(name)` cannot name a stage: use ASCII letters, digits, `-` and `_`, starting with a letter "
                    + "(like `word-finder`)")
        }
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for scalar in name.unicodeScalars {
            if scalar == "-" || scalar == "_" {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousIsLower = false
                continue
            }
            let isUpper = scalar.properties.isUppercase
            if isUpper && previousIsLower {
                words.append(current)
                current = ""
            }
            current += String(scalar).lowercased()
            previousIsLower = !isUpper
        }
        if !current.isEmpty { words.append(current) }
        self.words = words
    }

    /// The name pipelines use (`use: word-finder`).
    var stage: String { words.joined(separator: "-") }
    /// The layer it produces and the Python module's name (`word_finder`).
    var layer: String { words.joined(separator: "_") }
    /// The Swift module and type prefix (`WordFinder`).
    var type: String { words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() }
}

/// Why `sanad new stage` cannot write a plugin.
struct ScaffoldError: Error, CustomStringConvertible {
    /// What is wrong and what to do.
    let message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}
