extension CodingUserInfoKey {
    /// `[String: String]`: option key → absolute directory of the pipeline file that set it.
    static let optionDirectories = CodingUserInfoKey(rawValue: "sanad.optionDirectories")!
}

extension Decoder {
    /// The absolute directory of the pipeline file that set option `key`, while options are decoded from a pipeline.
    ///
    /// What a stage resolves a relative path in that option against, so that a pipeline and the files it names can
    /// move together: with `extends`, it is the directory of the file where the key was written. Nil for a default
    /// value, a bundled pipeline, and options built in code, whose relative paths are relative to the working
    /// directory.
    public func pipelineDirectory(ofOption key: String) -> String? {
        (userInfo[.optionDirectories] as? [String: String])?[key]
    }
}
