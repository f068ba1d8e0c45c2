import SanadCore
import Testing

/// The `quantities` layer as other tools read it.
@Suite struct LayerTests {
    @Test func eachQuantityIsAnObjectWithSpanTextKindAndTheFieldsThatApply() throws {
        let document = try QuantitiesRun.result("قتل أكثر من 300 جندي").document
        #expect(
            document.extensions["quantities"]
                == [
                    [
                        "start": 4, "end": 20, "text": "أكثر من 300 جندي", "kind": "count", "value": 300,
                        "unit": "جندي",
                        "qualifier": "more_than",
                    ]
                ])
    }

    @Test func aDocumentWithoutQuantitiesGetsAnEmptyLayer() throws {
        #expect(try QuantitiesRun.result("لا أرقام هنا.").document.extensions["quantities"] == [])
    }

    @Test func stageDoneCountsTheQuantitiesReported() throws {
        let result = try QuantitiesRun.result("5 آلاف متظاهر و12 مليار دولار و30%")
        #expect(result.counts(of: "quantities") == ["quantities": 3])
    }

    @Test func quantitiesAreInTextOrderAndDoNotOverlap() throws {
        let document = try QuantitiesRun.result(
            "من 3 إلى 5 أيار/مايو 2023 قتل أكثر من 300 جندي و5 آلاف متظاهر بكلفة 12 مليار دولار أي 30 في المئة"
        ).document
        guard case .array(let items)? = document.extensions["quantities"] else { return #expect(Bool(false)) }
        let spans = items.compactMap { item -> (Double, Double)? in
            guard case .object(let object) = item, case .number(let start)? = object["start"],
                case .number(let end)? = object["end"]
            else { return nil }
            return (start, end)
        }
        #expect(spans.count == 5)
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.1 <= $1.0 })
    }
}
