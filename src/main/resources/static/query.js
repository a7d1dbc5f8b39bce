// The query workbench (/query): YASGUI's editor (Yasqe) with completion from this graph's own
// prefixes and vocabulary, results rendered here as a table whose IRIs link to their pages.
// No outside service is called: the endpoint is this server's /sparql.
(function () {
  "use strict";
  var root = document.getElementById("workbench");
  if (!root || !window.Yasqe) return;
  var Yasqe = window.Yasqe;
  var data = JSON.parse(root.getAttribute("data-completions"));
  var idBase = root.getAttribute("data-id-base");
  var timeoutSeconds = root.getAttribute("data-timeout");
  var MAX_SHOWN = 1000;

  // --- completion: local lists only (the stock completers call prefix.cc and LOV) ---
  function identity(yasqe, token) { return token; }
  function identitySuggestion(yasqe, token, suggestion) { return suggestion; }
  Yasqe.forkAutocompleter("prefixes", {
    name: "usmxPrefixes", persistenceId: null, bulk: true,
    // the endpoint predeclares these prefixes: do not insert PREFIX lines while typing
    onInitialize: function () {},
    get: function () { return Promise.resolve(data.prefixes); }
  }, false);
  Yasqe.forkAutocompleter("property", {
    name: "usmxProperties", persistenceId: null, bulk: true, autoShow: false,
    get: function () { return Promise.resolve(data.properties); },
    preProcessToken: identity, postProcessSuggestion: identitySuggestion
  }, false);
  Yasqe.forkAutocompleter("class", {
    name: "usmxClasses", persistenceId: null, bulk: true, autoShow: false,
    get: function () { return Promise.resolve(data.classes); },
    preProcessToken: identity, postProcessSuggestion: identitySuggestion
  }, false);

  // The endpoint predeclares the standard prefixes; teach the editor's syntax check the same, or it
  // marks every "usmx:" as "Prefix 'usmx' is not defined".
  var predeclared = data.prefixes.map(function (line) {
    var m = line.match(/^(\w*): <(.*)>$/);
    return { prefix: m[1], ns: m[2] };
  });
  var sparqlMode = Yasqe.modes && Yasqe.modes.sparql11;
  if (sparqlMode && Yasqe.defineMode) {
    Yasqe.defineMode("sparql11", function (config, parserConfig) {
      var mode = sparqlMode(config, parserConfig);
      var startState = mode.startState;
      mode.startState = function () {
        var state = startState.apply(this, arguments);
        predeclared.forEach(function (p) { state.prefixes[p.prefix] = p.ns; });
        return state;
      };
      return mode;
    });
  }

  var textarea = document.getElementById("query-text");
  var form = document.getElementById("query-form");
  var host = document.createElement("div");
  host.className = "editor";
  textarea.parentNode.insertBefore(host, textarea);
  textarea.hidden = true;
  var yasqe = new Yasqe(host, {
    value: textarea.value,
    persistenceId: null,
    showQueryButton: false,
    consumeShareLink: null,
    createShareableLink: null,
    resizeable: true,
    editorHeight: "300px",
    autocompleters: ["variables", "usmxPrefixes", "usmxProperties", "usmxClasses"]
  });
  // Ctrl-Enter calls yasqe.query(): run it here, against /sparql, with our own rendering
  yasqe.query = function () { run(true); return Promise.resolve(); };
  form.addEventListener("submit", function (e) { e.preventDefault(); run(true); });

  var statusEl = document.getElementById("query-status");
  var errorEl = document.getElementById("query-error");
  var resultsEl = document.getElementById("results");
  var downloads = document.getElementById("downloads");
  var errorMarks = [];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function clearErrorMarks() {
    errorMarks.forEach(function (m) { yasqe.removeLineClass(m, "wrap", "server-error-line"); });
    errorMarks = [];
  }
  yasqe.on("change", clearErrorMarks);

  function showError(title, detail, line) {
    errorEl.hidden = false;
    errorEl.textContent = "";
    errorEl.appendChild(el("strong", null, title));
    if (detail) {
      // a parse error's first line says what was found; the long list of expected tokens goes behind a toggle
      var lines = detail.split("\n");
      var expecting = lines.findIndex(function (l) { return /^Was expecting/.test(l.trim()); });
      if (expecting > 0) {
        errorEl.appendChild(el("p", null, lines.slice(0, expecting).join(" ").replace(/^Parse error:\s*/, "")));
        var more = el("details");
        more.appendChild(el("summary", null, "What the parser expected there"));
        more.appendChild(el("pre", null, lines.slice(expecting).join("\n")));
        errorEl.appendChild(more);
      } else {
        errorEl.appendChild(el("p", null, detail));
      }
    }
    if (line != null) {
      var handle = yasqe.addLineClass(line - 1, "wrap", "server-error-line");
      errorMarks.push(handle);
      yasqe.scrollIntoView({ line: line - 1, ch: 0 });
    }
  }

  function queryType(q) {
    var t = (yasqe.getQueryType && yasqe.getQueryType()) || "";
    if (t) return String(t).toUpperCase();
    var m = q.replace(/#[^\n]*/g, "").match(/\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b/i);
    return m ? m[1].toUpperCase() : "SELECT";
  }

  function httpProblem(status, body) {
    var text = (body || "").trim();
    // the endpoint answers errors as problem+json: its detail is the server's message
    if (text.charAt(0) === "{") {
      try { var problem = JSON.parse(text); if (problem && typeof problem.detail === "string") text = problem.detail; } catch (e) { /* plain text */ }
    }
    if (status === 400) {
      var m = text.match(/line (\d+), column (\d+)/);
      var line = m ? parseInt(m[1], 10) : null;
      showError(m ? "Syntax error at line " + m[1] + ", column " + m[2] : "The query was refused", text, line);
    } else if (status === 503) {
      showError("The query ran longer than the server's limit of " + timeoutSeconds + " seconds and was stopped.",
        "Narrow the pattern (bind a subject or a type), add LIMIT, or aggregate. " + text);
    } else if (status === 422) {
      showError("Too many rows.", text);
    } else if (status === 405) {
      showError("This endpoint is read-only.", text);
    } else {
      showError("The server answered " + status + ".", text);
    }
  }

  function localHref(iri) {
    if (iri.indexOf(idBase) !== 0) return iri;
    var rest = iri.substring(idBase.length);
    if (rest.indexOf("id/") === 0 && rest.indexOf("#") < 0 && rest.split("/").length >= 3) return "/" + rest + ".html";
    return "/" + rest;
  }

  var prefixes = predeclared.slice().sort(function (a, b) { return b.ns.length - a.ns.length; });

  function shortName(iri) {
    for (var i = 0; i < prefixes.length; i++) {
      if (iri.indexOf(prefixes[i].ns) === 0) return prefixes[i].prefix + ":" + iri.substring(prefixes[i].ns.length);
    }
    return iri;
  }

  function cell(term, links) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      var a = el("a", "iri-link", shortName(term.value));
      a.href = localHref(term.value);
      a.title = term.value;
      a.setAttribute("data-iri", term.value);
      td.appendChild(a);
      links.push(a);
    } else if (term.type === "bnode") {
      td.appendChild(el("span", "muted", "_:" + term.value));
    } else {
      td.appendChild(document.createTextNode(term.value));
      if (term["xml:lang"]) td.appendChild(el("span", "lit-meta", "@" + term["xml:lang"]));
      else if (term.datatype && !/#(string)$/.test(term.datatype)) td.appendChild(el("span", "lit-meta", shortName(term.datatype)));
      if (/#(integer|decimal|double|int|long)$/.test(term.datatype || "")) td.className = "num";
    }
    return td;
  }

  // Replace link texts by the entities' labels (one SPARQL query for all IRIs under our base).
  function label(links) {
    var iris = [];
    var seen = {};
    links.forEach(function (a) {
      var iri = a.getAttribute("data-iri");
      if (iri.indexOf(idBase + "id/") === 0 && !seen[iri] && iris.length < 2000 && iri.indexOf(">") < 0) { seen[iri] = true; iris.push(iri); }
    });
    if (!iris.length) return;
    var q = "SELECT ?s (SAMPLE(COALESCE(?p, ?t, ?r)) AS ?label) WHERE { VALUES ?s { " +
      iris.map(function (i) { return "<" + i + ">"; }).join(" ") +
      " } OPTIONAL { ?s skos:prefLabel ?p } OPTIONAL { ?s dcterms:title ?t } OPTIONAL { ?s rdfs:label ?r } } GROUP BY ?s";
    fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
      body: new URLSearchParams({ query: q })
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (json) {
      if (!json) return;
      var labels = {};
      json.results.bindings.forEach(function (b) { if (b.label) labels[b.s.value] = b.label.value; });
      links.forEach(function (a) {
        var l = labels[a.getAttribute("data-iri")];
        if (!l) return;
        a.textContent = l.length > 90 ? l.substring(0, 88) + "…" : l;
        a.title = l + "\n" + a.getAttribute("data-iri");
      });
    }).catch(function () {});
  }

  function renderSelect(json, ms) {
    var vars = json.head.vars || [];
    var rows = json.results.bindings;
    statusEl.textContent = rows.length + (rows.length === 1 ? " row" : " rows") + " in " + ms + " ms";
    if (!rows.length) { resultsEl.appendChild(el("p", "muted", "No rows match.")); return; }
    var wrap = el("div", "table-scroll");
    var table = el("table", "results-table");
    var thead = el("thead");
    var hr = el("tr");
    vars.forEach(function (v) { var th = el("th", null, "?" + v); th.scope = "col"; hr.appendChild(th); });
    thead.appendChild(hr);
    table.appendChild(thead);
    var tbody = el("tbody");
    var links = [];
    rows.slice(0, MAX_SHOWN).forEach(function (b) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(b[v], links)); });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    wrap.appendChild(table);
    if (rows.length > MAX_SHOWN) resultsEl.appendChild(el("p", "muted", "Showing the first " + MAX_SHOWN + " rows; download for all " + rows.length + "."));
    resultsEl.appendChild(wrap);
    label(links);
  }

  function setDownloads(q, select) {
    downloads.hidden = !select;
    if (!select) return;
    ["csv", "tsv", "json"].forEach(function (f) {
      document.getElementById("download-" + f).href = "/sparql?format=" + f + "&query=" + encodeURIComponent(q);
    });
  }

  function run(push) {
    var q = yasqe.getValue();
    textarea.value = q;
    clearErrorMarks();
    errorEl.hidden = true;
    resultsEl.textContent = "";
    if (push) {
      var url = "/query?query=" + encodeURIComponent(q);
      if (location.pathname + location.search !== url) history.pushState({ query: q }, "", url);
    }
    var type = queryType(q);
    var graph = type === "CONSTRUCT" || type === "DESCRIBE";
    statusEl.textContent = "Running…";
    setDownloads(q, false);
    var started = performance.now();
    fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": graph ? "text/turtle" : "application/sparql-results+json"
      },
      body: new URLSearchParams({ query: q })
    }).then(function (resp) {
      return resp.text().then(function (body) {
        var ms = Math.round(performance.now() - started);
        if (!resp.ok) { statusEl.textContent = ""; httpProblem(resp.status, body); return; }
        if (graph) {
          var triples = body.split("\n").filter(function (l) { return /\.\s*$/.test(l); }).length;
          statusEl.textContent = "Turtle in " + ms + " ms";
          var pre = el("pre", "turtle", body);
          resultsEl.appendChild(pre);
          return;
        }
        var json = JSON.parse(body);
        if (typeof json.boolean === "boolean") {
          statusEl.textContent = "Answered in " + ms + " ms";
          resultsEl.appendChild(el("p", "ask-answer", json.boolean ? "Yes (true)" : "No (false)"));
          return;
        }
        renderSelect(json, ms);
        setDownloads(q, true);
      });
    }).catch(function (e) {
      statusEl.textContent = "";
      showError("The server did not answer.", String(e));
    });
  }

  window.addEventListener("popstate", function () {
    var q = new URLSearchParams(location.search).get("query");
    if (q != null) { yasqe.setValue(q); run(false); }
  });

  // examples: a filter over titles and descriptions
  var filter = document.getElementById("example-filter");
  filter.hidden = false;
  filter.addEventListener("input", function () {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    document.querySelectorAll("#examples > li").forEach(function (li) {
      var text = li.textContent.toLowerCase();
      li.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
  });

  if (root.getAttribute("data-run-on-open") === "true") {
    history.replaceState({ query: yasqe.getValue() }, "", location.href);
    run(false);
  }
})();
