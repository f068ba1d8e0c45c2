/// The page's stylesheet, inlined in `<style>` so the file needs nothing beside it: no network, no external fonts
/// (only fonts the reader's system has, by name).
///
/// Entity types differ in colour and, for greyscale prints and colour-blind readers, in underline style too: solid
/// (person), double (location), dashed (organization), dotted (other). Quotes are underlined at a distance with their
/// speaker in a dark pill before them; cues are bold; sentence sentiment is a faint green or red tint whose strength
/// follows the score. The text keeps its line breaks (`white-space: pre-wrap`), so the page shows it as written.
/// It holds no `<` or `&`, so the page stays well-formed XML.
enum HTMLStyle {
    /// The CSS text.
    static let css: StaticString = """
        :root { color-scheme: light; --ink: #1f2933; --muted: #5b6675; --rule: #d8dde4; --quote: #0b3d62; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f5f7; color: var(--ink); display: flex; flex-direction: column;
          font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
        .page-header { order: -2; background: #fff; border-bottom: 1px solid var(--rule); padding: .75rem 1.5rem; }
        .page-header h1 { font-size: 1.15rem; margin: 0 0 .15rem; }
        .page-header p { margin: 0 0 .5rem; color: var(--muted); }
        .legend { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1.1rem; font-size: .9rem; }
        .legend .key { color: var(--muted); }
        nav.index { order: -1; background: #fff; border-bottom: 1px solid var(--rule); padding: .5rem 1.5rem; }
        nav.index h2 { font-size: 1rem; margin: 0 0 .25rem; }
        nav.index ol { margin: 0; padding-inline-start: 1.5rem; columns: 18rem; }
        nav.index .counts { color: var(--muted); font-size: .85rem; }
        main { display: flex; flex-direction: column; gap: 1.25rem; padding: 1.25rem 1.5rem; }
        .empty, .none { color: var(--muted); font-style: italic; }
        .document { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 1rem 1.5rem 1.25rem; }
        .doc-header h2 { font-size: 1.05rem; margin: 0; overflow-wrap: anywhere; }
        .doc-header p { margin: .1rem 0 .75rem; color: var(--muted); font-size: .9rem; }
        .layout.with-panel { display: grid; grid-template-columns: minmax(0, 3fr) minmax(15rem, 1.2fr); gap: 1.5rem; }
        @media (max-width: 56rem) { .layout.with-panel { grid-template-columns: minmax(0, 1fr); } }
        .article { white-space: pre-wrap; overflow-wrap: break-word; font-size: 1.1rem; line-height: 2.2; }
        .para { display: inline-block; width: 100%; }
        .para:lang(ar), bdi:lang(ar), .qtext:lang(ar) {
          font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "DejaVu Sans", serif; }
        .article:lang(ar) { font-size: 1.2rem; }
        bdi:lang(ar), .qtext:lang(ar) { font-size: 1.12em; }
        .ent { border-radius: 3px; padding: 0 .08em; border-bottom: 2px solid; }
        .ent-per { background: #dbeafe; border-bottom-color: #1d4ed8; }
        .ent-loc { background: #dcfce7; border-bottom: 4px double #15803d; }
        .ent-org { background: #ffedd5; border-bottom-style: dashed; border-bottom-color: #c2410c; }
        .ent-misc { background: #f3e8ff; border-bottom-style: dotted; border-bottom-width: 3px; border-bottom-color: #7e22ce; }
        .quote { color: var(--quote); text-decoration: underline 1.5px var(--quote); text-underline-offset: .75em;
          text-decoration-skip-ink: none; }
        .quote.q-first::before { content: attr(data-speaker); display: inline-block; margin-inline-end: .3em;
          padding: 0 .5em; border-radius: .7em; background: var(--quote); color: #fff; font-size: .66em;
          font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif;
          line-height: 1.6; vertical-align: .15em; font-weight: 600; }
        .cue { font-weight: 700; }
        .sent.pos-1 { background: rgba(22, 163, 74, .07); } .sent.pos-2 { background: rgba(22, 163, 74, .14); }
        .sent.pos-3 { background: rgba(22, 163, 74, .24); }
        .sent.neg-1 { background: rgba(220, 38, 38, .07); } .sent.neg-2 { background: rgba(220, 38, 38, .14); }
        .sent.neg-3 { background: rgba(220, 38, 38, .24); }
        .quotes-panel { border-inline-start: 3px solid var(--rule); padding-inline-start: 1rem; font-size: .9rem; }
        .quotes-panel h3, .summary caption { font-size: .95rem; font-weight: 600; margin: 0 0 .5rem; text-align: start; }
        .quotes-panel ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .8rem; }
        .quotes-panel dl { display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; margin: .25rem 0; }
        .quotes-panel dt { color: var(--muted); }
        .quotes-panel dd { margin: 0; }
        .quotes-panel .speaker { font-weight: 600; }
        .qnum { display: inline-block; min-width: 1.6em; padding: 0 .35em; border-radius: .7em; background: var(--quote);
          color: #fff; text-align: center; text-decoration: none; font-size: .8em; }
        .qtext { margin: 0; color: var(--quote); }
        :target { outline: 2px solid #f59e0b; outline-offset: 2px; }
        .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem 2rem;
          margin-top: 1.25rem; padding-top: 1rem; border-top: 1px solid var(--rule); align-items: start; }
        .summary table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        .summary th, .summary td { text-align: start; vertical-align: top; padding: .25rem .4rem;
          border-bottom: 1px solid var(--rule); }
        .summary thead th { color: var(--muted); font-weight: 600; }
        .summary .num { text-align: end; font-variant-numeric: tabular-nums; }
        .summary ul { list-style: none; margin: 0; padding: 0; }
        .summary li + li { margin-top: .2rem; }
        """
}
