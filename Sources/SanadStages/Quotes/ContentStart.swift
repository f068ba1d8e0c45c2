/// Where a reported statement's content begins, and in which form.
struct ContentStart {
    /// The forms content takes after a cue.
    enum Form {
        /// A clause opened by a complementizer (`أن …`, `إنه …`, `بأن …`, `that …`): it starts at that word.
        case clause
        /// Words in quotation marks: the token is the opening mark.
        case quotation
        /// Speech after a colon: the token is the first one after the colon.
        case colon
        /// The noun after the preposition of a warning (`حذر من تفاقم …`): it starts at that noun.
        case nominal
    }

    /// The first token of the content (the opening mark for a quotation).
    let token: Int
    let form: Form
}
