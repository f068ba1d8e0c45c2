/// The folded-word table that the clitic analysis consults: corpus counts plus the hand lists.
///
/// Built once per process (about 30,000 words) and shared by every `segment` stage.
enum CliticLexicon {
    /// The table built from ``corpusCounts`` and ``CliticWordLists``.
    static let shared: FoldedWordTable = build()

    private static func build() -> FoldedWordTable {
        var table = FoldedWordTable()
        for line in corpusCounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            let count = fields.count > 1 ? Int32(fields[1]) ?? 1 : 1
            table.update(ArabicFolding.fold(fields[0])) { $0.count += count }
        }
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

    private static func words(_ list: String) -> [[UInt16]] {
        list.split(whereSeparator: \.isWhitespace).map { ArabicFolding.fold($0) }
    }

    private static func mark(_ list: String, _ flag: CliticWordFlags, in table: inout FoldedWordTable) {
        for word in words(list) { table.update(word) { $0.flags.insert(flag) } }
    }
}
