import SanadCore

/// One quantity found in the text, as the stage reports it.
struct Quantity {
    /// Where it is in the original text, qualifier and unit included.
    let span: Span
    let kind: QuantityKind
    /// For a range: what both ends measure.
    let of: QuantityKind?
    /// The number, magnitudes applied; absent for dates and ranges.
    let value: Double?
    /// A range's ends: numbers, or TIMEX3 dates for a range of dates.
    let from: JSONValue?
    let to: JSONValue?
    /// The currency code, unit, or counted noun.
    let unit: String?
    /// A date in TIMEX3 notation (`2023-05-03`, `XXXX-05-03`, `2023`).
    let date: String?
    let calendar: YearCalendar?
    let qualifier: Qualifier?

    /// The kind the `kinds` option filters on: a range is kept only when both `range` and what it ranges over are.
    func isKept(by kinds: Set<QuantityKind>) -> Bool {
        kinds.contains(kind) && (of.map(kinds.contains) ?? true)
    }

    /// The JSON object of the `quantities` layer: `start`, `end`, `text`, `kind`, and the fields that apply.
    func json(in document: Document) -> JSONValue {
        var object: [String: JSONValue] = [
            "start": .number(Double(span.start)), "end": .number(Double(span.end)),
            "text": .string(document.text(of: span)), "kind": .string(kind.rawValue),
        ]
        object["of"] = of.map { .string($0.rawValue) }
        object["value"] = value.map(JSONValue.number)
        object["from"] = from
        object["to"] = to
        object["unit"] = unit.map(JSONValue.string)
        object["date"] = date.map(JSONValue.string)
        object["calendar"] = calendar.map { .string($0.rawValue) }
        object["qualifier"] = qualifier.map { .string($0.rawValue) }
        return .object(object)
    }
}
