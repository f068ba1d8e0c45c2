import Foundation
import SanadCore
import SanadStages
import SanadTesting

/// The bundled example article as the full pipeline is meant to annotate it: real sentences and tokens from the
/// normalize and segment stages, and entity, quote and sentiment layers filled in by hand (those stages are built
/// elsewhere), so the views can be tested, and shown in the README, with every layer present.
///
/// Every span is found by searching the text for the words, never typed as numbers.
enum AnnotatedExample {
    /// The article's path, relative to the package root, as `sanad run` names it.
    static let path = "Examples/arabic-news-article.txt"

    /// Every layer the full pipeline produces.
    static let layers: Set<Layer> = [.normalized, .tokens, .sentences, .entities, .quotes, .sentiment]

    /// The annotated article.
    static func document() throws -> Document {
        let text = try String(contentsOf: SanadBinary.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let stages: [any Stage] = [NormalizeStage(options: .init()), try SegmentStage(options: .init())]
        var annotator = Annotator(document: try StageHarness.run(stages, on: text, id: path).document)
        annotator.annotate()
        return annotator.document
    }

    /// Finds words in the text and adds annotations over them.
    private struct Annotator {
        var document: Document
        /// Where the next search starts: annotations are added in text order.
        private var cursor = 0

        init(document: Document) { self.document = document }

        /// The span of the first occurrence of `words` at or after the cursor.
        func find(_ words: String, from start: Int? = nil) -> Span {
            let needle = Array(words.unicodeScalars)
            let scalars = document.scalars
            var offset = start ?? cursor
            while offset + needle.count <= scalars.count {
                if scalars[offset..<offset + needle.count].elementsEqual(needle) {
                    return Span(start: offset, end: offset + needle.count)
                }
                offset += 1
            }
            fatalError("'\(words)' is not in the example article after offset \(start ?? cursor)")
        }

        /// Moves the cursor to the start of `words`.
        mutating func skip(to words: String) { cursor = find(words).start }

        @discardableResult
        mutating func entity(_ words: String, _ label: Entity.Label, _ id: String, canonical: String) -> Span {
            let span = find(words)
            document.entities.append(
                Entity(span: span, text: words, label: label, entity: id, canonical: canonical, confidence: 0.9))
            return span
        }

        mutating func quote(
            _ words: String, kind: Quote.Kind, cue: (String, lemma: String), speaker: Span,
            resolution: Quote.Speaker.Resolution,
            entity: String, canonical: String, sentiment: (Double, SentimentScore.Polarity)? = nil
        ) {
            let cueSpan = find(cue.0)
            let content = find(words)
            let quote = Quote(
                span: content, text: words, kind: kind, cue: Quote.Cue(span: cueSpan, text: cue.0, lemma: cue.lemma),
                speaker: Quote.Speaker(
                    span: speaker, text: document.text(of: speaker), entity: entity, canonical: canonical,
                    resolution: resolution, confidence: resolution == .explicit ? 0.95 : 0.8))
            document.quotes.append(quote)
            if let (score, label) = sentiment {
                document.sentiment?.quotes.append(
                    SpanSentiment(span: content, sentiment: SentimentScore(score: score, label: label)))
            }
        }

        mutating func evidence(_ words: String, _ weight: Double) -> SentimentEvidence {
            SentimentEvidence(span: find(words, from: 0), text: words, weight: weight)
        }

        mutating func annotate() {
            let sentenceScores: [(Double, SentimentScore.Polarity)] = [
                (0, .neutral), (0.3, .positive), (-0.4, .negative), (0.2, .positive), (0.5, .positive), (0, .neutral),
                (0.6, .positive), (-0.75, .negative),
            ]
            let evidence = [
                evidence("تعزيز", 0.4), evidence("تقوّض", -0.5), evidence("الاستقرار", 0.5), evidence("متينة", 0.6),
                evidence("تفاقم", -0.6), evidence("الأزمة", -0.5), evidence("حذرت", -0.4),
            ]
            document.sentiment = SentimentLayer(
                document: SentimentScore(score: 0.08, label: .neutral, evidence: evidence),
                sentences: zip(document.sentences, sentenceScores).map {
                    SpanSentiment(span: $0.span, sentiment: SentimentScore(score: $1.0, label: $1.1))
                },
                entities: [
                    EntitySentiment(
                        entity: "e3", canonical: "الأردن", sentiment: SentimentScore(score: 0.35, label: .positive)),
                    EntitySentiment(
                        entity: "e7", canonical: "الأمم المتحدة",
                        sentiment: SentimentScore(score: -0.2, label: .negative)),
                ])

            skip(to: "عمّان")
            entity("عمّان", .location, "e0", canonical: "عمّان")
            let safadi = entity("أيمن الصفدي", .person, "e1", canonical: "أيمن الصفدي")
            let barrot = entity("جان نويل بارو", .person, "e2", canonical: "جان نويل بارو")

            skip(to: "وقال الصفدي")
            let safadiAgain = entity("الصفدي", .person, "e1", canonical: "أيمن الصفدي")
            quote(
                "الأردن \"يرفض أي إجراءات أحادية تقوّض فرص تحقيق السلام\"", kind: .mixed, cue: ("وقال", lemma: "قال"),
                speaker: safadiAgain, resolution: .explicit, entity: "e1", canonical: "أيمن الصفدي",
                sentiment: (-0.45, .negative))
            entity("الأردن", .location, "e3", canonical: "الأردن")
            skip(to: "مؤكداً")
            quote(
                "الحل الوحيد هو إقامة دولة فلسطينية مستقلة", kind: .indirect, cue: ("مؤكداً", lemma: "أكد"),
                speaker: safadi,
                resolution: .carried, entity: "e1", canonical: "أيمن الصفدي")
            skip(to: "وأضاف")
            quote(
                "المملكة ستواصل جهودها بالتنسيق مع الشركاء الأوروبيين", kind: .indirect, cue: ("وأضاف", lemma: "أضاف"),
                speaker: safadi, resolution: .carried, entity: "e1", canonical: "أيمن الصفدي",
                sentiment: (0.25, .positive))
            entity("المملكة", .location, "e3", canonical: "الأردن")
            entity("الأوروبيين", .misc, "e8", canonical: "الأوروبيين")

            skip(to: "أكد بارو")
            let barrotAgain = entity("بارو", .person, "e2", canonical: "جان نويل بارو")
            quote(
                "فرنسا «تقف إلى جانب الأردن في جهوده لتحقيق الاستقرار»", kind: .mixed, cue: ("أكد", lemma: "أكد"),
                speaker: barrotAgain, resolution: .explicit, entity: "e2", canonical: "جان نويل بارو",
                sentiment: (0.5, .positive))
            entity("فرنسا", .location, "e4", canonical: "فرنسا")
            entity("الأردن", .location, "e3", canonical: "الأردن")
            skip(to: "مشيراً")
            quote(
                "باريس ستستضيف مؤتمراً دولياً حول المساعدات الإنسانية في ١٥ كانون الأول/ديسمبر المقبل", kind: .indirect,
                cue: ("مشيراً", lemma: "أشار"), speaker: barrot, resolution: .carried, entity: "e2",
                canonical: "جان نويل بارو")
            entity("باريس", .location, "e5", canonical: "باريس")

            skip(to: "وأشـــــار")
            entity("وزارة الخارجية الأردنية", .organization, "e6", canonical: "وزارة الخارجية الأردنية")
            let qudah = entity("سفيان القضاة", .person, "e9", canonical: "سفيان القضاة")
            quote(
                "الوزيرين اتفقا على مواصلة التشاور", kind: .indirect, cue: ("وأشـــــار", lemma: "أشار"),
                speaker: qudah,
                resolution: .explicit, entity: "e9", canonical: "سفيان القضاة")
            skip(to: "وقالت الوزارة")
            let ministry = find("الوزارة")
            quote(
                "إن العلاقات الأردنية الفرنسية تاريخية ومتينة", kind: .direct, cue: ("وقالت", lemma: "قال"),
                speaker: ministry,
                resolution: .role, entity: "e6", canonical: "وزارة الخارجية الأردنية", sentiment: (0.6, .positive))

            skip(to: "منظمة الأمم المتحدة")
            entity("منظمة الأمم المتحدة", .organization, "e7", canonical: "الأمم المتحدة")
        }
    }
}
