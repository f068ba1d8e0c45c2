import Quantities
import SanadCore
import SanadStages
import SanadTesting
import Testing

/// One quantity of the `quantities` layer, with the fields a test compares.
struct Found: Equatable, CustomStringConvertible {
    var text: String
    var kind: String
    var value: Double?
    var unit: String?
    var qualifier: String?
    var date: String?
    var of: String?
    var from: JSONValue?
    var to: JSONValue?
    var calendar: String?

    init(
        _ text: String, _ kind: String, _ value: Double? = nil, unit: String? = nil, qualifier: String? = nil,
        date: String? = nil, of: String? = nil, from: JSONValue? = nil, to: JSONValue? = nil, calendar: String? = nil
    ) {
        self.text = text
        self.kind = kind
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.date = date
        self.of = of
        self.from = from
        self.to = to
        self.calendar = calendar
    }

    var description: String {
        "\(text) [\(kind)\(of.map { " of \($0)" } ?? "")] value=\(value.map { "\($0)" } ?? "-") unit=\(unit ?? "-") "
            + "qualifier=\(qualifier ?? "-") date=\(date ?? "-") from=\(from.map { "\($0)" } ?? "-") "
            + "to=\(to.map { "\($0)" } ?? "-") calendar=\(calendar ?? "-")"
    }
}

/// Runs `normalize`, `segment` and `quantities` on a text and reads the layer back.
enum QuantitiesRun {
    /// The harness result of the three stages on `text`.
    static func result(_ text: String, _ options: QuantitiesOptions = QuantitiesOptions(), normalize: Bool = true)
        throws -> HarnessResult
    {
        var stages: [any Stage] = normalize ? [NormalizeStage(options: NormalizeOptions())] : []
        stages += [try SegmentStage(options: SegmentOptions()), try QuantitiesStage(options: options)]
        return try StageHarness.run(stages, on: text)
    }

    /// The quantities found in `text`; every one's `text` must be the original slice at its span.
    static func found(_ text: String, _ options: QuantitiesOptions = QuantitiesOptions(), normalize: Bool = true)
        throws -> [Found]
    {
        let document = try result(text, options, normalize: normalize).document
        guard case .array(let items)? = document.extensions["quantities"] else {
            Issue.record("no quantities layer")
            return []
        }
        return items.map { item in
            guard case .object(let object) = item, case .number(let start)? = object["start"],
                case .number(let end)? = object["end"], case .string(let text)? = object["text"]
            else {
                Issue.record("not a quantity: \(item)")
                return Found("", "")
            }
            #expect(document.text(of: Span(start: Int(start), end: Int(end))) == text)
            func string(_ key: String) -> String? {
                if case .string(let value)? = object[key] { value } else { nil }
            }
            var found = Found(text, string("kind") ?? "")
            if case .number(let value)? = object["value"] { found.value = value }
            found.unit = string("unit")
            found.qualifier = string("qualifier")
            found.date = string("date")
            found.of = string("of")
            found.from = object["from"]
            found.to = object["to"]
            found.calendar = string("calendar")
            return found
        }
    }

    /// Options reporting only `kinds`.
    static func options(kinds: [QuantityKind]) -> QuantitiesOptions {
        var options = QuantitiesOptions()
        options.kinds = kinds
        return options
    }
}
