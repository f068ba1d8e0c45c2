/// One step of a pipeline: it reads some layers of a document and adds others.
///
/// A stage type declares its registry name, its options, and the layers it requires and produces, so a pipeline
/// can be checked before any text is read. A stage value is built once per pipeline from resolved options and then
/// used on many documents, possibly at the same time: it must hold no per-document state.
///
/// ```swift
/// struct Shout: Stage {
///     struct Options: StageOptions { var mark = "!"; static let documentation = [...] }
///     static let name = "shout"
///     static let summary = "Appends a mark to every sentence."
///     static let requires: Set<Layer> = [.sentences]
///     static let produces: Set<Layer> = ["shout"]
///     init(options: Options) throws { ... }
///     func process(_ document: inout Document, context: inout StageContext) throws { ... }
/// }
/// ```
public protocol Stage: Sendable {
    /// The stage's settings, decoded from the pipeline's `with:` mapping.
    associatedtype Options: StageOptions

    /// The name pipelines use for the stage (`use: normalize`).
    static var name: String { get }
    /// One line saying what the stage does, for `sanad stages`.
    static var summary: String { get }
    /// Layers that an earlier stage must have produced.
    static var requires: Set<Layer> { get }
    /// Layers this stage adds to the document.
    static var produces: Set<Layer> { get }

    /// Layers this stage, as built from its options, requires: ``requires``, unless its options decide (the
    /// `external` stage's are declared in the pipeline). The pipeline loader checks these.
    var requiredLayers: Set<Layer> { get }
    /// Layers this stage, as built from its options, produces: ``produces``, unless its options decide. The output
    /// writes these.
    var producedLayers: Set<Layer> { get }

    /// Builds the stage once for a pipeline; throw ``StageSetupError`` when the options cannot be used.
    init(options: Options) throws

    /// Adds this stage's layers to one document; counts and warnings go through `context`.
    func process(_ document: inout Document, context: inout StageContext) throws
}
