import Foundation

/// Turns a resolved stage list into built stages: looks each `use:` up in the registry, builds it, and checks that
/// every layer a stage requires is produced by a stage before it.
///
/// The layers checked are those of the built stage (``Stage/requiredLayers``), which for most stages are its type's.
enum PipelineAssembler {
    /// The built stages; the list is complete only when no diagnostic was added.
    static func stages(
        _ specs: [ResolvedStage], registry: StageRegistry, diagnostics: inout [PipelineDiagnostic]
    ) -> [PipelineStage] {
        // Each stage, built already (see below) or planned, to be built with the others once all are checked.
        var pending: [Result<PipelineStage, PipelineLoadError>?] = []
        var plans: [StageBuilder.Plan] = []
        // Layers produced so far. An unknown stage is taken to produce what the stage suggested for it does, so a
        // typo is reported once rather than again at every stage after it; with no suggestion, what it produces is
        // unknown and the layer checks stop (nil).
        var produced: Set<Layer>? = []
        for (index, spec) in specs.enumerated() {
            guard let type = registry.stage(named: spec.use.value) else {
                let match = Suggestion.closest(to: spec.use.value, among: registry.names)
                diagnostics.append(
                    spec.use.position.diagnostic(unknownStage(spec.use.value, match: match, registry: registry)))
                if let produces = match.flatMap(registry.stage(named:))?.produces {
                    produced?.formUnion(produces)
                } else {
                    produced = nil
                }
                continue
            }
            let plan = StageBuilder.plan(spec, as: type, diagnostics: &diagnostics)
            // A stage whose layers come from its options is built now to learn them (it is cheap to build: it
            // starts nothing until the run); the layers of every other stage are its type's.
            var layers: (requires: Set<Layer>, produces: Set<Layer>)? = (type.requires, type.produces)
            if type is any LayersFromOptions.Type {
                switch plan?.build() {
                case .success(let stage)?:
                    layers = (stage.stage.requiredLayers, stage.stage.producedLayers)
                    pending.append(.success(stage))
                case .failure(let error)?:
                    diagnostics += error.diagnostics
                    layers = nil
                case nil: layers = nil
                }
            } else if let plan {
                pending.append(nil)
                plans.append(plan)
            }
            if let available = produced {
                for layer in (layers?.requires ?? type.requires).subtracting(available).sorted() {
                    let message = missingLayer(layer, for: spec, later: specs[(index + 1)...], registry: registry)
                    diagnostics.append(spec.use.position.diagnostic(message))
                }
            }
            if let layers {
                produced?.formUnion(layers.produces)
            } else {
                // Its layers are in the options that could not be read: what it produces is unknown.
                produced = nil
            }
        }
        guard diagnostics.isEmpty else { return [] }
        var constructed = constructAtOnce(plans).makeIterator()
        var built: [PipelineStage] = []
        for result in pending {
            switch result ?? constructed.next()! {
            case .success(let stage): built.append(stage)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        return built
    }

    /// Builds every planned stage, all at the same time (stages load models and lexicons independently).
    private static func constructAtOnce(_ plans: [StageBuilder.Plan]) -> [Result<PipelineStage, PipelineLoadError>] {
        let results = ResultSlots<Result<PipelineStage, PipelineLoadError>>(count: plans.count)
        DispatchQueue.concurrentPerform(iterations: plans.count) { index in
            results[index] = plans[index].build()
        }
        return results.values
    }

    /// "unknown stage `x`", with the closest registered name (`match`) or the list of them.
    private static func unknownStage(_ name: String, match: String?, registry: StageRegistry) -> String {
        if let match {
            return "unknown stage `\(name)`; did you mean `\(match)`?"
        }
        if registry.names.isEmpty { return "unknown stage `\(name)`; no stages are registered" }
        return "unknown stage `\(name)`; the stages are " + registry.names.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// "`quotes` needs `entities`: …", saying which stage to move or add before it.
    private static func missingLayer(
        _ layer: Layer, for spec: ResolvedStage, later: ArraySlice<ResolvedStage>, registry: StageRegistry
    ) -> String {
        let needs = "`\(spec.id.value)` needs `\(layer)`"
        let produces = { (name: String) in registry.stage(named: name)?.produces.contains(layer) == true }
        if let producer = later.first(where: { produces($0.use.value) }) {
            return needs + ": move `\(producer.id.value)` before it"
        }
        let producers = registry.names.filter(produces)
        switch producers.count {
        case 0: return needs + ", which no registered stage produces"
        case 1: return needs + ": add \(article(producers[0])) `\(producers[0])` stage before it"
        default: return needs + ": add one of " + producers.map { "`\($0)`" }.joined(separator: ", ") + " before it"
        }
    }

    /// "an" before a vowel letter, else "a".
    private static func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0.lowercased()) } == true ? "an" : "a"
    }
}

/// Fixed slots that concurrent workers each fill once; read after they have all finished.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot's value, in order; each slot must have been filled.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
