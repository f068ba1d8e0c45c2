/// Settings for fitting the linear model.
public struct TrainingParameters: Codable, Hashable, Sendable {
    /// The features to hash.
    public var features: FeatureConfiguration
    /// Full passes over the training set.
    public var iterations: Int
    /// Adam's step size.
    public var learningRate: Double
    /// L2 penalty on the weights (not the biases).
    public var l2: Double
    /// Whether each class weighs the same in the loss however many examples it has (helps macro-F1 when positive
    /// examples are rare, as in ArSarcasm).
    public var balanceClasses: Bool
    /// How many folds the train split is cut into: one model is fitted without each, the shipped model averages
    /// them, and the combination with the lexicon is tuned on their out-of-fold predictions.
    public var folds: Int
    /// Whether each weight is fitted as a multiple of its naive Bayes log-count ratio (NB-weighted logistic
    /// regression), which spends the L2 penalty on words that do not tell the classes apart.
    public var naiveBayesScaling: Bool

    /// The settings of the shipped model, chosen by 5-fold cross-validation on ArSarcasm (MSA macro-F1): naive Bayes
    /// scaling gained about 0.007 and, with it, an L2 of 3e-5 beat 1e-5, 1e-4 and 3e-4. Ten model folds instead of
    /// five gained 0.004 MSA macro-F1 in honest 10-fold cross-validation (paired over folds, better in 8 of 10).
    public init(
        features: FeatureConfiguration = FeatureConfiguration(), iterations: Int = 200, learningRate: Double = 0.005,
        l2: Double = 3e-5, balanceClasses: Bool = true, folds: Int = 10,
        naiveBayesScaling: Bool = true
    ) {
        self.features = features
        self.iterations = iterations
        self.learningRate = learningRate
        self.l2 = l2
        self.balanceClasses = balanceClasses
        self.folds = folds
        self.naiveBayesScaling = naiveBayesScaling
    }
}
