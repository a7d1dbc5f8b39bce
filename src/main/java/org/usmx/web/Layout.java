package org.usmx.web;

/** The frame every page shares: head, CSS (inline, no JavaScript), navigation and footer. */
public final class Layout {

    private Layout() {}

    static final String CSS = """
        body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1f23;background:#fdfdfc}
        header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
        header{border-bottom:1px solid #ddd;padding-top:.6rem;padding-bottom:.6rem}
        header nav a{margin-right:1rem}
        header form{display:inline;float:right}
        a{color:#0b5cad;text-decoration:none} a:hover{text-decoration:underline}
        h1{font-size:1.6rem;margin:1rem 0 .2rem} h2{font-size:1.2rem;margin-top:1.8rem;border-bottom:1px solid #eee}
        .iri{font:13px ui-monospace,monospace;color:#555;word-break:break-all}
        .types span,.tag{display:inline-block;background:#eef3f8;border-radius:3px;padding:0 .4rem;margin-right:.3rem;font-size:.85rem}
        table{border-collapse:collapse;width:100%} td,th{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #eee}
        th{font-weight:600;width:14rem}
        blockquote{margin:.3rem 0 .6rem;padding:.2rem .8rem;border-left:3px solid #c9d6e3;color:#333;background:#f7f9fb}
        .src{font-size:.85rem;color:#555}
        mark{background:#fff1a8;padding:0 .1rem}
        .passage{background:#f7f9fb;padding:.6rem .9rem;border-left:3px solid #c9d6e3}
        ul.plain{list-style:none;padding-left:0} ul.plain li{margin:.4rem 0}
        .muted{color:#666} footer{margin-top:3rem;border-top:1px solid #ddd;font-size:.85rem;color:#666;padding-bottom:2rem}
        textarea{width:100%;font:13px ui-monospace,monospace}
        dt{font-weight:600;margin-top:.8rem} dd{margin-left:1rem}
        """;

    /** A whole page; {@code title} is escaped here, {@code body} must already be safe HTML. */
    public static String page(String title, String body) {
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s · usmx-kg</title>
            <style>%s</style>
            </head>
            <body>
            <header><nav><a href="/"><strong>usmx-kg</strong></a><a href="/#sources">Sources</a><a href="/ontology">Ontology</a><a href="/#sparql">SPARQL</a><a href="/api/openapi.json">API</a></nav>
            <form action="/search" method="get" role="search"><input type="search" name="q" placeholder="Search entities and claims" aria-label="Search"> <button>Search</button></form></header>
            <main>
            %s
            </main>
            <footer>US–Mexico defense and security relations knowledge graph. Data: <a href="/dumps/">dumps</a>, <a href="/.well-known/void">VoID</a>, <a href="/#sparql">SPARQL</a>.</footer>
            </body>
            </html>
            """.formatted(Html.esc(title), CSS, body);
    }
}
