import Foundation

/// The default Arabic entity model, trained on ANERcorp (see `Resources/anercorp-ner.LICENSE.txt`).
enum BuiltinEntityModel {
    /// The model file's path inside the `SanadStages` target, as the `EmbedResources` build plugin keys it.
    static let resourcePath = "Entities/Resources/anercorp-ner.sanadner"

    /// The model file's bytes, compiled into the binary.
    static func data() -> Data? { EmbeddedResources.data(at: resourcePath) }

    /// The built-in model, read once per process.
    static let model: Result<EntityModel, EntityModelError> = {
        guard let data = data() else {
            return .failure(EntityModelError("the built-in entity model (\(resourcePath)) is missing from this build; "
                + "pass a model file with the `model` option"))
        }
        return Result { () throws(EntityModelError) in try EntityModel(serialized: data) }
    }()
}
