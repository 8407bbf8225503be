// Relocation benchmark, browser side: enumerate candidate elements, capture their fingerprints
// (the documented `argus locate` property names), and mutate a page the way releases do, with a
// seeded PRNG so the dataset regenerates identically. The answer is tracked with a JS property on
// the element object (never an attribute), so it cannot leak into any fingerprint.
// Candidates and fingerprints come from the engine's own page script (argus-dom.js, injected first
// as window.__argusDom): the bench measures the elements and properties live healing sees.
(() => {
  const DOM = window.__argusDom;
  const cap = (s, n) => { if (s == null) return null; s = String(s).replace(/\s+/g, ' ').trim(); return s ? (s.length > n ? s.slice(0, n) : s) : null; };

  function candidates() {
    return DOM.candidates(document, 5000);
  }
  function ownText(el) {
    let t = '';
    for (const n of el.childNodes) if (n.nodeType === 3) t += n.textContent + ' ';
    return cap(t, 100);
  }
  function xpath(el, stopAtId) {
    const steps = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (stopAtId && e !== el && e.id) { steps.unshift('/*[@id="' + e.id + '"]'); return '/' + steps.join('/'); }
      let i = 1;
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === e.tagName) i++;
      steps.unshift(e.tagName.toLowerCase() + '[' + i + ']');
    }
    return stopAtId ? null : '/' + steps.join('/');
  }
  function capture() {
    const els = candidates();
    const fps = els.map(e => DOM.fingerprint(e));
    return { elements: fps, answer: els.findIndex(e => e.__argusTarget === true) };
  }
  function targetable() {
    const els = candidates();
    const out = [];
    els.forEach((e, i) => {
      const t = e.tagName.toLowerCase();
      if (['a', 'button', 'input', 'select', 'textarea', 'img', 'h1', 'h2', 'h3', 'label', 'th'].includes(t)
        || e.getAttribute('role') || e.hasAttribute('data-testid') || e.classList.contains('price')
        || e.classList.contains('kpi-value') || e.classList.contains('badge')) out.push(i);
    });
    return out;
  }

  // ---- mutations -------------------------------------------------------------------------
  let seed = 1;
  const rnd = () => { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; };
  const pick = a => a[Math.floor(rnd() * a.length)];
  const hash = n => { let s = ''; const cs = 'abcdefghijklmnopqrstuvwxyz0123456789'; s += pick('abcdefghijklmnopqrstuvwxyz'.split(''));
    for (let i = 1; i < n; i++) s += pick(cs.split('')); return s; };
  const SYN = { 'sign in': ['Log in', 'Sign in now', 'Continue'], 'cancel': ['Back', 'Dismiss'], 'add to cart': ['Add to basket', 'Add to bag', 'Buy'],
    'delete': ['Remove', 'Delete invoice', 'Trash'], 'edit': ['Modify', 'Edit invoice', 'Change'], 'save': ['Save changes', 'Update', 'Apply'],
    'search': ['Find', 'Go'], 'apply': ['Redeem', 'Use code'], 'place order': ['Pay now', 'Complete order', 'Place your order'],
    'subscribe': ['Sign up', 'Join'], 'reply': ['Respond', 'Answer'], 'read more': ['Continue reading', 'Read article'],
    'next': ['Next page', 'Forward'], 'previous': ['Back', 'Previous page'], 'send invite': ['Invite', 'Invite member'],
    'export csv': ['Download CSV', 'Export'], 'create account': ['Sign up', 'Register'], 'remove': ['Delete', 'Revoke'] };
  // distinct: the new wording must differ in more than letter case (a look-alike must read
  // differently to a person, and "♡" upper-cased is still "♡").
  // Returns the new wording (false when the element reads nothing); `wording` imposes one, so
  // every instance of a template can be reworded alike.
  function editText(el, distinct, wording) {
    const nodes = Array.from(el.childNodes).filter(n => n.nodeType === 3 && n.textContent.trim());
    let node = nodes[0];
    if (!node) {
      const inner = Array.from(el.querySelectorAll('*')).find(c => Array.from(c.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()));
      if (!inner) {
        if (el.getAttribute('placeholder')) {
          const p = wording || reword(el.getAttribute('placeholder'), distinct);
          el.setAttribute('placeholder', p);
          return p;
        }
        return false;
      }
      node = Array.from(inner.childNodes).find(n => n.nodeType === 3 && n.textContent.trim());
    }
    node.textContent = wording || reword(node.textContent.trim(), distinct);
    return node.textContent;
  }
  function reword(t, distinct) {
    for (let i = 0; i < 8; i++) {
      const r = rewordOnce(t);
      if (!distinct || r.toLowerCase() !== t.toLowerCase()) return r;
    }
    return 'Other ' + t;
  }
  function rewordOnce(t) {
    const key = t.toLowerCase();
    if (SYN[key]) return pick(SYN[key]);
    const r = rnd();
    if (r < 0.3) return t.toUpperCase();
    if (r < 0.6) return t + ' ' + pick(['now', 'here', '»', '(new)', 'today']);
    const words = t.split(' ');
    if (words.length > 2) { words.splice(Math.floor(rnd() * words.length), 1); return words.join(' '); }
    return pick(['Open', 'View', 'Go to']) + ' ' + t.toLowerCase();
  }
  function renameId(el, newId) {
    const old = el.id;
    document.querySelectorAll('label[for="' + old + '"]').forEach(l => l.setAttribute('for', newId));
    el.id = newId;
  }
  // Returns what became of each class name, so other instances can be renamed the same way.
  function hashClasses(el, renamed) {
    const map = renamed || new Map();
    const c = (el.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean);
    if (!c.length) { el.setAttribute('class', map.get('') || 'css-' + hash(6)); map.set('', el.getAttribute('class')); return map; }
    el.setAttribute('class', c.map(x => {
      if (!map.has(x)) map.set(x, rnd() < 0.5 ? 'css-' + hash(6) : x.replace(/-/g, '_') + '__' + hash(5));
      return map.get(x);
    }).join(' '));
    return map;
  }
  function retag(el, tag) {
    const n = document.createElement(tag);
    for (const a of el.attributes) n.setAttribute(a.name, a.value);
    while (el.firstChild) n.appendChild(el.firstChild);
    if (tag === 'a' && !n.hasAttribute('href')) n.setAttribute('href', '#');
    if (tag === 'button') { n.removeAttribute('href'); n.setAttribute('type', 'button'); }
    n.__argusTarget = el.__argusTarget;
    el.replaceWith(n);
    return n;
  }
  // ---- templates ---------------------------------------------------------------------------
  // A release changes a template, not one of its instances: when the "Edit" button of every table
  // row is renamed, restyled, retagged, wrapped or moved to another cell, all rows change alike,
  // and a button moves within its row, not out of it into the sidebar. An element is an instance
  // when its record (the row, list item, article or card it belongs to, as argus-dom.js's
  // record_text reads it, or a repeating record further up) has sibling records holding an element
  // of the same tag and role at the same place. Data (a row's own name or amount) is not template:
  // it changes in one row only.
  // The record as record_text reads it (argus-dom.js), so the bench and the healer agree on it.
  const RECORD = DOM.RECORD;
  const record = DOM.record;
  function pathFrom(root, el) {
    const path = [];
    for (let e = el; e && e !== root; e = e.parentElement) path.unshift(Array.from(e.parentElement.children).indexOf(e));
    return path;
  }
  function follow(root, path) {
    let e = root;
    for (const i of path) { e = e && e.children[i]; }
    return e || null;
  }
  // The other instances of el's template (not el itself), in document order, as the page was
  // before this case's changes (a reordered cell must not hide the rows it was copied into).
  let caseTwins = [];
  const twins = () => caseTwins.filter(t => t.isConnected);
  function findTwins(el) {
    // The innermost record may be alone in its parent (a card's <article> inside each <li>): then
    // the records that repeat are further up.
    for (let rec = record(el); rec && rec.localName !== 'body'; rec = rec.parentElement && rec.parentElement.closest(RECORD)) {
      const found = twinsIn(rec, el);
      if (found.length) return found;
    }
    return [];
  }
  function twinsIn(rec, el) {
    if (!rec.parentElement) return [];
    const path = pathFrom(rec, el);
    // Rows and list items are records whatever their classes (striped rows, BEM modifiers such as
    // ticket-card--unread); a card found by its class needs the same class.
    const byRole = rec.matches(RECORD);
    const same = (a, b, attr) => a.getAttribute(attr) === b.getAttribute(attr);
    return Array.from(rec.parentElement.children)
      .filter(r => r !== rec && r.localName === rec.localName && same(r, rec, 'role') && (byRole || same(r, rec, 'class')))
      .map(r => follow(r, path))
      .filter(t => t && t.localName === el.localName && same(t, el, 'role'));
  }
  let caseOriginalReading = '';
  const readsAs = e => ((e.textContent || '') + ' ' + (e.getAttribute('placeholder') || '')).replace(/\s+/g, ' ').trim().toLowerCase();
  const textOf = e => (e.innerText || e.getAttribute('placeholder') || '').replace(/\s+/g, ' ').trim();
  function retagAll(el, tag) { const n = retag(el, tag); caseTwins = twins().map(t => retag(t, tag)); return n; }
  const M = {
    id_renamed(el) { if (!el.id) return false; renameId(el, rnd() < 0.5 ? el.id + '-' + hash(4) : pick(['btn', 'field', 'el', 'ctl']) + '-' + hash(6)); return true; },
    id_removed(el) { if (!el.id || document.querySelector('label[for="' + el.id + '"]')) return false; el.removeAttribute('id'); return true; },
    class_changed(el) { const renamed = hashClasses(el); twins().forEach(t => hashClasses(t, renamed)); return true; },
    wrapped(el) { const others = twins(); const w = document.createElement(pick(['div', 'span', 'div'])); w.className = pick(['wrapper', 'field-group', 'css-' + hash(5), 'cell']);
      for (const e of [el, ...others]) { const x = w.cloneNode(false); e.replaceWith(x); x.appendChild(e); } return true; },
    reordered(el) { const p = el.parentElement; const kids = Array.from(p.children); if (kids.length < 2) return false;
      const order = kids.map((k, i) => i);
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
      for (const parent of [p, ...twins().map(t => t.parentElement)]) {
        const own = Array.from(parent.children);
        if (own.length === kids.length) order.forEach(i => parent.appendChild(own[i]));
      }
      return true; },
    text_edited(el) { const others = twins().filter(t => textOf(t) === textOf(el));
      const wording = editText(el); if (!wording) return false; others.forEach(t => editText(t, false, wording)); return true; },
    attributes_removed(el) { const names = ['name', 'title', 'aria-label', 'data-testid', 'placeholder', 'alt', 'rel'].filter(a => el.hasAttribute(a));
      if (!names.length) return false; const gone = names.filter((a, i) => rnd() < 0.7 || i === 0);
      [el, ...twins()].forEach(e => gone.forEach(a => e.removeAttribute(a))); return true; },
    tag_changed(el) { const t = el.tagName.toLowerCase();
      const to = { button: 'a', a: 'button', h1: 'h2', h2: 'h3', h3: 'h4', span: 'div', div: 'span', label: 'span', th: 'td' }[t];
      if (!to) { if (t === 'input' && ['text', 'email', 'search', null].includes(el.getAttribute('type'))) { el.setAttribute('type', pick(['text', 'email', 'search'])); return true; } return false; }
      retagAll(el, to); return true; },
    moved(el) { const others = twins();
      if (others.length) {
        // Within its record, in every record alike: a cell moves to another column (cells do not
        // nest in cells); anything else to another cell or block of the same row or card.
        const rec = record(el);
        const CELL_ROLES = ['gridcell', 'cell', 'columnheader', 'rowheader'];
        if (el.parentElement === rec || ['td', 'th'].includes(el.localName) || CELL_ROLES.includes(el.getAttribute('role'))) {
          const row = el.parentElement;
          const first = row.lastElementChild === el || (row.firstElementChild !== el && rnd() < 0.5);
          [el, ...others].forEach(e => first ? e.parentElement.insertBefore(e, e.parentElement.firstChild) : e.parentElement.appendChild(e));
          return true;
        }
        const hosts = [rec, ...rec.querySelectorAll('td, th, div, p, section, header, footer, span')]
          .filter(h => !el.contains(h) && h !== el.parentElement && h.getBoundingClientRect().height > 0);
        if (!hosts.length) return false;
        const hostPath = pathFrom(rec, pick(hosts));
        const first = rnd() < 0.5;
        const moves = [el, ...others].map(e => [e, follow(record(e), hostPath)]);
        moves.forEach(([e, h]) => { if (h && !e.contains(h)) first ? h.insertBefore(e, h.firstChild) : h.appendChild(e); });
        return true;
      }
      const hosts = Array.from(document.querySelectorAll('main, aside, header, footer, section, form, fieldset, article'))
        .filter(h => !h.contains(el) && !el.contains(h) && h.getBoundingClientRect().height > 0);
      if (!hosts.length) return false; const h = pick(hosts); rnd() < 0.5 ? h.appendChild(el) : h.insertBefore(el, h.firstChild); return true; },
    lookalike_added(el) {
      // A field inside its label is named by the label: its look-alike is another labelled field,
      // or it would be announced exactly as the original.
      const wrappingLabel = el.localName !== 'label' ? el.closest('label') : null;
      if (wrappingLabel) return lookalikeOf(wrappingLabel);
      const c = el.cloneNode(true); c.__argusTarget = false; c.querySelectorAll('*').forEach(x => x.__argusTarget = false);
      if (c.id) c.id = c.id + '-' + pick(['alt', 'secondary', 'copy', '2']);
      if (c.hasAttribute('data-testid')) c.setAttribute('data-testid', c.getAttribute('data-testid') + '-' + pick(['alt', 'promo', '2']));
      if (c.hasAttribute('name')) c.setAttribute('name', c.getAttribute('name') + '2');
      // A look-alike is another element that looks similar, not a copy: it always reads differently
      // (like "Sign in with SSO" next to "Sign in"). An exact copy would be the same element by every
      // observable property, so no healer (and no person) could tell it from the original.
      if (!editText(c, true)) return false;
      // Nor may it read as the original did before this case edited it (a look-alike reworded from
      // an edited "Trail Running Shoe today" back into "Trail Running Shoe" is the original to anyone).
      if (readsAs(c) === caseOriginalReading) editText(c, true, 'Other ' + readsAs(c));
      // What assistive technology and the healer read first must differ too: a clone that kept
      // the original's aria-label or title would still be announced as the original.
      for (const a of ['aria-label', 'title']) if (c.hasAttribute(a)) c.setAttribute(a, reword(c.getAttribute(a), true));
      rnd() < 0.5 ? el.after(c) : el.before(c); return true; },
    removed(el) { el.remove(); return true; },
  };
  function lookalikeOf(label) {
    const c = label.cloneNode(true); c.__argusTarget = false; c.querySelectorAll('*').forEach(x => x.__argusTarget = false);
    c.querySelectorAll('[id]').forEach(x => { x.id = x.id + '-2'; });
    c.querySelectorAll('[name]').forEach(x => x.setAttribute('name', x.getAttribute('name') + '2'));
    c.querySelectorAll('[data-testid]').forEach(x => x.setAttribute('data-testid', x.getAttribute('data-testid') + '-2'));
    const own = Array.from(c.childNodes).find(n => n.nodeType === 3 && n.textContent.trim())
      || Array.from(c.querySelectorAll('*')).filter(x => !['input', 'select', 'textarea', 'button'].includes(x.localName))
        .flatMap(x => Array.from(x.childNodes)).find(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) return false;
    own.textContent = reword(own.textContent.trim(), true);
    rnd() < 0.5 ? label.after(c) : label.before(c);
    return true;
  }
  const PAGE = {
    layout_shift() { const b = document.createElement('div'); b.className = 'announcement'; b.style.cssText = 'padding:20px;background:#fffbdd';
      b.textContent = pick(['Spring sale: 20% off everything', 'Scheduled maintenance on Sunday', 'New: dark mode is here']); document.body.prepend(b); },
    // A build that hashes class names renames each name the same way everywhere; 60% of the names.
    all_classes_hashed() { const renamed = new Map();
      document.body.querySelectorAll('[class]').forEach(e => {
        const c = (e.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean);
        c.forEach(x => { if (!renamed.has(x)) renamed.set(x, rnd() < 0.6 ? (rnd() < 0.5 ? 'css-' + hash(6) : x.replace(/-/g, '_') + '__' + hash(5)) : x); });
        if (c.length) e.setAttribute('class', c.map(x => renamed.get(x)).join(' '));
      }); },
    ids_prefixed() { document.body.querySelectorAll('[id]').forEach(e => { if (rnd() < 0.5) renameId(e, 'app-' + e.id); }); },
    sections_reordered() { const m = document.querySelector('main'); if (!m) return; const kids = Array.from(m.children);
      for (let i = kids.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [kids[i], kids[j]] = [kids[j], kids[i]]; }
      kids.forEach(k => m.appendChild(k)); },
  };
  function mutate(targetIndex, s, kinds, pageKinds) {
    seed = s;
    const el = candidates()[targetIndex];
    el.__argusTarget = true;
    caseTwins = findTwins(el);
    caseOriginalReading = readsAs(el);
    const applied = [];
    for (const k of pageKinds) { PAGE[k](); applied.push(k); }
    for (const k of kinds) {
      const cur = Array.from(document.body.querySelectorAll('*')).find(e => e.__argusTarget === true);
      if (cur && M[k](cur)) applied.push(k);
    }
    // Not a change: a marker, so the report shows how targets that are one instance of a repeated
    // template (changed in every instance alike, data aside) fare.
    const TEMPLATE = ['class_changed', 'wrapped', 'reordered', 'text_edited', 'attributes_removed', 'tag_changed', 'moved'];
    if (caseTwins.length && applied.some(k => TEMPLATE.includes(k))) applied.push('template_instance');
    return applied;
  }

  // ---- baseline locators: what a classic recorder stores (one per strategy), found on the
  // original page and looked up again on the mutated one. Indices refer to candidates().
  function locators(targetIndex) {
    const el = candidates()[targetIndex];
    const tag = el.tagName.toLowerCase();
    const q = v => '"' + String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
    const xq = v => v.includes('"') ? "'" + v + "'" : '"' + v + '"';
    const L = {};
    if (el.getAttribute('data-testid')) L.testid = { css: '[data-testid=' + q(el.getAttribute('data-testid')) + ']' };
    if (el.id) L.id = { css: '#' + CSS.escape(el.id) };
    if (el.getAttribute('name')) L.name = { css: tag + '[name=' + q(el.getAttribute('name')) + ']' };
    const own = ownText(el);
    const inner = cap(el.innerText, 100);
    if (inner && inner.length <= 60) L.text = { xpath: '//' + tag + '[normalize-space(.)=' + xq(inner) + ']' };
    if (el.getAttribute('aria-label')) L.aria_label = { css: '[aria-label=' + q(el.getAttribute('aria-label')) + ']' };
    if (el.getAttribute('placeholder')) L.placeholder = { css: '[placeholder=' + q(el.getAttribute('placeholder')) + ']' };
    if (el.getAttribute('href') && tag === 'a') L.href = { css: 'a[href=' + q(el.getAttribute('href')) + ']' };
    const cls = (el.getAttribute('class') || '').trim().split(/\s+/).filter(Boolean);
    if (cls.length) L.css_class = { css: tag + cls.map(c => '.' + CSS.escape(c)).join('') };
    const idx = xpath(el, true);
    if (idx) L.idxpath = { xpath: idx };
    L.xpath = { xpath: xpath(el, false) };
    return L;
  }
  function findAll(loc) {
    const els = candidates();
    const pos = new Map(els.map((e, i) => [e, i]));
    let found = [];
    try {
      if (loc.css) found = Array.from(document.querySelectorAll(loc.css));
      else { const r = document.evaluate(loc.xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
        for (let i = 0; i < r.snapshotLength; i++) found.push(r.snapshotItem(i)); }
    } catch (e) { return []; }
    return found.map(e => pos.has(e) ? pos.get(e) : -1);
  }
  function lookUp(locs) { const out = {}; for (const k of Object.keys(locs)) out[k] = findAll(locs[k]); return out; }
  window.__argusBench = { capture, targetable, mutate, locators, lookUp, mutations: Object.keys(M), pageMutations: Object.keys(PAGE) };
})();
