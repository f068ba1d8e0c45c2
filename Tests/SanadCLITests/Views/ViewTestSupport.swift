import Foundation
import SanadCore

@testable import sanad

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Renders documents with the views the way `sanad run` does, for tests that look at the output.
enum Render {
    /// A run of a pipeline of `language` producing `layers`.
    static func run(
        language: String = "ar", layers: Set<Layer> = AnnotatedExample.layers, color: Bool = false,
        pipeline: String = "test-pipeline", summary: String = "Views under test."
    ) -> RunDescription {
        RunDescription(
            pipeline: pipeline, summary: summary, language: language, layers: layers, isCorpus: true, color: color)
    }

    /// The whole output of `rendering` for `documents`.
    static func output(_ rendering: some DocumentRendering, _ documents: [Document]) throws -> String {
        var rendering = rendering
        var bytes: [UInt8] = []
        for document in documents { bytes += try rendering.render(document) }
        bytes += rendering.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The HTML page of `documents`.
    static func html(_ documents: [Document], language: String = "ar", layers: Set<Layer> = AnnotatedExample.layers)
        throws -> String
    {
        try output(HTMLRendering(run: run(language: language, layers: layers)), documents)
    }

    /// The text view of `documents`.
    static func text(_ documents: [Document], layers: Set<Layer> = AnnotatedExample.layers, color: Bool = false) throws
        -> String
    {
        try output(TextRendering(run: run(layers: layers, color: color)), documents)
    }

    /// The CoNLL output of `documents`.
    static func conll(_ documents: [Document]) throws -> String {
        try output(CoNLLRendering(), documents)
    }
}

/// An HTML page parsed by a strict XML parser: parsing fails on any unescaped `<` or `&`, unbalanced tag or
/// character that XML forbids, so a page that parses is well-formed.
struct ParsedPage {
    let document: XMLDocument

    init(_ html: String) throws {
        document = try XMLDocument(xmlString: html, options: [.nodePreserveWhitespace])
    }

    /// The elements matching an XPath query.
    func elements(_ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    /// The text of every element carrying `attribute`, concatenated per value of the attribute in document order: the
    /// full text of each annotation however many fragments it was split into.
    func textByIndex(of attribute: String, within root: String = "//div[@class='article']") throws -> [Int: String] {
        var texts: [Int: String] = [:]
        for element in try elements("\(root)//*[@\(attribute)]") {
            guard let index = element.attribute(forName: attribute)?.stringValue.flatMap(Int.init) else { continue }
            texts[index, default: ""] += element.stringValue ?? ""
        }
        return texts
    }
}
