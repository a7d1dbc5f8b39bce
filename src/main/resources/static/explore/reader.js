// The paper reader's side panel: selecting a highlighted claim (click, or Enter on a focused
// highlight) loads its trace from /api/claims/{id}/trace and shows its type, cause → effect,
// attribution, page and notes, and the claims of other papers that agree or conflict with it.
(function () {
  'use strict';
  var panel = document.getElementById('claim-panel');
  if (!panel) return;
  var body = document.getElementById('panel-body');
  var hint = document.getElementById('panel-hint');
  var papers = JSON.parse(panel.getAttribute('data-papers') || '{}');
  var selected = null;

  function local(iri) { return String(iri || '').replace(/^.*[#\/]/, ''); }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function link(href, text) { var a = el('a', null, text); a.href = href; return a; }
  function page(iri) { return iri.replace(/^https:\/\/w3id\.org\/usmx\//, '/') + '.html'; }
  function labels(list) { return (list || []).map(function (x) { return x.label || local(x.iri); }); }
  function links(list) {
    var span = el('span');
    (list || []).forEach(function (x, i) { if (i) span.appendChild(document.createTextNode(', ')); span.appendChild(link(page(x.iri), x.label || local(x.iri))); });
    return span;
  }
  function row(dl, term, value) {
    if (value == null || value === '' || (value.childNodes && !value.childNodes.length)) return;
    dl.appendChild(el('dt', null, term));
    var dd = el('dd');
    if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
    dl.appendChild(dd);
  }

  function select(mark) {
    if (selected) selected.classList.remove('selected');
    selected = mark;
    mark.classList.add('selected');
    var claim = mark.getAttribute('data-claim');
    body.textContent = 'Loading…';
    hint.hidden = true;
    fetch('/api/claims/' + encodeURIComponent(local(claim)) + '/trace', { headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (t) { show(t, mark); })
      .catch(function (e) { body.textContent = 'Could not load the claim (' + e.message + ').'; });
  }

  function show(t, mark) {
    body.textContent = '';
    body.setAttribute('data-claim', t.iri);
    var h = el('h3');
    h.appendChild(link(page(t.iri), t.label || local(t.iri)));
    body.appendChild(h);
    var dl = el('dl');
    row(dl, 'Type', labels(t.type).filter(function (l) { return l !== 'Claim'; }).join(', '));
    if (t.cause || t.effect) {
      var ce = el('span');
      ce.appendChild(links(t.cause));
      ce.appendChild(document.createTextNode(' → ' + labels(t.polarity).join(', ') + ' → '));
      ce.appendChild(links(t.effect));
      row(dl, 'Cause → effect', ce);
    }
    row(dl, 'Modality', labels(t.modality).join(', '));
    row(dl, 'View of', links(t.attributedTo));
    row(dl, 'About', links(t.about));
    var ev = t.evidence || {};
    row(dl, 'Page', ev.page ? 'p. ' + ev.page + (ev.endPage ? '–' + ev.endPage : '') : '');
    row(dl, 'Notes', (t.footnotes || []).map(function (n) { return n.number; }).join(', '));
    body.appendChild(dl);
    (t.footnotes || []).forEach(function (n) {
      var p = el('p', 'small');
      p.appendChild(link('#note-' + n.number, 'Note ' + n.number));
      p.appendChild(document.createTextNode(': ' + n.text));
      body.appendChild(p);
    });
    related('Agrees with', t.agreesWith);
    related('Conflicts with', t.conflictsWith);
    var others = mark.parentElement ? mark.parentElement.closest('mark.claim') : null;
    if (others) body.appendChild(el('p', 'muted small', 'This passage lies inside another highlighted claim; select the surrounding text to see it.'));
  }

  function related(title, list) {
    if (!list || !list.length) return;
    body.appendChild(el('h3', null, title));
    list.forEach(function (c) {
      var card = el('div', 'claim-card');
      card.appendChild(link(page(c.iri), c.label || local(c.iri)));
      card.appendChild(document.createTextNode(' '));
      card.appendChild(el('span', 'muted', '(' + (papers[c.paper] || local(c.paper)) + ')'));
      if (c.quote) card.appendChild(el('blockquote', null, '“' + c.quote + '”'));
      if (c.conflict) { var m = el('div', 'meta'); m.appendChild(link('/conflicts/' + local(c.conflict), c.topic || 'the conflict')); card.appendChild(m); }
      body.appendChild(card);
    });
  }

  document.addEventListener('click', function (e) {
    var mark = e.target.closest && e.target.closest('mark.claim');
    if (mark) select(mark);
  });
  document.addEventListener('keydown', function (e) {
    if ((e.key === 'Enter' || e.key === ' ') && e.target.matches && e.target.matches('mark.claim')) { e.preventDefault(); select(e.target); }
  });
})();
