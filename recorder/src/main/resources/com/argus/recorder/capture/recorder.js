// Argus recorder: injected into every frame of a recorded page (context.addInitScript) before the
// page's own scripts. It turns user input into raw events and hands them to Java through the
// binding window.__argusRecord (one JSON string per event). Java turns raw events into steps.
//
// Rules this script keeps:
// - listeners run in the capture phase on window, so page handlers cannot hide events from us;
// - locators are verified here, in the page, against the element reference itself, because the
//   element may be gone when Java sees the event (a click that navigates). For clicks the full
//   verification runs in a task right after the event (off its critical path): the fingerprint and
//   the cheap candidates (test id, id) are taken synchronously, and pending verifications run
//   before any later event is sent and before the document unloads, so order and navigation-causing
//   clicks are safe;
// - the value of a password or secret field is never read into an event: only a marker is sent;
// - nothing here may throw into the page: every listener is wrapped.
(() => {
  'use strict';
  const CONFIG = /*ARGUS_CONFIG*/ {
    binding: '__argusRecord',
    recordSynthetic: false,
    testIdAttributes: ['data-testid', 'data-test', 'data-qa', 'data-cy'],
    secretSelectors: [],
    generatedIdPatterns: [],
    hashedClassPatterns: [],
    frameworkAttributePatterns: [],
    assertShortcut: 'Control+Shift+A',
    valueSalt: 0
  };
  // The engine's page-side helper (com/argus/engine/locate/argus-dom.js), written in here.
  const DOM = /*ARGUS_DOM*/ null;
  const BINDING = CONFIG.binding;
  // One install per document and recording: an attached browser may still run an earlier
  // recording's script, which then talks to a binding that is gone.
  if (window['__argusInstalled_' + BINDING]) return;
  Object.defineProperty(window, '__argusInstalled_' + BINDING, { value: true });
  const TOOLBAR_ID = '__argus_toolbar';
  const isTop = window === window.top;
  const genId = CONFIG.generatedIdPatterns.map(p => new RegExp(p));
  const hashedClass = CONFIG.hashedClassPatterns.map(p => new RegExp(p));
  const frameworkAttr = CONFIG.frameworkAttributePatterns.map(p => new RegExp(p));

  // Closed shadow roots are invisible to composedPath(); remembering their hosts lets us say so
  // (a warning step) instead of recording a click on the host as if it were the real target.
  const closedHosts = new WeakSet();
  const origAttachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = origAttachShadow.call(this, init);
    if (init && init.mode === 'closed') closedHosts.add(this);
    rootsCache = null;
    return root;
  };

  // Secret values typed in this document stay here, never sent: every later event is masked with
  // them, and events sent before one was typed (a page may show it, or echo it) are masked after
  // the fact through a 'redact' event naming the event by its sequence number.
  const MASK = '•••';
  const DOC = Math.random().toString(36).slice(2, 10);
  const secretValues = new Set();
  const recentSent = [];
  let seq = 0;
  function mask(json) {
    for (const v of secretValues) {
      const enc = JSON.stringify(v).slice(1, -1);
      if (enc) json = json.split(enc).join(MASK);
    }
    return json;
  }
  function sendJson(json) {
    try {
      const fn = window[BINDING];
      if (typeof fn === 'function') fn(json);
    } catch (e) { /* the binding is gone when the recording stops; the page must not notice */ }
  }
  function send(ev) {
    drainPending();
    sendNow(ev);
  }
  function sendNow(ev) {
    ev.ts = ev.ts || Date.now();
    ev.frameUrl = location.href;
    ev.doc = DOC;
    ev.seq = ++seq;
    const json = mask(JSON.stringify(ev));
    if (ev.target) {
      recentSent.push({ seq: ev.seq, json });
      if (recentSent.length > 50) recentSent.shift();
    }
    sendJson(json);
  }
  function learnSecret(value) {
    // Short values would mask ordinary text ("a", "12"); they are not worth hiding from a page.
    if (!value || value.length < 4 || secretValues.has(value)) return;
    secretValues.add(value);
    for (const r of recentSent) {
      const masked = mask(r.json);
      if (masked === r.json) continue;
      r.json = masked;
      sendJson(JSON.stringify({ kind: 'redact', doc: DOC, seq: r.seq, event: JSON.parse(masked), ts: Date.now(),
        frameUrl: location.href }));
    }
  }

  // A secret typed in one document may be typed again as plain text in another (a passphrase
  // field, a password shown in clear), where this document's secretValues do not reach. Java never
  // sees a secret, so fills carry a digest of their value and secret fills the digest of theirs:
  // Java replaces any fill whose digest is a secret's with that secret's variable, before or after.
  // A digest to compare values by, salted per recording, kept in memory and never written; short
  // values (see learnSecret) get none.
  function valueDigest(v) {
    if (!v || v.length < 4) return null;
    const h = seed => {
      let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
      for (let i = 0; i < v.length; i++) {
        const ch = v.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
    };
    return h(CONFIG.valueSalt) + '.' + h(CONFIG.valueSalt ^ 0x5bd1e995);
  }

  function guard(fn) {
    return function (ev) {
      try { return fn(ev); } catch (e) {
        try { send({ kind: 'error', message: String(e && e.stack || e).slice(0, 500) }); } catch (ignored) { /* nothing */ }
      }
    };
  }

  // ---------------------------------------------------------------- text and names

  const norm = s => (s == null ? '' : String(s)).replace(/\s+/g, ' ').trim();
  const cut = (s, n) => (s && s.length > n ? s.slice(0, n) : s);
  const lc = s => norm(s).toLowerCase();

  function isGeneratedId(v) { return !!v && genId.some(r => r.test(v)); }
  function isHashedClass(c) { return hashedClass.some(r => r.test(c)); }
  function isFrameworkAttr(a) { return frameworkAttr.some(r => r.test(a)); }

  function rootOf(el) { return el.getRootNode ? el.getRootNode() : document; }
  function inShadow(el) { return rootOf(el) instanceof ShadowRoot; }
  function parentOf(el) {
    if (el.parentElement) return el.parentElement;
    const r = el.parentNode;
    return r instanceof ShadowRoot ? r.host : null;
  }
  function isOurs(el) {
    for (let e = el; e; e = parentOf(e)) if (e.id === TOOLBAR_ID) return true;
    return false;
  }

  // Every element of the document including open shadow trees: Playwright's locators pierce open
  // shadow roots, so uniqueness has to be counted the same way.
  let rootsCache = null;
  function allRoots() {
    // Cached until the DOM's structure changes (or a shadow root is attached): finding shadow
    // roots means visiting every element.
    if (rootsCache && observer) return rootsCache;
    const roots = [document];
    const walk = root => {
      const it = (root.querySelectorAll ? root.querySelectorAll('*') : []);
      for (const el of it) {
        if (el.shadowRoot && el.id !== TOOLBAR_ID) { roots.push(el.shadowRoot); walk(el.shadowRoot); }
      }
    };
    walk(document);
    rootsCache = roots;
    return roots;
  }
  function deepQueryAll(selector, roots) {
    const out = [];
    for (const r of roots || allRoots()) {
      let found;
      try { found = r.querySelectorAll(selector); } catch (e) { return null; }
      for (const el of found) if (!isOurs(el)) out.push(el);
    }
    return out;
  }


  function isHiddenForAria(el) {
    for (let e = el; e; e = parentOf(e)) {
      if (e.getAttribute && e.getAttribute('aria-hidden') === 'true') return true;
      const st = getComputedStyle(e);
      if (st.display === 'none') return true;
      if (e === el && st.visibility === 'hidden') return true;
    }
    return false;
  }

  function isVisible(el) {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility) {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    } else if (isHiddenForAria(el)) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  const INPUT_ROLES = {
    button: 'button', submit: 'button', reset: 'button', image: 'button', checkbox: 'checkbox',
    radio: 'radio', range: 'slider', number: 'spinbutton', search: 'searchbox', email: 'textbox',
    tel: 'textbox', text: 'textbox', url: 'textbox', '': 'textbox'
  };
  function roleOf(el) {
    const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = el.localName;
    switch (tag) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : null;
      case 'button': return 'button';
      case 'input': {
        const t = (el.getAttribute('type') || '').toLowerCase();
        if (t === 'text' || t === '' || t === 'search' || t === 'email' || t === 'tel' || t === 'url') {
          if (el.hasAttribute('list')) return 'combobox';
        }
        return Object.prototype.hasOwnProperty.call(INPUT_ROLES, t) ? INPUT_ROLES[t] : null;
      }
      case 'select': return (el.multiple || el.size > 1) ? 'listbox' : 'combobox';
      case 'textarea': return 'textbox';
      case 'option': return 'option';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'img': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'nav': return 'navigation';
      case 'main': return 'main';
      case 'ul': case 'ol': return 'list';
      case 'li': return 'listitem';
      case 'dialog': return 'dialog';
      case 'table': return 'table';
      case 'tr': return 'row';
      case 'td': return 'cell';
      case 'th': return 'columnheader';
      case 'form': return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'form' : null;
      case 'progress': return 'progressbar';
      case 'summary': return null;
      default: return null;
    }
  }

  const NAME_FROM_CONTENT = new Set(['button', 'link', 'checkbox', 'radio', 'heading', 'option', 'menuitem',
    'menuitemcheckbox', 'menuitemradio', 'tab', 'cell', 'columnheader', 'rowheader', 'switch', 'treeitem',
    'tooltip', 'row', 'gridcell', 'listitem']);

  function textOf(node) {
    // Text as a reader sees it for naming: alt of images and aria-label of parts count.
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const el = node;
    if (el.localName === 'script' || el.localName === 'style' || el.localName === 'template') return '';
    if (el.getAttribute('aria-hidden') === 'true') return '';
    if (el.hasAttribute('aria-label') && el !== node) return el.getAttribute('aria-label');
    if (el.localName === 'img') return el.getAttribute('alt') || '';
    let s = '';
    const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
    for (const k of kids) {
      if (k.nodeType === Node.ELEMENT_NODE && k.localName === 'slot') {
        for (const a of k.assignedNodes({ flatten: true })) s += textOf(a);
      } else {
        s += textOf(k);
      }
      if (k.nodeType === Node.ELEMENT_NODE && /^(div|p|li|br|tr|h\d)$/.test(k.localName)) s += ' ';
    }
    return s;
  }

  function labelsText(el) {
    const parts = [];
    const lb = el.getAttribute && el.getAttribute('aria-labelledby');
    if (lb) {
      const root = rootOf(el);
      for (const id of lb.split(/\s+/)) {
        const ref = root.getElementById ? root.getElementById(id) : document.getElementById(id);
        if (ref) parts.push(norm(textOf(ref)));
      }
      if (parts.length) return norm(parts.join(' '));
    }
    if (el.labels && el.labels.length) {
      return norm(Array.from(el.labels).map(l => labelTextWithoutControl(l, el)).join(' '));
    }
    return '';
  }
  function labelTextWithoutControl(label, control) {
    let s = '';
    for (const k of label.childNodes) {
      if (k === control || (k.nodeType === 1 && k.contains(control) && k.localName !== 'span')) continue;
      if (k.nodeType === 1 && /^(input|select|textarea)$/.test(k.localName)) continue;
      s += textOf(k);
    }
    return norm(s);
  }

  function accessibleName(el) {
    const lb = el.getAttribute('aria-labelledby');
    if (lb) { const t = labelsText(el); if (t) return t; }
    const al = norm(el.getAttribute('aria-label'));
    if (al) return al;
    const tag = el.localName;
    if (tag === 'input') {
      const t = (el.getAttribute('type') || '').toLowerCase();
      if (t === 'button' || t === 'submit' || t === 'reset') {
        return norm(el.value || (t === 'submit' ? 'Submit' : t === 'reset' ? 'Reset' : ''));
      }
      if (t === 'image') return norm(el.getAttribute('alt') || el.getAttribute('value') || 'Submit');
    }
    if (/^(input|select|textarea|meter|progress|output)$/.test(tag)) {
      const l = labelsText(el);
      if (l) return l;
      return norm(el.getAttribute('title') || el.getAttribute('placeholder') || '');
    }
    if (tag === 'img' || tag === 'area') return norm(el.getAttribute('alt') || el.getAttribute('title') || '');
    const role = roleOf(el);
    if (role && NAME_FROM_CONTENT.has(role)) {
      const t = norm(textOf(el));
      if (t) return t;
    }
    return norm(el.getAttribute('title') || '');
  }

  // ---------------------------------------------------------------- retargeting

  const INTERACTIVE = 'button, a[href], input, select, textarea, summary, label, [role=button], [role=link], ' +
    '[role=checkbox], [role=radio], [role=switch], [role=menuitem], [role=menuitemcheckbox], [role=tab], ' +
    '[role=option], [role=treeitem], [contenteditable=""], [contenteditable=true]';

  // The element a person meant: the nearest button/link/input around an inner span or icon,
  // following the composed path through open shadow roots.
  function realTarget(ev) {
    const path = ev.composedPath ? ev.composedPath() : [ev.target];
    const first = path.find(n => n && n.nodeType === 1);
    if (!first) return null;
    for (const n of path) {
      if (!n || n.nodeType !== 1) continue;
      if (n.matches && n.matches(INTERACTIVE)) return n;
      if (n === document.body || n === document.documentElement) break;
    }
    return first;
  }

  function isTextField(el) {
    if (!el) return false;
    if (el.localName === 'textarea') return true;
    if (el.localName !== 'input') return false;
    const t = (el.getAttribute('type') || 'text').toLowerCase();
    return /^(text|email|password|search|tel|url|number|date|datetime-local|month|week|time|color)$/.test(t);
  }
  function isToggle(el) {
    return el && el.localName === 'input' && /^(checkbox|radio)$/i.test(el.type);
  }
  // A password field stays one when "show password" turns it into a text field.
  const wasSecret = new WeakSet();
  function isSecret(el) {
    if (!el || el.localName !== 'input' && el.localName !== 'textarea') return false;
    if (wasSecret.has(el)) return true;
    const secret = (el.type || '').toLowerCase() === 'password'
      || /^(current|new)-password$/i.test((el.getAttribute('autocomplete') || '').trim())
      || CONFIG.secretSelectors.some(s => { try { return el.matches(s); } catch (e) { return false; } });
    if (secret) wasSecret.add(el);
    return secret;
  }
  // Named once: a shown password (now a text field) keeps the variable it had.
  const secretNames = new WeakMap();
  function secretName(el) {
    if (!secretNames.has(el)) secretNames.set(el, nameSecret(el));
    return secretNames.get(el);
  }
  function nameSecret(el) {
    if ((el.type || '').toLowerCase() === 'password' || /password/i.test(el.getAttribute('autocomplete') || '')) {
      const nm = (el.name || el.id || '').toLowerCase();
      if (/confirm|repeat|again/.test(nm)) return 'passwordConfirm';
      if (/new/.test(nm)) return 'newPassword';
      return 'password';
    }
    const base = el.name || el.id || labelsText(el) || 'secret';
    const words = base.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
    const camel = words.map((w, i) => i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
    return /^[A-Za-z_]/.test(camel) ? camel : 'secret' + camel;
  }

  // ---------------------------------------------------------------- locator candidates

  function cssEsc(s) { return window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/[^\w-]/g, c => '\\' + c); }
  function attrVal(s) { return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'; }

  function countMatches(els, target, allowDescendant) {
    const n = els.length;
    const same = n === 1 && (els[0] === target || (allowDescendant && target.contains(els[0])));
    return { n, same };
  }

  // Elements that may have a role, found by selector first: computing roles and names for every
  // element of a large page on each click costs milliseconds.
  const ROLE_SELECTORS = {
    button: 'button, input[type=button i], input[type=submit i], input[type=reset i], input[type=image i]',
    link: 'a[href], area[href]',
    textbox: 'input:not([type]), input[type=text i], input[type=email i], input[type=tel i], input[type=url i], textarea',
    searchbox: 'input[type=search i]',
    checkbox: 'input[type=checkbox i]',
    radio: 'input[type=radio i]',
    combobox: 'select, input[list]',
    listbox: 'select',
    option: 'option',
    heading: 'h1, h2, h3, h4, h5, h6',
    img: 'img',
    listitem: 'li',
    spinbutton: 'input[type=number i]',
    slider: 'input[type=range i]',
    navigation: 'nav',
    cell: 'td',
    row: 'tr'
  };
  function sameRoleElements(role, roots) {
    const sel = '[role~="' + role + '"]' + (ROLE_SELECTORS[role] ? ', ' + ROLE_SELECTORS[role] : '');
    return (deepQueryAll(sel, roots) || []).filter(e => roleOf(e) === role);
  }

  function roleCandidates(el, roots) {
    const role = roleOf(el);
    if (!role || role === 'presentation' || role === 'none' || role === 'generic') return [];
    const name = accessibleName(el);
    if (!name || name.length > 80) return [];
    const q = name.toLowerCase();
    // Only "is it the one and only" matters, so stop at the first other visible match.
    let looseOthers = 0, exactOthers = 0;
    for (const e of sameRoleElements(role, roots)) {
      if (e === el) continue;
      const n = accessibleName(e);
      if (!n.toLowerCase().includes(q)) continue;
      if (isHiddenForAria(e)) continue;
      looseOthers++;
      if (n === name) { exactOthers++; break; }
    }
    if (looseOthers === 0) return [{ strategy: 'role', value: role, name }];
    if (exactOthers === 0) return [{ strategy: 'role', value: role, name, exact: true }];
    return [];
  }

  function labelCandidates(el, roots) {
    const own = labelsText(el) || norm(el.getAttribute('aria-label'));
    if (!own || own.length > 80) return [];
    const q = own.toLowerCase();
    const labelled = deepQueryAll('input, select, textarea, meter, progress, output, [aria-label], [aria-labelledby]', roots) || [];
    const matches = labelled.filter(e => {
      const t = (labelsText(e) || norm(e.getAttribute('aria-label'))).toLowerCase();
      return t && t.includes(q) && (e.labels || e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'));
    });
    if (matches.length === 1 && matches[0] === el) return [{ strategy: 'label', value: own }];
    const exact = matches.filter(e => (labelsText(e) || norm(e.getAttribute('aria-label'))) === own);
    if (exact.length === 1 && exact[0] === el) return [{ strategy: 'label', value: own, exact: true }];
    return [];
  }

  function attrTextCandidate(el, attr, strategy, roots) {
    const v = norm(el.getAttribute(attr));
    if (!v || v.length > 80) return [];
    const q = v.toLowerCase();
    const m = (deepQueryAll('[' + attr + ']', roots) || []).filter(e => lc(e.getAttribute(attr)).includes(q));
    if (m.length === 1 && m[0] === el) return [{ strategy, value: v }];
    const exact = m.filter(e => norm(e.getAttribute(attr)) === v);
    if (exact.length === 1 && exact[0] === el) return [{ strategy, value: v, exact: true }];
    return [];
  }

  function ownText(el) { return norm(textOf(el)); }
  function textCandidates(el, roots) {
    // Fields and editors: their text is what the user types, not a name.
    if (/^(input|select|textarea|html|body)$/.test(el.localName) || el.isContentEditable) return [];
    const t = ownText(el);
    if (!t || t.length > 60) return [];
    const q = t.toLowerCase();
    // Start from the text nodes holding the longest word and climb to the first ancestor whose text
    // contains the whole string: that is an innermost match, as Playwright's text engine finds them.
    // Walking text nodes is far cheaper than reading every element's text.
    const word = q.split(' ').sort((a, b) => b.length - a.length)[0];
    const found = new Set();
    for (const r of roots) {
      const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.data.toLowerCase().includes(word)) continue;
        for (let e = n.parentElement || (n.parentNode instanceof ShadowRoot ? n.parentNode.host : null), up = 0;
          e && up < 6; e = parentOf(e), up++) {
          if (/^(script|style|head|html|body|template)$/.test(e.localName)) break;
          if (lc(textOf(e)).includes(q)) { if (!isOurs(e)) found.add(e); break; }
        }
      }
    }
    const containing = Array.from(found);
    const set = new Set(containing);
    const innermost = containing.filter(e => !Array.from(e.children).some(c => set.has(c)) &&
      !(e.shadowRoot && Array.from(e.shadowRoot.children).some(c => set.has(c))));
    const r = countMatches(innermost, el, true);
    if (r.same) return [{ strategy: 'text', value: t }];
    const exact = innermost.filter(e => ownText(e) === t);
    const r2 = countMatches(exact, el, true);
    if (r2.same) return [{ strategy: 'text', value: t, exact: true }];
    return [];
  }

  function stableClasses(el) {
    return Array.from(el.classList).filter(c => !isHashedClass(c) && /^[A-Za-z_][\w-]*$/.test(c));
  }

  // One element's own selector piece, without position, or null.
  function simpleSelectors(el) {
    const tag = el.localName;
    const out = [];
    for (const a of CONFIG.testIdAttributes) {
      const v = el.getAttribute(a);
      if (v && !isGeneratedId(v)) out.push('[' + a + '=' + attrVal(v) + ']');
    }
    if (el.id && !isGeneratedId(el.id)) out.push('#' + cssEsc(el.id));
    const name = el.getAttribute('name');
    if (name && !isGeneratedId(name)) out.push(tag + '[name=' + attrVal(name) + ']');
    const al = el.getAttribute('aria-label');
    if (al && al.length < 60) out.push(tag + '[aria-label=' + attrVal(al) + ']');
    if (tag === 'input' && el.type) {
      const classes = stableClasses(el);
      out.push('input[type=' + attrVal(el.type) + ']' + classes.map(c => '.' + cssEsc(c)).join(''));
    }
    const href = el.getAttribute('href');
    if (tag === 'a' && href && href.length < 80 && !/^javascript:/i.test(href)) out.push('a[href=' + attrVal(href) + ']');
    const classes = stableClasses(el);
    if (classes.length) {
      out.push(tag + '.' + classes.map(cssEsc).join('.'));
      for (const c of classes) out.push(tag + '.' + cssEsc(c));
    }
    const ph = el.getAttribute('placeholder');
    if (ph) out.push(tag + '[placeholder=' + attrVal(ph) + ']');
    out.push(tag);
    return out;
  }

  function positional(el) {
    const parent = el.parentElement;
    if (!parent) return el.localName;
    const same = Array.from(parent.children).filter(c => c.localName === el.localName);
    return same.length === 1 ? el.localName : el.localName + ':nth-of-type(' + (same.indexOf(el) + 1) + ')';
  }

  function uniqueIn(sel, el, roots) {
    const m = deepQueryAll(sel, roots);
    return m && m.length === 1 && m[0] === el;
  }

  // A short CSS selector that finds exactly this element; positional pieces only when needed.
  function cssCandidate(el, roots) {
    const mine = simpleSelectors(el);
    for (const s of mine) if (uniqueIn(s, el, roots)) return { strategy: 'css', value: s };
    // Anchor on the nearest ancestor (same root) that one simple selector finds alone.
    let chain = positional(el);
    let anc = el.parentElement;
    let depth = 0;
    while (anc && depth < 8) {
      const ancSel = simpleSelectors(anc).slice(0, 4).find(s => uniqueIn(s, anc, roots));
      if (ancSel) {
        for (const own of mine.slice(0, 3)) {
          if (uniqueIn(ancSel + ' ' + own, el, roots)) return { strategy: 'css', value: ancSel + ' ' + own };
        }
        const sel = ancSel + ' > ' + chain;
        if (uniqueIn(sel, el, roots)) return { strategy: 'css', value: sel, positional: /nth-of-type/.test(chain) };
      }
      chain = positional(anc) + ' > ' + chain;
      anc = anc.parentElement;
      depth++;
    }
    if (uniqueIn(chain, el, roots)) return { strategy: 'css', value: chain, positional: /nth-of-type/.test(chain) };
    return null;
  }

  function xpathLiteral(s) {
    if (!s.includes("'")) return "'" + s + "'";
    if (!s.includes('"')) return '"' + s + '"';
    return 'concat(' + s.split("'").map(p => "'" + p + "'").join(", \"'\", ") + ')';
  }
  function absXpath(el) {
    const parts = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const same = e.parentElement ? Array.from(e.parentElement.children).filter(c => c.localName === e.localName) : [e];
      parts.unshift(e.localName + (same.length > 1 ? '[' + (same.indexOf(e) + 1) + ']' : ''));
    }
    return '/' + parts.join('/');
  }
  function idXpath(el) {
    const parts = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (e.id && !isGeneratedId(e.id)) { parts.unshift('//*[@id=' + xpathLiteral(e.id) + ']'); return parts.join('/'); }
      const same = e.parentElement ? Array.from(e.parentElement.children).filter(c => c.localName === e.localName) : [e];
      parts.unshift(e.localName + (same.length > 1 ? '[' + (same.indexOf(e) + 1) + ']' : ''));
    }
    return '/' + parts.join('/');
  }
  function xpathCount(xp) {
    try {
      const r = document.evaluate(xp, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      return r.snapshotLength === 1 ? r.snapshotItem(0) : null;
    } catch (e) { return null; }
  }
  function xpathCandidate(el) {
    if (inShadow(el)) return null; // XPath does not enter shadow trees
    const tag = el.localName;
    const tries = [];
    const name = el.getAttribute('name');
    if (name && !isGeneratedId(name)) tries.push('//' + tag + '[@name=' + xpathLiteral(name) + ']');
    const t = ownText(el);
    if (t && t.length <= 40 && !/^(input|select|textarea)$/.test(tag)) tries.push('//' + tag + '[normalize-space()=' + xpathLiteral(t) + ']');
    for (const xp of tries) if (xpathCount(xp) === el) return { strategy: 'xpath', value: xp };
    const idp = idXpath(el);
    if (xpathCount(idp) === el) return { strategy: 'xpath', value: idp, positional: /\[\d+\]/.test(idp) };
    return { strategy: 'xpath', value: absXpath(el), positional: true };
  }

  function candidatesFor(el) {
    const roots = allRoots();
    const out = [];
    for (const a of CONFIG.testIdAttributes) {
      const v = el.getAttribute(a);
      if (!v) continue;
      const sel = '[' + a + '=' + attrVal(v) + ']';
      if (uniqueIn(sel, el, roots)) out.push({ strategy: 'testid', value: v, attribute: a, generated: isGeneratedId(v) });
    }
    out.push(...roleCandidates(el, roots));
    if (/^(input|select|textarea)$/.test(el.localName) || el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label')) {
      out.push(...labelCandidates(el, roots));
    }
    out.push(...attrTextCandidate(el, 'placeholder', 'placeholder', roots));
    if (/^(img|area|input)$/.test(el.localName)) out.push(...attrTextCandidate(el, 'alt', 'alt', roots));
    out.push(...attrTextCandidate(el, 'title', 'title', roots));
    out.push(...textCandidates(el, roots));
    if (el.id && uniqueIn('#' + cssEsc(el.id), el, roots)) out.push({ strategy: 'id', value: el.id, generated: isGeneratedId(el.id) });
    const css = cssCandidate(el, roots);
    if (css && !out.some(c => c.strategy === 'css' && c.value === css.value)) out.push(css);
    const xp = xpathCandidate(el);
    if (xp) out.push(xp);
    return out;
  }

  // ---------------------------------------------------------------- fingerprint

  // The fingerprint is the engine's (argus-dom.js, written in by CaptureScript): replay refreshes
  // fingerprints with the same function, so the healer compares like with like.
  function fingerprint(el, secret) {
    return DOM.fingerprint(el, { testIdAttributes: CONFIG.testIdAttributes, secret: !!secret });
  }

  function describe(el, secret) {
    return { candidates: candidatesFor(el), fingerprint: fingerprint(el, secret), inShadow: inShadow(el) };
  }

  // Candidates that cost one attribute query each: verified at once, so a step always has them
  // even if the element is gone before the full verification runs.
  function quickCandidates(el, roots) {
    const out = [];
    for (const a of CONFIG.testIdAttributes) {
      const v = el.getAttribute(a);
      if (v && uniqueIn('[' + a + '=' + attrVal(v) + ']', el, roots)) out.push({ strategy: 'testid', value: v, attribute: a, generated: isGeneratedId(v) });
    }
    if (el.id && uniqueIn('#' + cssEsc(el.id), el, roots)) out.push({ strategy: 'id', value: el.id, generated: isGeneratedId(el.id) });
    // Nothing stable to name it by: its path, anchored at the nearest stable id, which one query
    // verifies. Pages that re-render what was clicked (code editors, virtual lists) would otherwise
    // leave the step with no locator at all.
    if (!out.some(c => !c.generated) && !inShadow(el)) {
      const idp = idXpath(el);
      const xp = xpathCount(idp) === el ? idp : absXpath(el);
      out.push({ strategy: 'xpath', value: xp, positional: /\[\d+\]/.test(xp) });
    }
    return out;
  }

  // Events whose full candidate verification is still to run, oldest first.
  const pending = [];
  let drainScheduled = false;

  // Sends ev once ev.target has all its verified candidates. Synchronously: the fingerprint (it reads
  // geometry, which the page's own handlers may change next) and the quick candidates. Later, in a
  // task of its own: every candidate, verified against the element reference. When the page changed
  // the DOM in between (its click handler ran), the element must still be connected and each
  // candidate is verified on the DOM as it is then; candidates are never sent unverified.
  function sendVerified(ev, el, secret) {
    const ts = Date.now();
    ev.target = { candidates: quickCandidates(el, allRoots()), fingerprint: fingerprint(el, secret), inShadow: inShadow(el) };
    pending.push({ ev, el, ts });
    if (!drainScheduled) {
      drainScheduled = true;
      setTimeout(guard(drainPending), 0);
    }
  }
  // A native dialog or window.open reaches Java straight from the browser, and a dialog blocks the
  // page: the click that caused it is sent first.
  for (const name of ['alert', 'confirm', 'prompt', 'open']) {
    const orig = window[name];
    if (typeof orig !== 'function') continue;
    window[name] = function () {
      try { drainPending(); } catch (e) { /* never break the page */ }
      return orig.apply(this, arguments);
    };
  }
  function drainPending() {
    drainScheduled = false;
    while (pending.length) {
      const p = pending.shift();
      try {
        if (p.el.isConnected) p.ev.target.candidates = candidatesFor(p.el);
      } catch (e) {
        sendNow({ kind: 'error', message: String(e && e.stack || e).slice(0, 500) });
      }
      p.ev.ts = p.ts;
      sendNow(p.ev);
    }
  }

  // ---------------------------------------------------------------- hover that reveals

  // The mouse trail and the page's mutations let us tell, at the next action, whether the element
  // acted on was revealed by hovering something: either a :hover style rule shows it, or the page
  // changed an ancestor of it (or inserted it) right after the mouse entered an element.
  const hoverTrail = [];
  const mutations = [];
  // When the person acted (click, key, change): a change that follows an action was caused by it,
  // not by where the mouse happens to rest.
  const actionTimes = [];
  function actionAt(t) {
    actionTimes.push(t);
    if (actionTimes.length > 20) actionTimes.shift();
  }
  function actedBetween(from, to) {
    return actionTimes.some(t => t >= from && t <= to);
  }
  function onMouseOver(ev) {
    const el = ev.composedPath ? ev.composedPath()[0] : ev.target;
    if (!el || el.nodeType !== 1 || isOurs(el)) return;
    const last = hoverTrail[hoverTrail.length - 1];
    if (last && last.el === el) return;
    hoverTrail.push({ el, t: performance.now() });
    if (hoverTrail.length > 30) hoverTrail.shift();
  }
  let observer = null;
  function observe() {
    if (observer || !document.documentElement) return;
    observer = new MutationObserver(list => {
      const t = performance.now();
      for (const m of list) {
        if (m.type === 'childList') rootsCache = null;
        if (m.type === 'attributes' && !/^(class|style|hidden|aria-expanded|aria-hidden|open)$/.test(m.attributeName)) continue;
        mutations.push({ node: m.target, added: m.addedNodes, t });
      }
      while (mutations.length > 200) mutations.shift();
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-expanded', 'aria-hidden', 'open'] });
  }

  function hoverRevealer(target) {
    const now = performance.now();
    // 1. a :hover rule decides the visibility of the target or one of its ancestors
    for (const sheet of Array.from(document.styleSheets)) {
      let rules;
      try { rules = sheet.cssRules; } catch (e) { continue; }
      for (const rule of Array.from(rules || [])) {
        if (!rule.selectorText || !rule.selectorText.includes(':hover')) continue;
        const st = rule.style;
        if (!(st.display || st.visibility || st.opacity || st.maxHeight || st.height)) continue;
        for (const sel of rule.selectorText.split(',')) {
          const hoverIdx = sel.lastIndexOf(':hover');
          if (hoverIdx < 0) continue;
          let shown = null;
          for (let e = target; e; e = parentOf(e)) {
            try { if (e.matches(sel.trim())) { shown = e; break; } } catch (x) { break; }
          }
          if (!shown) continue;
          // The hovered part is the compound selector that carries :hover.
          const head = sel.slice(0, hoverIdx + 6).trim();
          let hovered = null;
          for (let e = shown; e; e = parentOf(e)) {
            try { if (e.matches(head)) { hovered = e; break; } } catch (x) { break; }
          }
          if (!hovered) { try { hovered = shown.parentElement && shown.parentElement.closest(head); } catch (x) { /* ignore */ } }
          if (hovered && hovered !== target && !target.contains(hovered)) return hovered;
        }
      }
    }
    // 2. the page changed something around the target shortly after a mouse-over
    for (let i = mutations.length - 1; i >= 0; i--) {
      const m = mutations[i];
      if (now - m.t > 10000) break;
      let affects = m.node.nodeType === 1 && (m.node === target || m.node.contains(target));
      if (!affects && m.added) for (const a of m.added) if (a === target || (a.nodeType === 1 && a.contains(target))) affects = true;
      if (!affects) continue;
      let hovered = null;
      for (let j = hoverTrail.length - 1; j >= 0; j--) {
        if (hoverTrail[j].t <= m.t) { hovered = hoverTrail[j].el; break; }
      }
      if (!hovered || hovered === target || target.contains(hovered) || hovered.contains(target) && hovered === m.node) continue;
      const hoveredAt = (hoverTrail.find(h => h.el === hovered) || { t: 0 }).t;
      if (!(m.t - hoveredAt < 1500)) continue;
      if (actedBetween(hoveredAt, m.t)) continue;
      const meaningful = hovered.closest(INTERACTIVE + ', li, [aria-haspopup], [data-menu], nav *') || hovered;
      if (meaningful === document.body || meaningful === document.documentElement) continue;
      return meaningful;
    }
    return null;
  }

  const reported = new WeakSet();
  function maybeHover(target) {
    const h = hoverRevealer(target);
    if (h && !reported.has(target)) {
      send({ kind: 'hover', target: describe(h, false), reveals: true });
    }
  }

  // ---------------------------------------------------------------- fill bookkeeping

  const dirty = new Map(); // element -> true when input happened since the last fill event
  const lastSent = new WeakMap();
  const editStart = new WeakMap();

  function flushFill(el) {
    if (!el || !dirty.has(el)) return;
    dirty.delete(el);
    if (typed.has(el) || isEditorInput(el)) {
      const keys = typed.get(el);
      typed.delete(el);
      if (keys) send({ kind: 'type', editor: true, target: describe(el, false), value: keys });
      return;
    }
    if (el.isContentEditable && !/^(input|textarea)$/.test(el.localName)) {
      const root = editableRoot(el);
      const text = norm(root.innerText);
      const before = editStart.get(root) || '';
      const value = root.innerText.replace(/\n+$/, '');
      send({ kind: before ? 'fill' : 'type', target: describe(root, false), value, valueDigest: valueDigest(value) });
      editStart.set(root, text);
      return;
    }
    const secret = isSecret(el);
    if (secret) learnSecret(el.value);
    if (!secret && lastSent.get(el) === el.value) return;
    if (!secret) lastSent.set(el, el.value);
    const ev = { kind: 'fill', target: describe(el, secret), valueDigest: valueDigest(el.value) };
    if (secret) { ev.secret = true; ev.secretName = secretName(el); } else { ev.value = el.value; }
    send(ev);
  }
  function flushAll() { for (const el of Array.from(dirty.keys())) flushFill(el); }
  function editableRoot(el) {
    let r = el;
    while (r.parentElement && r.parentElement.isContentEditable) r = r.parentElement;
    return r;
  }

  // ---------------------------------------------------------------- code editors

  // CodeMirror 5, Monaco and their kind take keys in a textarea nobody sees and render the text
  // into divs; they empty the textarea after every key, so its value says nothing. What the person
  // typed is kept key by key instead and recorded as a `type` into that textarea: replaying the
  // same keys makes the editor do again what it did (indent, close brackets, complete).
  const typed = new Map(); // editor textarea -> the keys typed since its last step
  const EDITOR_KEYS = new Set(['Backspace', 'Delete']);
  function isEditorInput(el) {
    if (!el || el.localName !== 'textarea') return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 2 || r.height <= 2 || r.right <= 0 || r.bottom <= 0) return true;
    return getComputedStyle(el).opacity === '0';
  }
  // Takes a key typed into an editor's textarea as text; false when it is a key of its own.
  function editorText(el, ev) {
    let keys = typed.get(el) || '';
    if (ev.key.length === 1) keys += ev.key;
    else if (ev.key === 'Enter') keys += '\n';
    // A typo put right: replay types the corrected text. With nothing typed yet the key deletes
    // what was there before, which only a press of its own replays.
    else if (ev.key === 'Backspace' && keys) keys = keys.slice(0, -1);
    else return false;
    typed.set(el, keys);
    dirty.set(el, true);
    return true;
  }

  // ---------------------------------------------------------------- listeners

  let lastToggleLabel = null;
  let lastKeyPress = -1e9;
  let suppressClickUntil = 0;
  let mouseDrag = null;
  let html5Drag = null;
  let picking = null; // assert kind while the assert picker is armed

  function warnings(el, ev) {
    if (el && closedHosts.has(el)) {
      send({ kind: 'warning', reason: 'closed-shadow-root', message: 'the click went into a closed shadow root of <' +
        el.localName + '>; the recorder cannot see which element inside it was used', target: describe(el, false) });
      return true;
    }
    if (el && el.localName === 'canvas') {
      send({ kind: 'warning', reason: 'canvas', message: 'a canvas was used; what was drawn or clicked inside it is not recorded, only the canvas element', target: describe(el, false) });
    }
    return false;
  }

  function onClickLike(kind) {
    return guard(ev => {
      if (!ev.isTrusted && !CONFIG.recordSynthetic) return;
      const el = realTarget(ev);
      if (!el || isOurs(el)) return;
      // A click the parent sees on a frame element happened inside the frame (before its page had
      // loaded, or on its border): the frame's own recorder, or the warning about a frame it
      // cannot run in, accounts for it; "click the iframe" would replay as nothing useful.
      if (el.localName === 'iframe' || el.localName === 'frame') return;
      if (picking && kind === 'click') return;
      if (kind === 'click' && performance.now() < suppressClickUntil) return;
      flushAll();
      if (kind === 'click') {
        // Checkboxes and radios are recorded from their change event (the final state).
        if (isToggle(el)) return;
        if (el.localName === 'label' && el.control && isToggle(el.control)) { lastToggleLabel = { el, t: performance.now() }; return; }
        if (el.localName === 'label' && el.control && (el.control.type || '') === 'file') return;
        if (el.localName === 'select' || el.localName === 'option') return;
        if (el.localName === 'input' && (el.type || '').toLowerCase() === 'file') return;
        if (ev.detail > 1) return; // the second click of a double click
        // A click the keyboard made (Enter submitting a form, Space on a button) repeats the key
        // press recorded a moment ago.
        if (ev.detail === 0 && performance.now() - lastKeyPress < 500) return;
      }
      maybeHover(el);
      actionAt(performance.now());
      if (warnings(ev.composedPath ? ev.composedPath()[0] : el, ev) && closedHosts.has(el)) return;
      const role = el.getAttribute('role');
      if (kind === 'click' && (role === 'checkbox' || role === 'switch' || role === 'radio')) {
        const target = describe(el, false);
        setTimeout(guard(() => {
          const on = el.getAttribute('aria-checked') === 'true';
          send({ kind: on ? 'check' : 'uncheck', target });
        }), 0);
        return;
      }
      const out = { kind };
      if (el.localName === 'a' && el.target && el.target !== '_self') out.opensWindow = true;
      // Whatever is waiting goes first, so events stay in order.
      drainPending();
      if (out.opensWindow) {
        // The new page's event reaches Java straight from the browser: the click must be there first.
        out.target = describe(el, false);
        send(out);
      } else {
        sendVerified(out, el, false);
      }
    });
  }

  function onInput(ev) {
    const el = ev.composedPath ? ev.composedPath()[0] : ev.target;
    if (!el || isOurs(el)) return;
    if (isEditorInput(el)) return; // its keys were taken at keydown
    if (isTextField(el)) { dirty.set(el, true); return; }
    if (el.isContentEditable) {
      const root = editableRoot(el);
      dirty.set(root, true);
    }
  }

  function onFocusIn(ev) {
    const el = ev.composedPath ? ev.composedPath()[0] : ev.target;
    if (el && el.isContentEditable) {
      const root = editableRoot(el);
      if (!editStart.has(root)) editStart.set(root, norm(root.innerText));
    }
  }

  function onChange(ev) {
    const el = ev.composedPath ? ev.composedPath()[0] : ev.target;
    if (!el || isOurs(el)) return;
    if (!isTextField(el)) {
      // A field typed into earlier comes first, even when the person (or a script) changed this
      // control without leaving that field: selectOption and check() move no focus.
      for (const d of Array.from(dirty.keys())) if (d !== el) flushFill(d);
      actionAt(performance.now());
    }
    if (isToggle(el)) {
      let targetEl = el;
      if (!isVisible(el)) {
        // A custom checkbox hides its input: the person clicked the label, so replay must too.
        const recent = lastToggleLabel && performance.now() - lastToggleLabel.t < 1000 && lastToggleLabel.el.control === el
          ? lastToggleLabel.el : null;
        targetEl = recent || (el.labels && el.labels[0]) || el.parentElement || el;
      }
      lastToggleLabel = null;
      maybeHover(targetEl);
      send({ kind: el.checked ? 'check' : 'uncheck', target: describe(targetEl, false) });
      return;
    }
    if (el.localName === 'select') {
      const opts = Array.from(el.selectedOptions || []);
      // Labels, as the person saw them; a multiple list's choice one per line (the engine's format).
      const value = opts.map(o => norm(o.label || o.text) || o.value).join('\n');
      send({ kind: 'select', target: describe(el, false), value, optionValue: opts.map(o => o.value).join('\n') });
      return;
    }
    if (el.localName === 'input' && (el.type || '').toLowerCase() === 'file') {
      const names = Array.from(el.files || []).map(f => f.name);
      send({ kind: 'upload', target: describe(el, false), value: names.join(', '), files: names });
      return;
    }
    if (isTextField(el)) { dirty.set(el, true); flushFill(el); }
  }

  function onFocusOut(ev) {
    const el = ev.composedPath ? ev.composedPath()[0] : ev.target;
    if (el && dirty.has(el)) flushFill(el);
    if (el && el.isContentEditable) { const r = editableRoot(el); if (dirty.has(r)) flushFill(r); }
  }

  const SPECIAL = new Set(['Enter', 'Tab', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp',
    'PageDown', 'Home', 'End', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12']);
  const RECORDED_ALONE = new Set(['Enter', 'Tab', 'Escape']);
  function chord(ev) {
    const mods = [];
    if (ev.ctrlKey) mods.push('Control');
    if (ev.altKey) mods.push('Alt');
    if (ev.metaKey) mods.push('Meta');
    if (ev.shiftKey) mods.push('Shift');
    let key = ev.key;
    if (key && key.length === 1) key = key.toUpperCase() === key.toLowerCase() ? key : (ev.shiftKey ? key.toUpperCase() : key.toUpperCase());
    if (ev.code && /^Key[A-Z]$/.test(ev.code)) key = ev.code.slice(3);
    // Playwright's names where a character would not read or parse: "Control+ ", "Control++".
    if (key === ' ') key = 'Space';
    if (key === '+' && mods.length) key = ev.code || 'Equal';
    return mods.concat([key]).join('+');
  }
  function onKeyDown(ev) {
    if (!ev.isTrusted && !CONFIG.recordSynthetic) return;
    if (['Control', 'Shift', 'Alt', 'Meta'].includes(ev.key)) return;
    const c = chord(ev);
    if (c === CONFIG.assertShortcut) {
      ev.preventDefault(); ev.stopPropagation();
      toggleToolbar();
      return;
    }
    if (picking && ev.key === 'Escape') { disarm(); return; }
    const hasMod = ev.ctrlKey || ev.metaKey || ev.altKey;
    const el = ev.composedPath ? ev.composedPath()[0] : ev.target;
    const editor = isEditorInput(el);
    if (editor && !hasMod && editorText(el, ev)) return;
    // In an editor, arrows, Tab and deleting keys move the caret or change the text: they count.
    const editorKey = editor && (SPECIAL.has(ev.key) || EDITOR_KEYS.has(ev.key));
    if (!hasMod && !RECORDED_ALONE.has(ev.key) && !editorKey) return;
    if (hasMod && !(ev.key.length === 1 || SPECIAL.has(ev.key) || EDITOR_KEYS.has(ev.key))) return;
    // Enter and Tab commit the field first, so the fill lands before the key press. Flushing is
    // harmless when the key turns out to be typing: consecutive fills of a field merge into one.
    if (el && dirty.has(el)) flushFill(el);
    if (el && el.isContentEditable && dirty.has(editableRoot(el))) flushFill(editableRoot(el));
    lastKeyPress = performance.now();
    actionAt(lastKeyPress);
    if (ev.key === 'Enter' && !hasMod && el && (el.localName === 'textarea' || el.isContentEditable)) {
      // In a multi-line field Enter is a new line, which the fill already holds. Only when the page
      // takes the key for itself (a chat box sending on Enter) is it a step of its own; whether it
      // did is known once the page's handlers have run.
      setTimeout(guard(() => { if (ev.defaultPrevented) sendPress(ev, el, c); }), 0);
      return;
    }
    sendPress(ev, el, c);
  }
  function sendPress(ev, el, c) {
    const focusable = el && el.nodeType === 1 && el !== document.body && el !== document.documentElement && !isOurs(el);
    const out = { kind: 'press', value: c };
    if (focusable) out.target = describe(isTextField(el) || el.isContentEditable ? (el.isContentEditable ? editableRoot(el) : el) : (realTarget(ev) || el), isSecret(el));
    send(out);
  }

  // HTML5 drag and drop
  function onDragStart(ev) {
    const el = realTarget(ev) || ev.target;
    if (!el || isOurs(el)) return;
    html5Drag = { el, desc: describe(el.closest('[draggable=true]') || el, false) };
    mouseDrag = null;
  }
  function onDrop(ev) {
    if (!html5Drag) return;
    const path = ev.composedPath ? ev.composedPath() : [ev.target];
    const to = path.find(n => n && n.nodeType === 1) || ev.target;
    const src = html5Drag;
    html5Drag = null;
    if (to === src.el || src.el.contains(to)) return;
    send({ kind: 'drag', target: src.desc, to: describe(to, false), html5: true });
  }
  function onDragEnd() { setTimeout(() => { html5Drag = null; }, 0); }

  // Mouse-driven drag: press on one element, move, release over another.
  function onMouseDown(ev) {
    if (ev.button !== 0 || (!ev.isTrusted && !CONFIG.recordSynthetic)) return;
    // Only the click that ends a mouse drag is suppressed; a new press is a new gesture.
    suppressClickUntil = 0;
    const el = realTarget(ev);
    if (!el || isOurs(el) || isTextField(el) || el.localName === 'select') { mouseDrag = null; return; }
    mouseDrag = { el, x: ev.clientX, y: ev.clientY, moved: false, desc: null };
  }
  function onMouseMove(ev) {
    if (!mouseDrag || !(ev.buttons & 1)) return;
    if (!mouseDrag.moved && Math.hypot(ev.clientX - mouseDrag.x, ev.clientY - mouseDrag.y) > 8) {
      mouseDrag.moved = true;
      // Describe the source as it was when the drag began; it may move with the pointer.
      mouseDrag.desc = describe(mouseDrag.el, false);
    }
  }
  function onMouseUp(ev) {
    const d = mouseDrag;
    mouseDrag = null;
    if (!d || !d.moved || html5Drag) return;
    // The element under the pointer that is not the dragged one (which often follows the pointer);
    // a container of it counts: a slider knob is dropped on its track.
    const under = document.elementsFromPoint(ev.clientX, ev.clientY)
      .find(e => e !== d.el && !d.el.contains(e) && !isOurs(e));
    if (!under || under === document.body || under === document.documentElement) return;
    send({ kind: 'drag', target: d.desc, to: describe(under, false), html5: false });
    suppressClickUntil = performance.now() + 300;
  }

  // ---------------------------------------------------------------- navigation

  function navType() {
    try {
      const n = performance.getEntriesByType('navigation')[0];
      return n ? n.type : 'navigate';
    } catch (e) { return 'navigate'; }
  }
  function onLoad() {
    if (!isTop) return;
    send({ kind: 'pageload', url: location.href, navType: navType(), referrer: document.referrer || null, title: document.title });
  }
  function onPageShow(ev) {
    if (isTop && ev.persisted) send({ kind: 'pageload', url: location.href, navType: 'back_forward', referrer: null });
  }
  function onPopState() {
    if (isTop) send({ kind: 'popstate', url: location.href });
  }
  const origPush = history.pushState;
  history.pushState = function () {
    const r = origPush.apply(this, arguments);
    try { if (isTop) send({ kind: 'pushstate', url: location.href }); } catch (e) { /* never break the page */ }
    return r;
  };

  // ---------------------------------------------------------------- frames we cannot see into

  // A frame warned about, and the sequence number then: a second visit with nothing recorded in
  // between would only repeat the warning.
  let frameWarned = null;
  function onWindowBlur() {
    // Focus moved into a frame. Playwright runs this script in every frame it can, cross-origin
    // ones too; one that does not answer the ping runs no script (sandboxed without scripts, or a
    // browser that keeps us out): what is done in it cannot be recorded, and the recording says so.
    const at = Date.now();
    setTimeout(guard(() => {
      const f = document.activeElement;
      if (!f || (f.localName !== 'iframe' && f.localName !== 'frame')) return;
      let crossOrigin = false;
      try { void f.contentWindow.document; } catch (e) { crossOrigin = true; }
      if (!crossOrigin) return;
      if (frameWarned && frameWarned.f === f && frameWarned.seq === seq) return;
      const nonce = Math.random().toString(36).slice(2);
      let answered = false;
      const onMsg = m => { if (m.data && m.data.argusPong === nonce) { answered = true; } };
      window.addEventListener('message', onMsg);
      try { f.contentWindow.postMessage({ argusPing: nonce }, '*'); } catch (e) { /* ignore */ }
      setTimeout(guard(() => {
        window.removeEventListener('message', onMsg);
        if (answered) return;
        const src = f.getAttribute('src') || f.getAttribute('name') || f.getAttribute('title') || '(no address)';
        send({ kind: 'warning', reason: 'cross-origin-frame', message: 'cannot record inside cross-origin frame ' + src +
          ': the recorder cannot run in it (sandboxed without scripts, or closed to it), so what was done there is ' +
          'missing from this recording; add those steps by hand, or record that page on its own',
          target: describe(f, false), ts: at });
        frameWarned = { f, seq };
      }), 400);
    }), 0);
  }
  window.addEventListener('message', ev => {
    if (ev.data && ev.data.argusPing && ev.source) {
      try { ev.source.postMessage({ argusPong: ev.data.argusPing }, '*'); } catch (e) { /* ignore */ }
    }
  });

  // ---------------------------------------------------------------- assert mode

  let toolbarHost = null;
  let highlight = null;
  function toggleToolbar() {
    if (!isTop) { try { window.top.postMessage({ argusToolbar: 'toggle' }, '*'); } catch (e) { /* ignore */ } return; }
    if (toolbarHost) { toolbarHost.remove(); toolbarHost = null; disarm(); return; }
    toolbarHost = document.createElement('div');
    toolbarHost.id = TOOLBAR_ID;
    toolbarHost.style.cssText = 'position:fixed;top:8px;right:8px;z-index:2147483647;';
    const root = toolbarHost.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>div{font:12px sans-serif;background:#1f2937;color:#fff;padding:6px;border-radius:6px;' +
      'box-shadow:0 2px 8px #0006}button{margin:0 2px;font:12px sans-serif;cursor:pointer}</style><div>Assert: ' +
      ['visible', 'text', 'value', 'checked', 'url', 'title'].map(k => '<button data-kind="' + k + '">' + k + '</button>').join('') +
      '<button data-kind="close">×</button></div>';
    root.addEventListener('click', guard(ev => {
      const b = ev.target.closest && ev.target.closest('button');
      if (!b) return;
      ev.stopPropagation();
      const k = b.getAttribute('data-kind');
      if (k === 'close') { toggleToolbar(); return; }
      if (k === 'url') { send({ kind: 'assert', assertion: { kind: 'url', expected: location.href } }); return; }
      if (k === 'title') { send({ kind: 'assert', assertion: { kind: 'title', expected: document.title } }); return; }
      arm(k);
    }));
    (document.body || document.documentElement).appendChild(toolbarHost);
  }
  function arm(kind) {
    picking = kind;
    if (isTop) for (let i = 0; i < window.frames.length; i++) {
      try { window.frames[i].postMessage({ argusArm: kind }, '*'); } catch (e) { /* ignore */ }
    }
  }
  function disarm() {
    picking = null;
    if (highlight) { highlight.style.outline = highlight.__argusOutline || ''; highlight = null; }
  }
  window.addEventListener('message', ev => {
    if (!ev.data) return;
    if (ev.data.argusArm !== undefined) { picking = ev.data.argusArm; for (let i = 0; i < window.frames.length; i++) { try { window.frames[i].postMessage({ argusArm: picking }, '*'); } catch (e) { /* ignore */ } } }
    if (ev.data.argusToolbar === 'toggle' && isTop) toggleToolbar();
  });
  function onPickOver(ev) {
    if (!picking) return;
    const el = realTarget(ev);
    if (!el || isOurs(el)) return;
    if (highlight && highlight !== el) highlight.style.outline = highlight.__argusOutline || '';
    if (highlight !== el) { el.__argusOutline = el.style.outline; el.style.outline = '2px solid #f59e0b'; highlight = el; }
  }
  function onPickClick(ev) {
    if (!picking) return;
    const el = realTarget(ev);
    if (!el || isOurs(el)) return;
    ev.preventDefault(); ev.stopPropagation(); ev.stopImmediatePropagation();
    const kind = picking;
    // What was typed before the person picked comes before the assertion.
    flushAll();
    disarm();
    if (isTop) for (let i = 0; i < window.frames.length; i++) { try { window.frames[i].postMessage({ argusArm: null }, '*'); } catch (e) { /* ignore */ } }
    else { try { window.top.postMessage({ argusArm: null }, '*'); } catch (e) { /* ignore */ } }
    const secret = isSecret(el);
    const a = { kind };
    if (kind === 'text') a.expected = norm(el.innerText || el.textContent);
    if (kind === 'value') { if (secret) return; a.expected = el.value; a.valueDigest = valueDigest(el.value); }
    if (kind === 'checked') { a.expected = String(!!(el.checked || el.getAttribute('aria-checked') === 'true')); if (a.expected === 'true') delete a.expected; }
    send({ kind: 'assert', assertion: a, target: describe(el, secret) });
  }
  function onPickDown(ev) { if (picking && !isOurs(realTarget(ev) || document.body)) { ev.preventDefault(); ev.stopPropagation(); } }

  // Java arms the picker too (the workbench's own assert buttons).
  Object.defineProperty(window, '__argusArm_' + BINDING, { value: k => {
    if (!k) { disarm(); return; }
    if (k === 'url') { send({ kind: 'assert', assertion: { kind: 'url', expected: location.href } }); return; }
    if (k === 'title') { send({ kind: 'assert', assertion: { kind: 'title', expected: document.title } }); return; }
    arm(k);
  } });
  Object.defineProperty(window, '__argusToolbar_' + BINDING, { value: () => toggleToolbar() });
  Object.defineProperty(window, '__argusFlush_' + BINDING, { value: () => { drainPending(); flushAll(); } });
  if (CONFIG.recordSynthetic) {
    // The benchmark times the parts of an event separately.
    Object.defineProperty(window, '__argusParts_' + BINDING, { value: { candidatesFor, fingerprint, hoverRevealer,
      roleCandidates, textCandidates, cssCandidate, xpathCandidate, allRoots, labelCandidates } });
  }

  // ---------------------------------------------------------------- wiring

  const opts = { capture: true, passive: false };
  window.addEventListener('pointerdown', guard(onPickDown), opts);
  window.addEventListener('mousedown', guard(onPickDown), opts);
  window.addEventListener('click', guard(onPickClick), opts);
  window.addEventListener('mouseover', guard(onPickOver), opts);
  window.addEventListener('click', onClickLike('click'), opts);
  window.addEventListener('dblclick', onClickLike('dblclick'), opts);
  window.addEventListener('contextmenu', onClickLike('rightclick'), opts);
  window.addEventListener('input', guard(onInput), opts);
  window.addEventListener('change', guard(onChange), opts);
  window.addEventListener('focusin', guard(onFocusIn), opts);
  window.addEventListener('focusout', guard(onFocusOut), opts);
  window.addEventListener('keydown', guard(onKeyDown), opts);
  window.addEventListener('mouseover', guard(onMouseOver), opts);
  window.addEventListener('dragstart', guard(onDragStart), opts);
  window.addEventListener('drop', guard(onDrop), opts);
  window.addEventListener('dragend', guard(onDragEnd), opts);
  window.addEventListener('mousedown', guard(onMouseDown), opts);
  window.addEventListener('mousemove', guard(onMouseMove), opts);
  window.addEventListener('mouseup', guard(onMouseUp), opts);
  window.addEventListener('popstate', guard(onPopState), opts);
  window.addEventListener('pageshow', guard(onPageShow), opts);
  window.addEventListener('blur', guard(onWindowBlur));
  // The document is still whole here: verifications a navigating click left pending run now.
  window.addEventListener('beforeunload', guard(() => { drainPending(); flushAll(); }), opts);
  window.addEventListener('pagehide', guard(() => { drainPending(); flushAll(); }), opts);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', guard(() => { observe(); onLoad(); }), { once: true });
  } else { observe(); onLoad(); }
})();
