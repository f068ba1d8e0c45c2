import Foundation

/// Fits multinomial logistic regression by full-batch Adam: deterministic (no sampling), so the same data and
/// settings always give the same model.
struct LogisticRegressionTrainer {
    /// The settings.
    let parameters: TrainingParameters

    /// Fits weights and biases to `vectors` with class indices `labels` (0 positive, 1 negative, 2 neutral);
    /// `progress` gets each iteration's number and mean loss.
    func fit(
        _ vectors: [SparseVector], labels: [Int], progress: (_ iteration: Int, _ loss: Double) -> Void
    ) -> (weights: [Float], bias: [Float]) {
        precondition(vectors.count == labels.count && !vectors.isEmpty)
        let classes = SentimentModel.classCount
        let size = parameters.features.bucketCount * classes
        var weights = [Float](repeating: 0, count: size)
        var bias = [Float](repeating: 0, count: classes)
        var gradient = [Float](repeating: 0, count: size)
        var first = [Float](repeating: 0, count: size), second = [Float](repeating: 0, count: size)
        var biasFirst = [Float](repeating: 0, count: classes), biasSecond = [Float](repeating: 0, count: classes)
        let exampleWeights = classWeights(labels)
        let scaling = parameters.naiveBayesScaling
            ? naiveBayesRatios(vectors, labels: labels) : [Float](repeating: 1, count: size)
        let count = Double(vectors.count)
        let (beta1, beta2, epsilon): (Float, Float, Float) = (0.9, 0.999, 1e-8)
        let rate = Float(parameters.learningRate), l2 = Float(parameters.l2)

        for iteration in 1...max(1, parameters.iterations) {
            for index in gradient.indices { gradient[index] = l2 * weights[index] }
            var biasGradient = [Float](repeating: 0, count: classes)
            var loss = 0.0
            for (vector, label) in zip(vectors, labels) {
                var logits = [Double](repeating: 0, count: classes)
                for c in 0..<classes { logits[c] = Double(bias[c]) }
                let scale = vector.scale
                for (index, count) in zip(vector.indices, vector.counts) {
                    let row = Int(index) * classes
                    let value = Float(count) * scale
                    for c in 0..<classes { logits[c] += Double(value * weights[row + c] * scaling[row + c]) }
                }
                let top = logits.max()!
                let exps = logits.map { exp($0 - top) }
                let total = exps.reduce(0, +)
                let weight = exampleWeights[label] / count
                loss -= exampleWeights[label] * (log(exps[label] / total))
                for c in 0..<classes {
                    let delta = Float((exps[c] / total - (c == label ? 1 : 0)) * weight)
                    biasGradient[c] += delta
                    let scaled = delta * scale
                    for (index, count) in zip(vector.indices, vector.counts) {
                        let position = Int(index) * classes + c
                        gradient[position] += Float(count) * scaled * scaling[position]
                    }
                }
            }
            var penalty = 0.0
            for weight in weights { penalty += Double(weight * weight) }
            progress(iteration, loss / count + 0.5 * Double(l2) * penalty)

            let correction1 = 1 - pow(beta1, Float(iteration)), correction2 = 1 - pow(beta2, Float(iteration))
            for index in weights.indices {
                let g = gradient[index]
                first[index] = beta1 * first[index] + (1 - beta1) * g
                second[index] = beta2 * second[index] + (1 - beta2) * g * g
                weights[index] -= rate * (first[index] / correction1) / ((second[index] / correction2).squareRoot() + epsilon)
            }
            for c in 0..<classes {
                let g = biasGradient[c]
                biasFirst[c] = beta1 * biasFirst[c] + (1 - beta1) * g
                biasSecond[c] = beta2 * biasSecond[c] + (1 - beta2) * g * g
                bias[c] -= rate * (biasFirst[c] / correction1) / ((biasSecond[c] / correction2).squareRoot() + epsilon)
            }
        }
        for index in weights.indices { weights[index] *= scaling[index] }
        return (weights, bias)
    }

    /// Per bucket and class, the naive Bayes log-count ratio of the class against the other two (Wang & Manning
    /// 2012): `ln((p[b] / |p|) / (q[b] / |q|))`, where `p` counts the texts of the class that have bucket `b` and `q`
    /// those of the other classes, both plus one. The model's weight for a bucket and class is fitted as a multiple
    /// of this ratio, so words that tell the classes apart cost less of the L2 penalty than words that do not.
    private func naiveBayesRatios(_ vectors: [SparseVector], labels: [Int]) -> [Float] {
        let classes = SentimentModel.classCount
        let buckets = parameters.features.bucketCount
        var present = [Float](repeating: 1, count: buckets * classes)
        for (vector, label) in zip(vectors, labels) {
            for index in vector.indices { present[Int(index) * classes + label] += 1 }
        }
        var classTotals = [Double](repeating: 0, count: classes)
        for (position, value) in present.enumerated() { classTotals[position % classes] += Double(value) }
        let allTotal = classTotals.reduce(0, +)
        var ratios = [Float](repeating: 0, count: buckets * classes)
        for bucket in 0..<buckets {
            let row = bucket * classes
            let all = (0..<classes).reduce(0.0) { $0 + Double(present[row + $1]) }
            for c in 0..<classes {
                let inClass = Double(present[row + c]), outside = all - inClass + 1
                let ratio = log((inClass / classTotals[c]) / (outside / (allTotal - classTotals[c] + Double(buckets))))
                ratios[row + c] = Float(abs(ratio))
            }
        }
        return ratios
    }

    /// Per-class loss weights: all 1, or `n / (classes · count(class))` when balancing.
    private func classWeights(_ labels: [Int]) -> [Double] {
        let classes = SentimentModel.classCount
        guard parameters.balanceClasses else { return [Double](repeating: 1, count: classes) }
        var counts = [Int](repeating: 0, count: classes)
        for label in labels { counts[label] += 1 }
        return counts.map { $0 == 0 ? 0 : Double(labels.count) / Double(classes * $0) }
    }
}
