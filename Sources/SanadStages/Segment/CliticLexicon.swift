/// The folded-word table that the clitic analysis consults: corpus counts plus the hand lists.
///
/// Built once per process (about 30,000 words) and shared by every `segment` stage.
enum CliticLexicon {
    /// The table built from ``corpusCounts`` and ``CliticWordLists``, with the proclitics of each of its words.
    static let shared: FoldedWordTable = {
        var table = build()
        let analyzer = CliticAnalyzer(table: table)
        table.recordProclitics { analyzer.analyze($0, $1, hamza: 0) }
        return table
    }()

    private static func build() -> FoldedWordTable {
        var table = FoldedWordTable()
        addCorpusCounts(to: &table)
        mark(CliticWordLists.whole, .whole, in: &table)
        mark(CliticWordLists.split, .split, in: &table)
        mark(CliticWordLists.stems, .stem, in: &table)
        for stem in words(CliticWordLists.stems) where stem.count >= CliticAnalyzer.shortestStem {
            table.update(Array(stem.prefix(CliticAnalyzer.stemStartLength))) { $0.flags.insert(.stemStart) }
        }
        mark(CliticWordLists.pronouns, .pronoun, in: &table)
        mark(CliticWordLists.afterFa, .afterFa, in: &table)
        let inflections = words(CliticWordLists.tails)
        for tail in inflections { table.update(tail) { $0.flags.insert(.tail) } }
        for base in inflections + [[], [ArabicFolding.waw]] {
            for pronoun in words(CliticWordLists.pronouns) { table.update(base + pronoun) { $0.flags.insert(.tail) } }
        }
        return table
    }

    /// Adds the `WORD COUNT` lines of ``corpusCounts`` (a count that is absent or unreadable counts 1), read as
    /// UTF-8 bytes: splitting the 30,000 lines as `String`s took a good part of the pipeline's start-up.
    private static func addCorpusCounts(to table: inout FoldedWordTable) {
        var text = corpusCounts
        text.withUTF8 { bytes in
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: " "))
                guard let word = fields.first else { continue }
                let count = fields.count > 1 ? Int32(String(decoding: fields[1], as: UTF8.self)) ?? 1 : 1
                var letters: [UInt16] = []
                var iterator = word.makeIterator()
                var decoder = UTF8()
                while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                    let letter = ArabicFolding.fold(scalar.value)
                    if letter != 0 { letters.append(letter) }
                }
                table.update(letters) { $0.count += count }
            }
        }
    }

    private static func words(_ list: String) -> [[UInt16]] {
        list.split(whereSeparator: \.isWhitespace).map { ArabicFolding.fold($0) }
    }

    private static func mark(_ list: String, _ flag: CliticWordFlags, in table: inout FoldedWordTable) {
        for word in words(list) { table.update(word) { $0.flags.insert(flag) } }
    }
}
