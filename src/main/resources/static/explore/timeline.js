// The zoomable timeline: reads the items from the table the server rendered (data-* attributes),
// draws them as an SVG in lanes (United States, bilateral, Mexico, no country stated), zooms with
// the wheel or the buttons and pans by dragging. A contradicted date shows every position joined
// by a red dashed line. Selecting an item shows its row (date, sources, conflict) above the table.
(function () {
  'use strict';
  var box = document.getElementById('timeline');
  if (!box) return;
  var NS = 'http://www.w3.org/2000/svg';
  var LANES = [['united-states', 'United States'], ['bilateral', 'Bilateral'], ['mexico', 'Mexico'], ['unplaced', 'No country stated']];
  var MIN = 1818, MAX = 2016, LEFT = 118, ROW = 15, LANE_PAD = 10, AXIS = 24;
  var detail = document.getElementById('tl-detail');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.timeline-table tr[data-iso]'));
  var COUNTRY_LANES = LANES, byPaperLanes = false;
  // one mark per subject: an event's date, start and end (separate rows of the table) are one range
  var bySubject = {}, items = [];
  var RANK = { agreed: 0, differs: 1, conflict: 2 };
  rows.forEach(function (tr) {
    var href = tr.getAttribute('data-href'), it = bySubject[href];
    if (!it) {
      it = bySubject[href] = { row: tr, rows: [], label: tr.getAttribute('data-label'), lane: tr.getAttribute('data-lane'),
        status: 'agreed', dates: [], date: [], id: tr.id, ids: [] };
      items.push(it);
    }
    it.rows.push(tr);
    it.ids.push(tr.id);
    tr.getAttribute('data-dates').split(' ').forEach(function (d) { it.dates.push(year(d)); });
    it.date.push(tr.getAttribute('data-date'));
    var st = tr.getAttribute('data-status');
    if (RANK[st] > RANK[it.status]) { it.status = st; it.row = tr; }
  });

  items.forEach(function (it) { it.date = it.date.join('; '); it.dates.sort(function (a, b) { return a - b; }); });
  // lanes by paper: each paper's own dates of a subject, so papers that disagree stand one above the other
  var paperItems = [], paperNames = {};
  items.forEach(function (it) {
    var per = {};
    it.rows.forEach(function (tr) {
      (tr.getAttribute('data-by-paper') || '').split(';').forEach(function (part) {
        var i = part.indexOf('=');
        if (i < 0) return;
        var name = part.slice(0, i);
        paperNames[name] = true;
        per[name] = (per[name] || []).concat(part.slice(i + 1).split(' ').map(year));
      });
    });
    Object.keys(per).forEach(function (name) {
      paperItems.push({ row: it.row, rows: it.rows, label: it.label, lane: name, status: it.status, date: it.date, id: it.id, ids: it.ids,
        dates: per[name].sort(function (a, b) { return a - b; }), subject: it });
    });
  });
  var PAPER_LANES = Object.keys(paperNames).sort().map(function (n) { return [n, n]; });
  var countryItems = items;
  var view = [MIN, MAX];
  var svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Timeline of ' + items.length + ' dated items in four lanes');
  box.appendChild(svg);
  var selected = null;

  /** "1995" → mid 1995, "1995-10" → mid October, "1995-10-12" → that day, as a fractional year. */
  function year(iso) {
    var p = iso.split('-').map(Number);
    if (p.length === 1) return p[0] + 0.5;
    if (p.length === 2) return p[0] + (p[1] - 0.5) / 12;
    return p[0] + (p[1] - 1) / 12 + p[2] / 365;
  }
  function width() { return Math.max(box.clientWidth, 320); }
  function x(y) { return LEFT + (y - view[0]) / (view[1] - view[0]) * (width() - LEFT - 12); }
  function node(tag, attrs, parent) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(e);
    return e;
  }

  function draw() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var w = width();
    // stack the visible items of each lane in rows so that dots (and, where room allows, labels) do not overlap
    var laneRows = {}, placed = [];
    LANES.forEach(function (l) { laneRows[l[0]] = []; });
    items.forEach(function (it) {
      var xs = it.dates.map(x), x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
      if (x1 < LEFT - 5 || x0 > w) return;
      var lr = laneRows[it.lane], r = 0;
      while (r < lr.length && lr[r] > x0 - 7) r++;
      lr[r] = x1 + 7;
      placed.push({ it: it, xs: xs, row: r });
    });
    var top = AXIS, laneTop = {};
    LANES.forEach(function (l, i) {
      var n = Math.max(laneRows[l[0]].length, 1);
      laneTop[l[0]] = top;
      var h = n * ROW + 2 * LANE_PAD;
      node('rect', { x: 0, y: top, width: w, height: h, 'class': 'lane-bg' + (i % 2 ? ' alt' : '') }, svg);
      var t = node('text', { x: 6, y: top + 16, 'class': 'lane-label' }, svg);
      t.textContent = l[1];
      top += h;
    });
    svg.setAttribute('height', top + 4);
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + (top + 4));
    var axis = node('g', { 'class': 'axis' }, svg);
    var span = view[1] - view[0], step = span > 120 ? 20 : span > 60 ? 10 : span > 25 ? 5 : span > 8 ? 1 : 0.25;
    for (var y = Math.ceil(view[0] / step) * step; y <= view[1]; y += step) {
      var xx = x(y);
      if (xx < LEFT) continue;
      node('line', { x1: xx, x2: xx, y1: AXIS - 4, y2: top }, axis);
      var t = node('text', { x: xx + 2, y: AXIS - 8 }, axis);
      t.textContent = step < 1 ? (Math.floor(y) + (y % 1 ? ' Q' + (Math.round((y % 1) * 4) + 1) : '')) : String(Math.round(y));
    }
    // items are clipped to the plotting area so that ranges reaching back before the view do not cross the lane names
    var clip = node('clipPath', { id: 'tl-plot' }, svg);
    node('rect', { x: LEFT - 6, y: 0, width: w - LEFT + 6, height: top + 4 }, clip);
    var plot = node('g', { 'clip-path': 'url(#tl-plot)' }, svg);
    var next = {};
    placed.slice().reverse().forEach(function (p) {
      var key = p.it.lane + ':' + p.row;
      p.room = (next[key] == null ? w : next[key]) - Math.max.apply(null, p.xs) - 12;
      next[key] = Math.min.apply(null, p.xs);
    });
    placed.forEach(function (p) {
      var cy = laneTop[p.it.lane] + LANE_PAD + p.row * ROW + ROW / 2;
      if (p.xs.length > 1) {
        node('line', { x1: Math.min.apply(null, p.xs), x2: Math.max.apply(null, p.xs), y1: cy, y2: cy,
          'class': p.it.status === 'conflict' ? 'conflict-link' : 'range' }, plot);
      }
      p.xs.forEach(function (px) {
        var c = node('circle', { cx: px, cy: cy, r: 5, 'class': 'item st-' + p.it.status + (p.it === selected || p.it.subject === selected ? ' selected' : ''), tabindex: 0,
          'data-item': p.it.ids.join(' ') }, plot);
        var title = node('title', {}, c);
        title.textContent = p.it.date + ' — ' + p.it.label;
        c.addEventListener('click', function () { select(p.it.subject || p.it); });
        c.addEventListener('keydown', function (e) { if (e.key === 'Enter') select(p.it.subject || p.it); });
      });
      if (p.room > 40) {
        var label = node('text', { x: Math.max.apply(null, p.xs) + 8, y: cy + 4, 'class': 'item-label' }, plot);
        var chars = Math.floor(p.room / 6);
        label.textContent = p.it.label.length > chars ? p.it.label.slice(0, Math.max(chars - 1, 3)) + '…' : p.it.label;
      }
    });
  }

  function select(it) {
    selected = it;
    detail.textContent = '';
    var card = document.createElement('div');
    card.className = 'card';
    card.setAttribute('data-item', it.ids.join(' '));
    it.rows.forEach(function (tr) {
      Array.prototype.forEach.call(tr.cells, function (td, i) {
        if (i === 2) return;
        var part = td.cloneNode(true);
        var div = document.createElement('div');
        while (part.firstChild) div.appendChild(part.firstChild);
        if (i === 0) div.className = 'muted';
        card.appendChild(div);
      });
    });
    Array.prototype.forEach.call(card.querySelectorAll('details'), function (d) { d.open = true; });
    detail.appendChild(card);
    draw();
  }

  function zoom(factor, centre) {
    var c = centre == null ? (view[0] + view[1]) / 2 : centre;
    var span = Math.min(Math.max((view[1] - view[0]) * factor, 1), MAX - MIN);
    var a = c - (c - view[0]) * span / (view[1] - view[0]);
    a = Math.min(Math.max(a, MIN), MAX - span);
    view = [a, a + span];
    draw();
  }

  box.querySelector('[data-zoom=in]').addEventListener('click', function () { zoom(0.5); });
  box.querySelector('[data-zoom=out]').addEventListener('click', function () { zoom(2); });
  box.querySelector('[data-lanes=toggle]').addEventListener('click', function (e) {
    byPaperLanes = !byPaperLanes;
    e.target.setAttribute('aria-pressed', String(byPaperLanes));
    e.target.textContent = byPaperLanes ? 'Lanes by country' : 'Lanes by paper';
    LANES = byPaperLanes ? PAPER_LANES : COUNTRY_LANES;
    items = byPaperLanes ? paperItems : countryItems;
    draw();
  });
  box.querySelector('[data-zoom=all]').addEventListener('click', function () { view = [MIN, MAX]; draw(); });
  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    var rect = svg.getBoundingClientRect();
    var at = view[0] + (e.clientX - rect.left - LEFT) / (rect.width - LEFT - 12) * (view[1] - view[0]);
    zoom(e.deltaY < 0 ? 0.8 : 1.25, at);
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (e) { if (e.target.tagName !== 'circle') { drag = { x: e.clientX, view: view.slice() }; svg.classList.add('dragging'); } });
  window.addEventListener('pointerup', function () { drag = null; svg.classList.remove('dragging'); });
  window.addEventListener('pointermove', function (e) {
    if (!drag) return;
    var perPx = (drag.view[1] - drag.view[0]) / (width() - LEFT - 12);
    var shift = (drag.x - e.clientX) * perPx, span = drag.view[1] - drag.view[0];
    var a = Math.min(Math.max(drag.view[0] + shift, MIN), MAX - span);
    view = [a, a + span];
    draw();
  });
  window.addEventListener('resize', draw);

  var around = rows.filter(function (tr) { return tr.classList.contains('around'); })[0];
  if (around) {
    var it = bySubject[around.getAttribute('data-href')];
    var c = it.dates[0];
    view = [Math.max(MIN, c - 8), Math.min(MAX, c + 8)];
    select(it);
  } else {
    view = [1985, 2013]; // the dense years first; "1822–2012" shows everything
    draw();
  }
  box.setAttribute('data-rendered', String(items.length));
})();
