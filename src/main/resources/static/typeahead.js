// Typeahead for the header's search box: suggestions from /api/search as you type. Without
// JavaScript the box is a plain form that opens /search.
(function () {
  "use strict";
  var input = document.querySelector("input[data-typeahead]");
  if (!input || !window.fetch) return;
  var form = input.form;
  var endpoint = input.getAttribute("data-typeahead");
  var list = document.createElement("ul");
  list.className = "typeahead";
  list.id = "typeahead-list";
  list.setAttribute("role", "listbox");
  list.hidden = true;
  form.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  var items = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  // an entity IRI (…/id/{kind}/{slug}) is served here at /id/{kind}/{slug}.html
  function pageOf(iri) {
    var at = iri.indexOf("/id/");
    return at < 0 ? iri : iri.substring(at) + ".html";
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(i) {
    var options = list.querySelectorAll("li");
    options.forEach(function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
    active = i;
    if (i >= 0 && options[i]) input.setAttribute("aria-activedescendant", options[i].id);
  }

  function show(hits) {
    items = hits;
    list.textContent = "";
    if (!hits.length) { close(); return; }
    hits.forEach(function (h, i) {
      var li = document.createElement("li");
      li.id = "typeahead-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var label = document.createElement("span");
      label.textContent = h.label || h.iri;
      var kind = document.createElement("span");
      kind.className = "kind";
      var m = /\/id\/([^\/]+)\//.exec(h.iri || "");
      kind.textContent = m ? (m[1] === "org" ? "organization" : m[1]) : (h.kind || "");
      li.appendChild(label);
      li.appendChild(kind);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); location.href = pageOf(h.iri); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  }

  function suggest() {
    var q = input.value.trim();
    if (q.length < 2) { close(); return; }
    var ticket = ++latest;
    fetch(endpoint + "?limit=8&q=" + encodeURIComponent(q), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (json) {
        if (ticket !== latest || !json) return;
        show(json.items || json.hits || json.results || []);
      })
      .catch(function () {});
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
  input.addEventListener("keydown", function (e) {
    if (list.hidden) return;
    if (e.key === "ArrowDown") { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight(Math.max(active - 1, -1)); }
    else if (e.key === "Escape") { close(); }
    else if (e.key === "Enter" && active >= 0) { e.preventDefault(); location.href = pageOf(items[active].iri); }
  });
  input.addEventListener("blur", function () { setTimeout(close, 100); });
})();
