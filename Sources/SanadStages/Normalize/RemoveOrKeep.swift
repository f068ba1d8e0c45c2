import SanadCore

/// Whether the `normalize` stage drops a class of code points from the normalized view.
public enum RemoveOrKeep: String, OptionChoice {
    /// Leave them out of the view (the original text still has them).
    case remove
    /// Keep them in the view.
    case keep
}
