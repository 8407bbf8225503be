/* Behaviour of the widgets page, release v2. */
(function () {
  'use strict';

  // Every element the script needs, in one place: the v2 release differs mostly here.
  var SLOW_MS = 2500;
  var ids = {
    tablist: 'detail-tabs',
    openDialog: 'dlg-trigger', dialogOutput: 'dialog-output', modal: 'subscribe-modal',
    modalEmail: 'subscribe-email', modalClose: 'dialog-close', modalSubscribe: 'dialog-subscribe',
    confirm: 'confirm-btn', confirmOutput: 'confirm-output',
    prompt: 'prompt-btn', promptOutput: 'prompt-output',
    alert: 'notice-btn', alertOutput: 'alert-output',
    fileInput: 'file-input', upload: 'upl-8a1', uploadOutput: 'upload-output',
    sortable: 'sortable', sortOutput: 'sort-output',
    loadSlow: 'load-slow', slowLoading: 'slow-loading', slowSection: 'slow-section',
    slowAction: 'slow-action', slowOutput: 'slow-output',
    menu: 'more-menu', menuButton: 'more-btn', menuOutput: 'menu-output',
    notes: 'note-editor', notesCount: 'notes-count',
    dblclick: 'dbl-target-6', dblclickOutput: 'dblclick-output',
    contextTarget: 'context-target', contextMenu: 'context-menu', contextOutput: 'context-output',
    todoInput: 'todo-input', todoList: 'todo-list', todoCount: 'todo-count'
  };
  function el(key) {
    return document.getElementById(ids[key]);
  }

  /* Tabs, with the arrow-key behaviour the ARIA practices describe. */
  var tabs = Array.prototype.slice.call(el('tablist').querySelectorAll('[role="tab"]'));
  function selectTab(tab, focus) {
    tabs.forEach(function (t) {
      var selected = t === tab;
      t.setAttribute('aria-selected', selected ? 'true' : 'false');
      t.tabIndex = selected ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !selected;
    });
    if (focus) {
      tab.focus();
    }
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { selectTab(tab, false); });
    tab.addEventListener('keydown', function (event) {
      var next = event.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length]
          : event.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length]
          : event.key === 'Home' ? tabs[0]
          : event.key === 'End' ? tabs[tabs.length - 1] : null;
      if (next) {
        event.preventDefault();
        selectTab(next, true);
      }
    });
  });

  /* Modal dialog. */
  var modal = el('modal');
  function closeModal(message) {
    modal.hidden = true;
    el('dialogOutput').textContent = message;
    el('openDialog').focus();
  }
  el('openDialog').addEventListener('click', function () {
    modal.hidden = false;
    el('modalEmail').value = '';
    el('modalEmail').focus();
  });
  el('modalClose').addEventListener('click', function () { closeModal('Dialog closed'); });
  el('modalSubscribe').addEventListener('click', function () {
    var email = el('modalEmail').value.trim();
    closeModal(email ? 'Subscribed: ' + email : 'Subscribed');
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !modal.hidden) {
      closeModal('Dialog closed');
    }
  });

  /* Native browser dialogs. */
  el('confirm').addEventListener('click', function () {
    var yes = window.confirm('Delete this item?');
    el('confirmOutput').textContent = 'Confirmed: ' + (yes ? 'yes' : 'no');
  });
  el('prompt').addEventListener('click', function () {
    var answer = window.prompt('What is your name?', '');
    el('promptOutput').textContent = 'Prompt answer: ' + (answer === null ? '(cancelled)' : answer);
  });
  el('alert').addEventListener('click', function () {
    window.alert('Hello from Argus Shop');
    el('alertOutput').textContent = 'Alert dismissed';
  });

  /* File upload. */
  el('upload').addEventListener('click', function () {
    var input = el('fileInput');
    var output = el('uploadOutput');
    if (!input.files || input.files.length === 0) {
      output.textContent = 'Choose a file first';
      return;
    }
    var data = new FormData();
    data.append('file', input.files[0]);
    output.textContent = 'Uploading…';
    fetch('/api/upload', { method: 'POST', body: data })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) {
            throw new Error(body.error || ('HTTP ' + r.status));
          }
          return body;
        });
      })
      .then(function (body) {
        output.textContent = 'Uploaded: ' + body.name + ' (' + body.size + ' bytes)';
      })
      .catch(function (e) {
        output.textContent = 'Upload failed: ' + e.message;
      });
  });

  /* Sortable list: native HTML5 drag and drop, plus plain mouse events for drivers that never
     start a native drag (WebDriver's synthetic mouse). Dropping on an item moves the dragged
     item after it when dragging down and before it when dragging up. */
  var list = el('sortable');
  var dragged = null;
  var pressed = null;
  var nativeDrag = false;
  function items() {
    return Array.prototype.slice.call(list.querySelectorAll('li'));
  }
  function itemAt(node) {
    return node && node.closest ? node.closest('#' + ids.sortable + ' li') : null;
  }
  function moveItem(source, target) {
    if (!source || !target || source === target) {
      return;
    }
    var all = items();
    if (all.indexOf(source) < all.indexOf(target)) {
      target.after(source);
    } else {
      target.before(source);
    }
    el('sortOutput').textContent = 'Order: ' + items().map(function (li) {
      return li.getAttribute('data-value');
    }).join(', ');
  }
  list.addEventListener('dragstart', function (event) {
    dragged = itemAt(event.target);
    nativeDrag = true;
    if (dragged) {
      dragged.classList.add('dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', dragged.getAttribute('data-value'));
    }
  });
  list.addEventListener('dragover', function (event) {
    if (dragged) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      items().forEach(function (li) { li.classList.toggle('over', li === itemAt(event.target)); });
    }
  });
  list.addEventListener('drop', function (event) {
    event.preventDefault();
    moveItem(dragged, itemAt(event.target));
  });
  list.addEventListener('dragend', function () {
    items().forEach(function (li) { li.classList.remove('dragging', 'over'); });
    dragged = null;
  });
  list.addEventListener('mousedown', function (event) {
    pressed = itemAt(event.target);
    nativeDrag = false;
  });
  document.addEventListener('mouseup', function (event) {
    if (pressed && !nativeDrag) {
      moveItem(pressed, itemAt(event.target));
    }
    pressed = null;
  });

  /* Slow section. */
  el('loadSlow').addEventListener('click', function () {
    var button = el('loadSlow');
    button.disabled = true;
    el('slowLoading').hidden = false;
    fetch('/api/slow?ms=' + SLOW_MS)
      .then(function (r) { return r.json(); })
      .then(function () {
        el('slowSection').hidden = false;
      })
      .catch(function (e) {
        el('slowOutput').textContent = 'Failed: ' + e.message;
        el('slowSection').hidden = false;
      })
      .then(function () {
        el('slowLoading').hidden = true;
        button.disabled = false;
      });
  });
  el('slowAction').addEventListener('click', function () {
    el('slowOutput').textContent = 'Slow action done';
  });

  /* Hover menu: CSS opens it on hover and focus; the script keeps aria-expanded honest. */
  var menu = el('menu');
  function expanded(open) {
    el('menuButton').setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  menu.addEventListener('mouseenter', function () { expanded(true); });
  menu.addEventListener('mouseleave', function () { expanded(false); });
  menu.addEventListener('focusin', function () { expanded(true); });
  menu.addEventListener('focusout', function (event) {
    if (!menu.contains(event.relatedTarget)) {
      expanded(false);
    }
  });
  menu.querySelectorAll('[role="menuitem"]').forEach(function (item) {
    item.addEventListener('click', function () {
      el('menuOutput').textContent = 'Menu: ' + item.textContent.trim();
      item.blur();
    });
  });

  /* Notes. */
  el('notes').addEventListener('input', function () {
    var n = el('notes').innerText.replace(/\n$/, '').length;
    el('notesCount').textContent = n + (n === 1 ? ' character' : ' characters');
  });

  /* Double-click. */
  el('dblclick').addEventListener('dblclick', function () {
    el('dblclickOutput').textContent = 'Double-clicked!';
  });

  /* Custom context menu. */
  var contextMenu = el('contextMenu');
  el('contextTarget').addEventListener('contextmenu', function (event) {
    event.preventDefault();
    contextMenu.hidden = false;
    // At the pointer, but kept inside the window: near the right or bottom edge it opens
    // leftwards or upwards, as native menus do, instead of falling off-screen.
    var left = event.clientX, top = event.clientY;
    if (left + contextMenu.offsetWidth > window.innerWidth) {
      left = Math.max(0, left - contextMenu.offsetWidth);
    }
    if (top + contextMenu.offsetHeight > window.innerHeight) {
      top = Math.max(0, top - contextMenu.offsetHeight);
    }
    contextMenu.style.left = left + 'px';
    contextMenu.style.top = top + 'px';
    contextMenu.querySelector('[role="menuitem"]').focus();
  });
  contextMenu.querySelectorAll('[role="menuitem"]').forEach(function (item) {
    item.addEventListener('click', function () {
      el('contextOutput').textContent = 'Context action: ' + item.textContent.trim();
      contextMenu.hidden = true;
    });
  });
  document.addEventListener('click', function (event) {
    if (!contextMenu.hidden && !contextMenu.contains(event.target)) {
      contextMenu.hidden = true;
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      contextMenu.hidden = true;
    }
  });

  /* Keyboard: Enter adds a todo, Escape clears the field. */
  function renderTodoCount() {
    var n = el('todoList').children.length;
    el('todoCount').textContent = n + (n === 1 ? ' todo' : ' todos');
  }
  el('todoInput').addEventListener('keydown', function (event) {
    var input = el('todoInput');
    if (event.key === 'Enter') {
      event.preventDefault();
      var text = input.value.trim();
      if (text) {
        var li = document.createElement('li');
        li.textContent = text;
        li.setAttribute('data-testid', 'todo-item');
        el('todoList').appendChild(li);
        input.value = '';
        renderTodoCount();
      }
    } else if (event.key === 'Escape') {
      input.value = '';
    }
  });
})();

