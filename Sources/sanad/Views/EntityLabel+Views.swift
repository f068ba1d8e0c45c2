import SanadCore

/// How each entity type is named and styled in the views.
extension Entity.Label {
    /// The short tag that NER tools exchange (`PER`, `LOC`, `ORG`, `MISC`): CoNLL tags and the text view's brackets.
    var tag: String {
        switch self {
        case .person: "PER"
        case .location: "LOC"
        case .organization: "ORG"
        case .misc: "MISC"
        }
    }

    /// The type's name for people reading a legend or a table.
    var title: String {
        switch self {
        case .person: "Person"
        case .location: "Location"
        case .organization: "Organization"
        case .misc: "Other name"
        }
    }

    /// The HTML class that gives mentions of this type their colour and underline style (see ``HTMLStyle``).
    var cssClass: StaticString {
        switch self {
        case .person: "ent-per"
        case .location: "ent-loc"
        case .organization: "ent-org"
        case .misc: "ent-misc"
        }
    }
}
