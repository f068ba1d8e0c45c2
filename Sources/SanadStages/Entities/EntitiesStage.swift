import Foundation
import SanadCore

/// The `entities` stage: people, places, organizations and other names, with in-document links.
///
/// It tags each sentence's tokens with an averaged-perceptron model (``EntityModel``; the built-in one is trained on
/// ANERcorp), then adds repeats the model missed and links mentions into entities (``MentionLinker``). Every
/// ``Entity`` gets an `entity` id shared by its mentions and the `canonical` (fullest) name. Role phrases that the
/// text ties to a person are resolved by ``EntityLinks``, which quote attribution uses.
public struct EntitiesStage: Stage {
    /// Settings of the `entities` stage.
    public struct Options: StageOptions, Equatable {
        /// Path of a model file made by `sanad train entities`; empty for the built-in ANERcorp model.
        public var model = ""
        /// Paths of gazetteer files (`LABEL<TAB>name` lines) whose names the model's gazetteer features also match.
        public var gazetteers: [String] = []
        /// Whether to add missed repeats of names and link mentions into entities.
        public var link = true

        /// The defaults: built-in model, no extra gazetteers, linking on.
        public init() {}

        public static let documentation = [
            OptionDoc("model", String.self, "Model file from `sanad train entities`; empty for the built-in ANERcorp model."),
            OptionDoc("gazetteers", [String].self, "Extra name lists, one `LABEL<TAB>name` a line (LABEL: PERSON, LOCATION, ORGANIZATION, MISC)."),
            OptionDoc("link", Bool.self, "Tag missed repeats and surnames of names found, and link mentions into entities."),
        ]

        private enum CodingKeys: String, CodingKey { case model, gazetteers, link }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Options()
            model = try container.decodeIfPresent(String.self, forKey: .model) ?? defaults.model
            gazetteers = try container.decodeIfPresent([String].self, forKey: .gazetteers) ?? defaults.gazetteers
            link = try container.decodeIfPresent(Bool.self, forKey: .link) ?? defaults.link
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(model, forKey: .model)
            try container.encode(gazetteers, forKey: .gazetteers)
            try container.encode(link, forKey: .link)
        }
    }

    public static let name = "entities"
    public static let summary = "Finds people, places and organizations, and links the mentions of each."
    public static let requires: Set<Layer> = [.tokens, .sentences]
    public static let produces: Set<Layer> = [.entities]

    /// The recognizer built from the options.
    public let recognizer: EntityRecognizer

    /// Loads the model and gazetteers named by `options`.
    public init(options: Options) throws {
        let model: EntityModel
        do {
            model = options.model.isEmpty
                ? try BuiltinEntityModel.model.get() : try EntityModel(contentsOf: URL(fileURLWithPath: options.model))
        } catch {
            throw StageSetupError("model: \(error.message)")
        }
        var lists = EntityRecognizer.builtinLists
        for path in options.gazetteers {
            do {
                for name in try GazetteerFile.read(contentsOf: URL(fileURLWithPath: path)) {
                    lists.add(name.text, label: name.label, source: .lists)
                }
            } catch {
                throw StageSetupError("gazetteers: \(error.description)")
            }
        }
        recognizer = EntityRecognizer(model: model, lists: lists, linking: options.link)
    }

    public func process(_ document: inout Document, context: inout StageContext) throws {
        let (entities, linked) = recognizer.linkedEntities(in: document)
        document.entities = entities
        context.count("entities", entities.count)
        context.count("linked_entities", linked)
    }
}