/* <rating-widget>: five star buttons in an open shadow root, like many design-system components. */
(function () {
  'use strict';
  var template = document.createElement('template');
  template.innerHTML =
      '<style>' +
      ':host { display: block; }' +
      '.stars { display: flex; gap: .25rem; }' +
      '.rw-item { display: inline-flex; }' +
      '.rw-star { font-size: 1.6rem; line-height: 1; background: none; border: none; cursor: pointer; color: #c3c8d4; padding: .1rem; }' +
      '.rw-star[aria-pressed="true"] { color: #f2a516; }' +
      '.rw-star:focus-visible { outline: 2px solid #b5c4ff; border-radius: 4px; }' +
      '.text { margin: .5rem 0 0; font-family: ui-monospace, monospace; font-size: .9rem; }' +
      '</style>' +
      '<div class="stars" role="group" aria-label="Rating"></div>' +
      '<p class="text" part="text" data-testid="rating-text">Rating: 0</p>';

  class RatingWidget extends HTMLElement {
    constructor() {
      super();
      var root = this.attachShadow({ mode: 'open' });
      root.appendChild(template.content.cloneNode(true));
      var stars = root.querySelector('.stars');
      for (var n = 1; n <= 5; n++) {
        var star = document.createElement('button');
        star.type = 'button';
        star.className = 'rw-star';
        star.textContent = '★';
        star.setAttribute('aria-label', 'Rate ' + n + (n === 1 ? ' star' : ' stars'));
        star.setAttribute('aria-pressed', 'false');
        star.setAttribute('data-testid', 'star-' + n);
        star.dataset.value = String(n);
        star.addEventListener('click', this.rate.bind(this, n));
        var item = document.createElement('span');
        item.className = 'rw-item';
        item.appendChild(star);
        stars.appendChild(item);
      }
    }

    rate(value) {
      this.shadowRoot.querySelectorAll('.rw-star').forEach(function (s) {
        s.setAttribute('aria-pressed', Number(s.dataset.value) <= value ? 'true' : 'false');
      });
      this.shadowRoot.querySelector('.text').textContent = 'Rating: ' + value;
      this.setAttribute('value', String(value));
      this.dispatchEvent(new CustomEvent('change', { detail: { value: value }, bubbles: true, composed: true }));
    }
  }

  customElements.define('rating-widget', RatingWidget);
})();
