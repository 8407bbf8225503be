// Argus DOM support, evaluated in the page as one expression. It yields an object with:
//   find(strategy, value, name, attribute, exact, scope) -> Element[]   (Selenium locator engine)
//   fingerprint(el, options) -> the ElementFingerprint properties (snake_case, as in spec files);
//     options (optional): testIdAttributes (the project's, in preference order), secret (never read
//     the value). The recorder captures with this same function, so record-time and replay-time
//     fingerprints are comparable.
//   visible(el) -> boolean
//   candidates(root, max) -> Element[]   (what a heal chooses from)
//   record(el) -> Element | null          (the row, list item or card whose text is record_text;
//                                          RECORD is the selector of the first three)
// Matching follows Playwright's getBy* semantics (case-insensitive substring unless exact, whitespace
// normalised, open shadow roots pierced) so both backends find the same elements.
(() => {
  const norm = (s) => (s == null ? '' : String(s)).replace(/\s+/g, ' ').trim();
  const matches = (actual, expected, exact) => {
    const a = norm(actual);
    const e = norm(expected);
    if (exact) return a === e;
    return a.toLowerCase().includes(e.toLowerCase());
  };

  // Every element under root, descending into open shadow roots, in document order.
  const allElements = (root) => {
    const out = [];
    const walk = (node) => {
      for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(root);
    return out;
  };

  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) return true;
    // display: contents and friends: visible when a child box is.
    return style.display === 'contents' && Array.from(el.children).some(visible);
  };

  const hiddenForAria = (el) => {
    for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
      if (e.getAttribute && e.getAttribute('aria-hidden') === 'true') return true;
    }
    if (typeof el.checkVisibility === 'function') {
      return !el.checkVisibility({ visibilityProperty: true });
    }
    return getComputedStyle(el).display === 'none';
  };

  const implicitRole = (el) => {
    const tag = el.localName;
    const type = (el.getAttribute('type') || '').toLowerCase();
    switch (tag) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : null;
      case 'button': return 'button';
      case 'input':
        if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
        if (type === 'checkbox') return 'checkbox';
        if (type === 'radio') return 'radio';
        if (type === 'range') return 'slider';
        if (type === 'number') return 'spinbutton';
        if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
        if (['', 'text', 'email', 'tel', 'url'].includes(type)) return el.hasAttribute('list') ? 'combobox' : 'textbox';
        return null;
      case 'select': return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
      case 'option': return 'option';
      case 'textarea': return 'textbox';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'img': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'ul': case 'ol': case 'menu': return 'list';
      case 'li': return 'listitem';
      case 'nav': return 'navigation';
      case 'main': return 'main';
      case 'aside': return 'complementary';
      case 'header': return el.closest('article,aside,main,nav,section') ? null : 'banner';
      case 'footer': return el.closest('article,aside,main,nav,section') ? null : 'contentinfo';
      case 'form': return 'form';
      case 'table': return 'table';
      case 'tr': return 'row';
      case 'td': return 'cell';
      case 'th': return 'columnheader';
      case 'thead': case 'tbody': case 'tfoot': return 'rowgroup';
      case 'dialog': return 'dialog';
      case 'section': return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : null;
      case 'article': return 'article';
      case 'progress': return 'progressbar';
      case 'hr': return 'separator';
      case 'fieldset': case 'details': return 'group';
      case 'p': return 'paragraph';
      case 'output': return 'status';
      default: return null;
    }
  };

  const role = (el) => {
    const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    return explicit || implicitRole(el);
  };

  const NAME_FROM_CONTENT = new Set(['button', 'link', 'heading', 'option', 'tab', 'menuitem', 'menuitemcheckbox',
    'menuitemradio', 'checkbox', 'radio', 'cell', 'columnheader', 'rowheader', 'treeitem', 'switch', 'tooltip', 'row']);

  const byIds = (el, attr) => {
    const ids = (el.getAttribute(attr) || '').trim();
    if (!ids) return null;
    const root = el.getRootNode();
    return ids.split(/\s+/).map((id) => root.getElementById ? root.getElementById(id) : document.getElementById(id))
      .filter(Boolean).map((e) => norm(e.textContent)).join(' ');
  };

  const labelText = (el) => {
    const texts = [];
    if (el.labels) for (const l of el.labels) texts.push(norm(l.textContent));
    return texts.join(' ');
  };

  const accessibleName = (el) => {
    const labelledBy = byIds(el, 'aria-labelledby');
    if (labelledBy) return labelledBy;
    const aria = norm(el.getAttribute('aria-label'));
    if (aria) return aria;
    const tag = el.localName;
    if (['input', 'select', 'textarea'].includes(tag)) {
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) {
        return norm(el.value) || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
      }
      if (type === 'image') return norm(el.getAttribute('alt')) || 'Submit';
      const label = labelText(el);
      if (label) return label;
    }
    if (tag === 'img' || tag === 'area') {
      const alt = norm(el.getAttribute('alt'));
      if (alt) return alt;
    }
    if (tag === 'fieldset') {
      const legend = el.querySelector(':scope > legend');
      if (legend) return norm(legend.textContent);
    }
    if (tag === 'table') {
      const caption = el.querySelector(':scope > caption');
      if (caption) return norm(caption.textContent);
    }
    const r = role(el);
    if (NAME_FROM_CONTENT.has(r)) {
      const text = norm(el.innerText !== undefined && visible(el) ? el.innerText : el.textContent);
      if (text) return text;
    }
    return norm(el.getAttribute('title')) || norm(el.getAttribute('placeholder'));
  };

  const cssAll = (scope, selector) => {
    const out = [];
    const roots = [scope];
    for (const e of allElements(scope)) if (e.shadowRoot) roots.push(e.shadowRoot);
    for (const r of roots) for (const e of r.querySelectorAll(selector)) if (!out.includes(e)) out.push(e);
    // querySelectorAll per root loses document order across shadow roots; restore it.
    if (roots.length > 1) {
      const order = allElements(scope);
      out.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    }
    return out;
  };

  const cssWithVisible = (scope, selector) => {
    // Playwright's :visible pseudo-class is not CSS; emulate it when it ends a compound.
    if (!selector.includes(':visible')) return cssAll(scope, selector);
    return cssAll(scope, selector.replace(/:visible/g, '')).filter(visible);
  };

  const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'html']);

  const ownText = (el) => {
    if (el.localName === 'input' && ['button', 'submit', 'reset'].includes((el.type || '').toLowerCase())) {
      return el.value;
    }
    return el.textContent;
  };

  const byText = (scope, value, exact) => {
    const hits = allElements(scope).filter((el) => !SKIP_TEXT.has(el.localName) && matches(ownText(el), value, exact));
    // Keep the innermost: an element whose child also matches is only the child's container.
    return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other))
      && !(el.shadowRoot && hits.some((other) => el.shadowRoot.contains(other))));
  };

  const xpathAll = (scope, expr) => {
    const doc = scope.ownerDocument || scope;
    const result = doc.evaluate(expr, scope, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
    const out = [];
    for (let i = 0; i < result.snapshotLength; i++) {
      const n = result.snapshotItem(i);
      if (n.nodeType === 1) out.push(n);
    }
    return out;
  };

  const cssString = (s) => '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';

  const find = (strategy, value, name, attribute, exact, scope) => {
    scope = scope || document;
    switch (strategy) {
      case 'testid':
        return cssAll(scope, '[' + (attribute || 'data-testid') + '=' + cssString(value) + ']');
      case 'id':
        return cssAll(scope, '[id=' + cssString(value) + ']');
      case 'css':
        return cssWithVisible(scope, value);
      case 'xpath':
        return xpathAll(scope, value);
      case 'text':
        return byText(scope, value, exact);
      case 'placeholder': case 'alt': case 'title':
        return cssAll(scope, '[' + strategy + ']').filter((el) => matches(el.getAttribute(strategy), value, exact));
      case 'label':
        return allElements(scope).filter((el) => {
          const texts = [byIds(el, 'aria-labelledby'), el.getAttribute('aria-label'), el.labels ? labelText(el) : null];
          return texts.some((t) => t && matches(t, value, exact));
        });
      case 'role':
        return allElements(scope).filter((el) => role(el) === value && !hiddenForAria(el)
          && (name == null || matches(accessibleName(el), name, exact)));
      default:
        throw new Error('unknown locator strategy ' + strategy);
    }
  };

  const xpathOf = (el, stopAtId) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (stopAtId && e !== el && e.id) {
        parts.unshift('//*[@id="' + e.id + '"]');
        return parts.join('/');
      }
      const tag = e.localName;
      const same = e.parentElement ? Array.from(e.parentElement.children).filter((c) => c.localName === tag) : [e];
      parts.unshift(same.length > 1 ? tag + '[' + (same.indexOf(e) + 1) + ']' : tag);
    }
    return '/' + parts.join('/');
  };

  const TESTID_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'];
  const KNOWN_ATTRS = new Set(['id', 'name', 'class', 'type', 'role', 'aria-label', 'placeholder', 'title', 'alt',
    'href', 'src', 'style', 'value', ...TESTID_ATTRS]);
  const cut = (s, n) => { s = norm(s); return s.length > n ? s.slice(0, n) : s; };
  const orNull = (s) => (s == null || s === '' ? null : s);

  const neighbourText = (el) => {
    // A wrapper holding only the element stands for it: a release that wraps a button in a <div>
    // has not changed what is around it.
    let e = el;
    while (e.parentElement && e.parentElement.children.length === 1 && e.parentElement.localName !== 'body') e = e.parentElement;
    const parent = e.parentElement;
    if (!parent) return null;
    const container = parent.parentElement || parent;
    const texts = [];
    for (const sib of container.children) {
      if (sib === e || sib.contains(e) && sib === parent && parent.children.length === 1) continue;
      const t = norm(sib.innerText !== undefined ? sib.innerText : sib.textContent);
      if (t) texts.push(t);
    }
    return orNull(cut(texts.join(' '), 160));
  };

  // The text of the record the element belongs to: its table row, list item, article, or the card
  // it shares a grid with (a sibling of the same tag and class). "Edit" is in every row; the row's
  // text says which one, and survives wrappers, hashed ids and reordered cells.
  const RECORD = 'tr, li, article, [role=row], [role=listitem], [role=article]';
  const record = (el) => {
    const rec = el.parentElement ? el.parentElement.closest(RECORD) : null;
    if (rec) return rec;
    for (let a = el.parentElement; a && a.localName !== 'body'; a = a.parentElement) {
      const cls = a.getAttribute('class');
      if (cls && a.parentElement && Array.from(a.parentElement.children)
        .some((s) => s !== a && s.localName === a.localName && s.getAttribute('class') === cls)) {
        return a;
      }
    }
    return null;
  };
  const recordText = (el) => {
    const rec = record(el);
    return rec ? orNull(cut(spacedText(rec, 160), 160)) : null;
  };
  // textContent glues cells together ("INV-2041Initech" on a minified page); words from separate
  // text nodes stay apart here, and a long container is read only as far as needed.
  const spacedText = (root, max) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts = [];
    let length = 0;
    for (let n = walker.nextNode(); n && length < max; n = walker.nextNode()) {
      const p = n.parentElement;
      if (p && (p.localName === 'script' || p.localName === 'style')) continue;
      const t = n.nodeValue.trim();
      if (t) {
        parts.push(t);
        length += t.length + 1;
      }
    }
    return parts.join(' ');
  };

  const fingerprint = (el, options) => {
    const testIds = (options && options.testIdAttributes) || TESTID_ATTRS;
    const secret = !!(options && options.secret);
    const rect = el.getBoundingClientRect();
    const attributes = {};
    for (const a of Array.from(el.attributes)) {
      if (!KNOWN_ATTRS.has(a.name) && !testIds.includes(a.name) && !a.name.startsWith('on')) {
        attributes[a.name] = cut(a.value, 200);
      }
    }
    const ancestors = [];
    for (let e = el.parentElement; e && ancestors.length < 6; e = e.parentElement) {
      if (e.localName === 'html') break;
      ancestors.push(e.localName + (e.id ? '#' + e.id : ''));
    }
    const testidAttr = testIds.find((a) => el.hasAttribute(a));
    const r = role(el);
    const type = el.getAttribute('type');
    const isPassword = (type || '').toLowerCase() === 'password';
    return {
      tag: el.localName,
      id: orNull(el.id),
      name: orNull(el.getAttribute('name')),
      class: orNull(norm(el.getAttribute('class'))),
      type: orNull(type),
      role: orNull(r),
      aria_label: orNull(el.getAttribute('aria-label')),
      accessible_name: orNull(cut(accessibleName(el), 200)),
      text: orNull(cut(el.textContent, 200)),
      visible_text: orNull(cut(el.innerText, 200)),
      value: secret || isPassword || !('value' in el) || typeof el.value !== 'string' ? null : orNull(cut(el.value, 200)),
      label: orNull(el.labels ? labelText(el) : null),
      placeholder: orNull(el.getAttribute('placeholder')),
      title: orNull(el.getAttribute('title')),
      alt: orNull(el.getAttribute('alt')),
      href: orNull(el.getAttribute('href')),
      src: orNull(el.getAttribute('src')),
      testid: testidAttr ? el.getAttribute(testidAttr) : null,
      xpath: xpathOf(el, false),
      idxpath: xpathOf(el, true),
      x: rect.x + window.scrollX,
      y: rect.y + window.scrollY,
      width: rect.width,
      height: rect.height,
      is_button: r === 'button' || el.localName === 'button',
      neighbor_text: neighbourText(el),
      record_text: recordText(el),
      ancestors,
      attributes,
    };
  };

  // The elements a heal may choose from: the visible ones a step could act on or assert (controls,
  // links, labelled or role-bearing elements, elements with their own text), in document order,
  // open shadow roots pierced, at most max of them. The heal benchmark enumerates with this too.
  const CANDIDATE_TAGS = new Set(['a', 'button', 'input', 'select', 'textarea', 'summary', 'label', 'img', 'option',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'li']);
  const hasOwnText = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue.trim()) return true;
    return false;
  };
  const wanted = (el) => CANDIDATE_TAGS.has(el.localName) || el.hasAttribute('role') || el.hasAttribute('onclick')
    || el.hasAttribute('tabindex') || el.hasAttribute('data-testid') || el.isContentEditable || hasOwnText(el);
  const candidates = (root, max) => {
    const out = [];
    const walk = (node) => {
      for (let c = node.firstElementChild; c && out.length < max; c = c.nextElementSibling) {
        if (c.localName !== 'script' && c.localName !== 'style' && wanted(c) && visible(c)) out.push(c);
        if (c.shadowRoot) walk(c.shadowRoot);
        walk(c);
      }
    };
    walk(root);
    return out;
  };

  return { find, fingerprint, visible, role, accessibleName, candidates, record, RECORD };
})()
