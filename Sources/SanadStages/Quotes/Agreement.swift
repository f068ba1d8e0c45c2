/// The gender a reporting cue demands of its subject, which decides between candidate speakers of an implicit
/// subject: `وأوضحت` needs a feminine one (a woman, or an organization such as `الوزارة`, or a plural of things such
/// as `المصادر`), `وأضاف` a masculine one.
///
/// Plural verbs (`قالوا`) take human plurals, which agree as masculine. English cues have no gender: `unknown`.
enum Agreement: Sendable {
    case masculine, feminine, unknown

    /// Whether a subject of gender `other` can be the subject of a cue demanding `self`.
    func accepts(_ other: Agreement) -> Bool {
        self == .unknown || other == .unknown || self == other
    }
}
