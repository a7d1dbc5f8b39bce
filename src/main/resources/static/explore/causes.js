// The causal explorer: draws /api/causal-graph with Cytoscape.js (directed, breadth-first layout),
// colours edges by polarity, widths by number of claims, sizes nodes by degree, and lists an
// edge's claims (quote, paper, page) in the side panel when it is clicked. The same edges are in
// the table below the graph, which is what the page shows without JavaScript.
(function () {
  'use strict';
  var box = document.getElementById('cy');
  if (!box || typeof cytoscape !== 'function') return;
  var papers = JSON.parse(box.getAttribute('data-papers') || '{}');
  var focus = box.getAttribute('data-focus');
  var panel = document.getElementById('edge-claims');
  var hint = document.getElementById('edge-hint');
  var POSITIVE = { Causes: true, Increases: true, Enables: true };

  function local(iri) { return String(iri || '').replace(/^.*[#\/]/, ''); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function link(href, text) { var a = el('a', null, text); a.href = href; return a; }
  function page(iri) { return iri.replace(/^https:\/\/w3id\.org\/usmx\//, '/') + '.html'; }
  function paperName(iri) { return papers[iri] || local(iri); }

  fetch(box.getAttribute('data-api'), { headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
    .then(draw)
    .catch(function (e) { box.textContent = 'The graph could not be loaded (' + e.message + '); the table below lists the edges.'; });

  function draw(graph) {
    var maxDegree = 1, maxClaims = 1, incoming = {};
    graph.nodes.forEach(function (n) { maxDegree = Math.max(maxDegree, n.degree); });
    graph.edges.forEach(function (e) { maxClaims = Math.max(maxClaims, e.claims.length); incoming[e.to] = true; });
    var elements = [];
    graph.edges.forEach(function (e) {
      elements.push({ group: 'edges', data: { id: e.iri, source: e.from, target: e.to, claims: e.claims.length,
        sign: POSITIVE[local(e.polarity)] ? 'pos' : 'neg', disputed: e.disputed ? 1 : 0, edge: e } });
    });
    // causes on one side of the focus, effects on the other: walk upstream from the focus
    var upstream = {}, frontier = [focus];
    while (frontier.length) {
      var next = [];
      graph.edges.forEach(function (e) {
        if (frontier.indexOf(e.to) >= 0 && !upstream[e.from] && e.from !== focus) { upstream[e.from] = true; next.push(e.from); }
      });
      frontier = next;
    }
    var distance = {}, ring = {}, widest = 1;
    graph.nodes.forEach(function (n) { distance[n.iri] = n.distance; ring[n.distance] = (ring[n.distance] || 0) + 1; widest = Math.max(widest, ring[n.distance]); });
    var nodeElements = [];
    // the concentric layout places each ring's nodes in collection order: causes first, then effects, by label
    graph.nodes.slice().sort(function (a, b) {
      return (upstream[a.iri] ? 0 : 1) - (upstream[b.iri] ? 0 : 1) || String(a.label).localeCompare(String(b.label));
    }).forEach(function (n) {
      nodeElements.push({ group: 'nodes', data: { id: n.iri, label: n.label, degree: Math.max(n.degree, 1), kind: n.kind, focus: n.iri === focus ? 1 : 0 } });
    });
    var cy = cytoscape({
      container: box,
      elements: nodeElements.concat(elements),
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '120px', 'font-size': '10px', 'color': '#1b1f23',
          'text-valign': 'bottom', 'text-margin-y': '3px', 'background-color': '#8aa6c1', 'border-width': 1, 'border-color': '#fff',
          'width': 'mapData(degree, 1, ' + maxDegree + ', 14, 56)', 'height': 'mapData(degree, 1, ' + maxDegree + ', 14, 56)' } },
        { selector: 'node[kind = "event"]', style: { 'background-color': '#b08968', 'shape': 'round-rectangle' } },
        { selector: 'node[kind = "org"], node[kind = "person"], node[kind = "initiative"], node[kind = "place"]', style: { 'background-color': '#7c9a6d', 'shape': 'diamond' } },
        { selector: 'node[focus = 1]', style: { 'background-color': '#0b5cad', 'font-weight': 'bold', 'font-size': '12px', 'border-width': 3, 'border-color': '#f59e0b' } },
        { selector: 'edge', style: {
          'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9, 'opacity': 0.85,
          'width': 'mapData(claims, 1, ' + Math.max(maxClaims, 2) + ', 1.5, 9)' } },
        { selector: 'edge[sign = "pos"]', style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' } },
        { selector: 'edge[sign = "neg"]', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626' } },
        { selector: 'edge[disputed = 1]', style: { 'line-style': 'dashed', 'label': '⚑', 'font-size': '14px', 'color': '#b45309', 'text-background-color': '#fff', 'text-background-opacity': 1 } },
        { selector: 'edge:selected', style: { 'opacity': 1, 'underlay-color': '#f59e0b', 'underlay-opacity': 0.5, 'underlay-padding': 4 } },
        { selector: 'node:selected', style: { 'border-color': '#111', 'border-width': 3 } }
      ],
      // rings by distance from the focus (Cytoscape's concentric layout); on each ring the causes come first, then the effects
      // (the sweep leaves one step free so that the first and last node of a full ring do not coincide)
      layout: { name: 'concentric', padding: 24, minNodeSpacing: 34, avoidOverlap: true, startAngle: Math.PI, sweep: 2 * Math.PI * (1 - 1 / widest),
        concentric: function (n) { return 10 - (distance[n.id()] || 0); }, levelWidth: function () { return 1; } }
    });
    box.setAttribute('data-rendered', String(graph.nodes.length));
    cy.on('tap', 'edge', function (evt) { showEdge(evt.target.data('edge'), cy); });
    cy.on('tap', 'node', function (evt) {
      var iri = evt.target.id();
      if (iri === focus) return;
      var url = new URL(window.location.href);
      url.searchParams.set('focus', iri);
      window.location.href = url.toString();
    });
    window.usmxCausalGraph = cy; // for the browser tests and the curious
  }

  function showEdge(e, cy) {
    var from = cy.getElementById(e.from).data('label'), to = cy.getElementById(e.to).data('label');
    panel.textContent = '';
    hint.hidden = true;
    panel.setAttribute('data-edge', e.iri);
    var title = el('p', 'edge-title');
    title.appendChild(link(page(e.from), from));
    title.appendChild(document.createTextNode(' → ' + local(e.polarity).toLowerCase() + ' → '));
    title.appendChild(link(page(e.to), to));
    panel.appendChild(title);
    panel.appendChild(el('p', 'muted small', e.claims.length + (e.claims.length === 1 ? ' claim' : ' claims') + ' in ' + e.papers.map(paperName).join(', ')));
    e.claims.forEach(function (c) {
      var card = el('div', 'claim-card');
      card.setAttribute('data-claim', c.iri);
      card.appendChild(link(page(c.iri), c.label || local(c.iri)));
      if (c.quote) card.appendChild(el('blockquote', null, '“' + c.quote + '”'));
      var who = (c.attributedTo || []).map(function (a) { return a.label || local(a.iri); }).join(', ');
      var meta = paperName(c.paper) + (c.page ? ', p. ' + c.page : '') + ' · ' + String(c.modality || '').toLowerCase()
        + (who ? ' · view of ' + who : '') + (c.attributionNote ? ' (' + c.attributionNote + ')' : '');
      var m = el('div', 'meta', meta + ' · ');
      m.appendChild(link('/read/' + local(c.paper), 'in the paper'));
      card.appendChild(m);
      panel.appendChild(card);
    });
    if (e.disputed) {
      panel.appendChild(el('h3', null, 'Where papers disagree'));
      var ul = el('ul', 'plain small');
      e.disagreements.forEach(function (d) {
        var li = el('li', 'claim-card');
        li.appendChild(el('strong', null, d.reason + ': '));
        li.appendChild(link(page(d.otherClaim), d.otherLabel || local(d.otherClaim)));
        if (d.otherPaper) li.appendChild(document.createTextNode(' (' + paperName(d.otherPaper) + ')'));
        if (d.conflict) { li.appendChild(document.createTextNode(' · ')); li.appendChild(link('/conflicts/' + local(d.conflict), 'the conflict')); }
        else if (d.topic) li.appendChild(el('div', 'muted', d.topic));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
  }
})();
