import Foundation

/// The default Arabic entity model, trained on ANERcorp (see `Resources/anercorp-ner.LICENSE.txt`).
enum BuiltinEntityModel {
    /// The model file's path inside the `SanadStages` target.
    static let resourcePath = "Entities/Resources/anercorp-ner.sanadner"

    /// The model file's bytes, read from the source tree this module was built from.
    ///
    /// This is the one place that knows where the built-in model lives; a build that embeds the target's
    /// `Resources` files into the binary answers here from the embedded copy instead.
    static func data() -> Data? {
        let targetDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return try? Data(contentsOf: targetDirectory.appendingPathComponent(resourcePath))
    }

    /// The built-in model, read once per process.
    static let model: Result<EntityModel, EntityModelError> = {
        guard let data = data() else {
            return .failure(EntityModelError("the built-in entity model (\(resourcePath)) is missing from this build; "
                + "pass a model file with the `model` option"))
        }
        return Result { () throws(EntityModelError) in try EntityModel(serialized: data) }
    }()
}
