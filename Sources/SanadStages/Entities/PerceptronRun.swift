/// One averaged perceptron being trained: current weights, and the step-weighted sums of updates that give the
/// averaged weights without storing a running total (Daumé's trick: average = w − u / c).
struct PerceptronRun {
    private var weights: [Float]
    private var weightedUpdates: [Double]
    private var transitions: [Float]
    private var weightedTransitionUpdates: [Double]
    private var step = 1.0
    private var random: SplitMix64
    private var scratch = DecoderScratch()
    private var scores: [Float] = []
    private var hidden: [Bool] = []
    private let wordDropout: Double

    /// A run over `featureCount` features whose sentence order is shuffled from `seed`, hiding each token's own
    /// word features with probability `wordDropout` at each visit.
    init(featureCount: Int, seed: UInt64, wordDropout: Double) {
        self.wordDropout = wordDropout
        let tags = EntityTag.count
        weights = [Float](repeating: 0, count: featureCount * tags)
        weightedUpdates = [Double](repeating: 0, count: featureCount * tags)
        transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        weightedTransitionUpdates = [Double](repeating: 0, count: (tags + 1) * tags)
        random = SplitMix64(seed: seed)
    }

    /// One pass over `data` in a fresh random order; returns the number of tokens tagged wrong before update.
    mutating func epoch(over data: TrainingSet) -> Int {
        var order = Array(0..<data.count)
        order.shuffle(using: &random)
        var errors = 0
        for index in order { errors += learn(rows: data.rows[index], starts: data.starts[index], gold: data.gold[index]) }
        return errors
    }

    /// The averaged feature weights and transitions so far.
    var averaged: Parameters {
        Parameters(weights: PerceptronRun.average(weights, weightedUpdates, step),
                   transitions: PerceptronRun.average(transitions, weightedTransitionUpdates, step))
    }

    /// Decodes one sentence and, if it is wrong, moves the weights towards the gold tags and away from the
    /// prediction; returns the number of wrong tags.
    private mutating func learn(rows: [Int32], starts: [Int], gold: [EntityTag]) -> Int {
        let tags = EntityTag.count
        let length = gold.count
        defer { step += 1 }
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: length * tags))
        hidden.removeAll(keepingCapacity: true)
        for _ in 0..<length { hidden.append(wordDropout > 0 && Double.random(in: 0..<1, using: &random) < wordDropout) }
        for position in 0..<length {
            for stored in rows[starts[position]..<starts[position + 1]] {
                guard let row = visibleRow(stored, hidden[position]) else { continue }
                let offset = row * tags
                for tag in 0..<tags { scores[position * tags + tag] += weights[offset + tag] }
            }
        }
        let predicted = ViterbiDecoder.decode(scores: scores, transitions: transitions, tokenCount: length, scratch: &scratch)
        guard predicted != gold else { return 0 }
        var errors = 0
        for position in 0..<length {
            let previousGold = position > 0 ? gold[position - 1] : nil
            let previousPredicted = position > 0 ? predicted[position - 1] : nil
            guard gold[position] != predicted[position] || previousGold != previousPredicted else { continue }
            if gold[position] != predicted[position] {
                errors += 1
                for stored in rows[starts[position]..<starts[position + 1]] {
                    guard let row = visibleRow(stored, hidden[position]) else { continue }
                    update(weight: row * tags + gold[position].index, by: 1)
                    update(weight: row * tags + predicted[position].index, by: -1)
                }
            }
            update(transition: ((previousGold?.index ?? -1) + 1) * tags + gold[position].index, by: 1)
            update(transition: ((previousPredicted?.index ?? -1) + 1) * tags + predicted[position].index, by: -1)
        }
        return errors
    }

    /// The weight row of a stored feature, or `nil` when it names the token's own word and is hidden.
    @inline(__always)
    private func visibleRow(_ stored: Int32, _ hidesWord: Bool) -> Int? {
        stored >= 0 ? Int(stored) : hidesWord ? nil : Int(-stored - 1)
    }

    @inline(__always)
    private mutating func update(weight slot: Int, by delta: Float) {
        weights[slot] += delta
        weightedUpdates[slot] += step * Double(delta)
    }

    @inline(__always)
    private mutating func update(transition slot: Int, by delta: Float) {
        transitions[slot] += delta
        weightedTransitionUpdates[slot] += step * Double(delta)
    }

    private static func average(_ weights: [Float], _ weightedUpdates: [Double], _ step: Double) -> [Float] {
        zip(weights, weightedUpdates).map { Float(Double($0) - $1 / step) }
    }
}

/// The weights of a linear tagger: one row of ``EntityTag/count`` per feature, and the tag transitions.
struct Parameters {
    var weights: [Float]
    var transitions: [Float]

    /// `(self + other) × scale`, element-wise: how perceptrons are summed (scale 1) and averaged (1 / their number).
    func adding(_ other: Parameters, scaledBy scale: Float = 1) -> Parameters {
        func combine(_ a: [Float], _ b: [Float]) -> [Float] {
            var result = a
            for index in result.indices { result[index] = (result[index] + b[index]) * scale }
            return result
        }
        return Parameters(weights: combine(weights, other.weights), transitions: combine(transitions, other.transitions))
    }
}
