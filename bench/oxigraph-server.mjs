// A minimal SPARQL protocol front for Oxigraph's JavaScript store, used only by the benchmark
// (bench/run) as a peer: loads one N-Quads export, answers GET ?query= and POST
// application/sparql-query or form bodies on /query, default graph = union of the named graphs,
// as usmx-kg serves it. Results: SPARQL JSON for SELECT/ASK, N-Triples for CONSTRUCT/DESCRIBE.
import http from "node:http";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const oxigraph = require(process.env.OXIGRAPH_MODULE || "oxigraph");
const [file, portArg] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(fs.readFileSync(file, "utf8"), { format: "application/n-quads" });
console.error(`oxigraph: ${store.size} quads from ${file}`);

function answer(query, res) {
  try {
    const isGraph = /^\s*(PREFIX[^\n]*\n\s*|BASE[^\n]*\n\s*|#[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)/i.test(query);
    const out = store.query(query, {
      use_default_graph_as_union: true,
      results_format: isGraph ? "application/n-triples" : "application/sparql-results+json",
    });
    res.writeHead(200, { "Content-Type": isGraph ? "application/n-triples" : "application/sparql-results+json" });
    res.end(typeof out === "string" ? out : JSON.stringify(out));
  } catch (e) {
    res.writeHead(400, { "Content-Type": "text/plain" });
    res.end(String(e));
  }
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/health") { res.end("ok"); return; }
  if (req.method === "GET") { answer(url.searchParams.get("query") || "", res); return; }
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    const type = req.headers["content-type"] || "";
    answer(type.startsWith("application/x-www-form-urlencoded") ? new URLSearchParams(body).get("query") || "" : body, res);
  });
}).listen(Number(portArg), "127.0.0.1", () => console.error(`oxigraph: listening on ${portArg}`));
