/// The folded-word table that the clitic analysis consults: corpus counts plus the hand lists.
///
/// Built once per process (about 30,000 words) and shared by every `segment` stage.
enum CliticLexicon {
    /// The analyzer every `segment` stage uses: its table is built from ``corpusCounts`` and ``CliticWordLists``,
    /// with the proclitics of each of its words.
    static let analyzer: CliticAnalyzer = {
        var table = build()
        let analyzer = CliticAnalyzer(table: table)
        table.recordProclitics { analyzer.analyze($0, $1, hamza: 0) }
        return analyzer.with(table: table)
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
    /// UTF-8 bytes: splitting the 30,000 lines as `String`s took a good part of the pipeline's start-up, and so did
    /// splitting them into arrays of fields, so each line is read in place into one reused array of letters.
    private static func addCorpusCounts(to table: inout FoldedWordTable) {
        var text = corpusCounts
        var letters: [UInt16] = []
        text.withUTF8 { bytes in
            // A line per word; about half as many letters as bytes (an Arabic letter is two): only a reservation.
            table.reserve(words: bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1, letters: bytes.count / 2)
            var position = 0
            while position < bytes.count {
                let lineEnd = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                var line = UnsafeBufferPointer(rebasing: bytes[position..<lineEnd])
                position = lineEnd + 1
                while line.first == UInt8(ascii: " ") { line = UnsafeBufferPointer(rebasing: line.dropFirst()) }
                guard !line.isEmpty else { continue }
                let wordEnd = line.firstIndex(of: UInt8(ascii: " ")) ?? line.count
                letters.removeAll(keepingCapacity: true)
                var iterator = line[..<wordEnd].makeIterator()
                var decoder = UTF8()
                while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                    let letter = ArabicFolding.fold(scalar.value)
                    if letter != 0 { letters.append(letter) }
                }
                let count = countField(UnsafeBufferPointer(rebasing: line[wordEnd...])) ?? 1
                table.update(letters) { $0.count += count }
            }
        }
    }

    /// The count after a word: what follows the spaces after it up to the next space, read as `Int32` would read
    /// it; nil when there is none or it is not a number.
    private static func countField(_ rest: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let start = rest.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
        let end = rest[start...].firstIndex(of: UInt8(ascii: " ")) ?? rest.count
        return Int32(String(decoding: UnsafeBufferPointer(rebasing: rest[start..<end]), as: UTF8.self))
    }

    private static func words(_ list: String) -> [[UInt16]] {
        list.split(whereSeparator: \.isWhitespace).map { ArabicFolding.fold($0) }
    }

    private static func mark(_ list: String, _ flag: CliticWordFlags, in table: inout FoldedWordTable) {
        for word in words(list) { table.update(word) { $0.flags.insert(flag) } }
    }
}
