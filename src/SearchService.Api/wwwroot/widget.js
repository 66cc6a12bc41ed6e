/*! SearchService <search-widget>: embeddable search for press releases. No framework, no build step.
 * <script src="https://HOST/widget.js" defer></script>
 * <search-widget endpoint="https://HOST"></search-widget>
 * Attributes: endpoint, placeholder, page-size, levels, facets, level, facet-limit, target, history, reader.
 * Theme with --sw-* custom properties (see docs/embedding.md). */
(() => {
  'use strict';
  if (customElements.get('search-widget')) return;

  const SCRIPT_ORIGIN = (() => { try { return new URL(document.currentScript.src).origin; } catch { return location.origin; } })();
  const LEVELS = { documents: 'Documents', paragraphs: 'Paragraphs', quotes: 'Quotes' };
  const FACETS = { department: 'Department', actor: 'People', nation: 'Countries', speaker: 'Speaker', date: 'Date' };
  const LIST_DIMS = ['department', 'actor', 'nation', 'speaker'];
  const SORTS = { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' };
  const HASH = '#search?';
  let uid = 0;

  const CSS = `
:host{--_acc:var(--sw-accent,#1d70b8);--_acct:var(--sw-accent-text,#fff);--_txt:var(--sw-text,#1f2933);--_mut:var(--sw-muted,#5f6b7a);
--_bg:var(--sw-bg,#fff);--_sur:var(--sw-surface,#f4f6f8);--_bd:var(--sw-border,#d5dbe1);--_mk:var(--sw-mark-bg,#fff0a8);--_mkt:var(--sw-mark-text,inherit);
--_foc:var(--sw-focus,#ffbf47);--_err:var(--sw-error,#b3261e);--_r:var(--sw-radius,8px);--_s:var(--sw-space,8px);
display:block;container-type:inline-size;font-family:var(--sw-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);
font-size:var(--sw-font-size,16px);line-height:1.5;color:var(--_txt);background:var(--_bg)}
*{box-sizing:border-box}[hidden]{display:none!important}
.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
:focus-visible{outline:3px solid var(--_foc);outline-offset:2px}
button,input,select{font:inherit;color:inherit}
button{cursor:pointer}
.bar{display:flex;gap:var(--_s)}
.box{position:relative;flex:1;min-width:0}
.box input{width:100%;padding:calc(var(--_s)*1.4) calc(var(--_s)*1.5);padding-right:2.5em;border:2px solid var(--_bd);border-radius:var(--_r);background:var(--_bg)}
.box input:focus{border-color:var(--_acc);outline:none;box-shadow:0 0 0 3px var(--_foc)}
.box kbd{position:absolute;right:.75em;top:50%;transform:translateY(-50%);font:12px/1.6 ui-monospace,monospace;padding:0 .45em;border:1px solid var(--_bd);border-radius:4px;color:var(--_mut)}
.go{padding:0 calc(var(--_s)*2.5);border:0;border-radius:var(--_r);background:var(--_acc);color:var(--_acct);font-weight:600}
.sugg{position:absolute;z-index:5;left:0;right:0;top:calc(100% + 4px);margin:0;padding:4px 0;list-style:none;background:var(--_bg);border:1px solid var(--_bd);border-radius:var(--_r);box-shadow:0 8px 24px rgba(0,0,0,.12)}
.sugg li{display:flex;justify-content:space-between;gap:1em;padding:6px 12px;cursor:pointer}
.sugg li[aria-selected=true],.sugg li:hover{background:var(--_sur)}
.sugg small,.tag{color:var(--_mut);font-size:.75em;text-transform:uppercase;letter-spacing:.04em}
.tools{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:var(--_s);margin:calc(var(--_s)*1.5) 0}
.levels{display:inline-flex;border:1px solid var(--_bd);border-radius:var(--_r);overflow:hidden}
.levels button{border:0;background:var(--_bg);padding:4px 14px}
.levels button+button{border-left:1px solid var(--_bd)}
.levels button[aria-pressed=true]{background:var(--_acc);color:var(--_acct)}
select{padding:4px 8px;border:1px solid var(--_bd);border-radius:var(--_r);background:var(--_bg)}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:var(--_s)}
.chip,.clear{display:inline-flex;align-items:center;gap:6px;border:1px solid var(--_bd);border-radius:999px;padding:2px 10px;background:var(--_sur);font-size:.875em}
.chip::after{content:"\\00d7";font-size:1.2em;line-height:1}
.clear{background:none;border-color:transparent;color:var(--_acc);text-decoration:underline}
.status{color:var(--_mut);font-size:.9em;min-height:1.5em;margin-bottom:var(--_s)}
.layout{display:grid;grid-template-columns:minmax(190px,250px) minmax(0,1fr);gap:calc(var(--_s)*3);align-items:start}
.ftoggle{display:none}
.facets{display:grid;gap:var(--_s);min-width:0}
details{border:1px solid var(--_bd);border-radius:var(--_r);background:var(--_sur);padding:var(--_s) calc(var(--_s)*1.5)}
summary{font-weight:600;cursor:pointer}
.fl{list-style:none;margin:6px 0 0;padding:0;max-height:16em;overflow:auto}
.fl label{display:flex;align-items:baseline;gap:8px;padding:2px 0;cursor:pointer;font-size:.92em}
.fl label span:first-of-type{flex:1;overflow-wrap:anywhere}
.n{color:var(--_mut);font-variant-numeric:tabular-nums;font-size:.85em}
.fq,.dr input{width:100%;margin-top:6px;padding:4px 8px;border:1px solid var(--_bd);border-radius:calc(var(--_r)/2);background:var(--_bg)}
.more,.link{border:0;background:none;padding:0;color:var(--_acc);text-decoration:underline;font-size:.9em}
.iv{display:flex;gap:12px;font-size:.85em;margin-top:4px}
.bars button{display:flex;width:100%;align-items:center;gap:8px;border:0;background:none;padding:2px 0;font-size:.9em;text-align:left}
.bars i{flex:1;height:8px;border-radius:4px;background:var(--_bd);overflow:hidden}.bars i b{display:block;height:100%;background:var(--_acc)}
.bars span:first-child{width:5.2em;white-space:nowrap}
.dr{display:grid;gap:4px;margin-top:6px;font-size:.85em}.dr label{display:grid;grid-template-columns:3em minmax(0,1fr);align-items:center}.dr input{margin:0;min-width:0}
.hits{list-style:none;margin:0;padding:0}
.hit{padding:calc(var(--_s)*1.75) 0;border-bottom:1px solid var(--_bd)}
.hit:first-child{padding-top:0}
.hit a{font-size:1.1em;font-weight:600;color:var(--_acc);text-decoration:none;border-radius:2px}
.hit a:hover{text-decoration:underline}
.meta{display:flex;flex-wrap:wrap;gap:4px 14px;color:var(--_mut);font-size:.85em;margin:2px 0 4px}
.snip{margin:0;overflow-wrap:anywhere}
blockquote.snip{border-left:4px solid var(--_acc);padding-left:calc(var(--_s)*1.5);font-style:italic}
.who{margin:4px 0 0;font-weight:600;font-size:.9em}
.grp{margin:4px 0 0;color:var(--_mut);font-size:.85em}
mark{background:var(--_mk);color:var(--_mkt);padding:0 1px;border-radius:2px}
.pager{display:flex;flex-wrap:wrap;gap:6px;margin-top:calc(var(--_s)*2)}
.pager button{min-width:2.4em;padding:4px 10px;border:1px solid var(--_bd);border-radius:var(--_r);background:var(--_bg)}
.pager button[aria-current=page]{background:var(--_acc);color:var(--_acct);border-color:var(--_acc)}
.pager button:disabled{opacity:.45;cursor:default}
.empty,.error{padding:calc(var(--_s)*2);border-radius:var(--_r);background:var(--_sur)}
.error{border-left:4px solid var(--_err);color:var(--_err)}
.error p,.empty p{margin:0 0 6px}
.busy .hits{opacity:.55;transition:opacity .2s}
dialog.reader{width:min(52rem,calc(100vw - 2*var(--_s)));max-width:none;max-height:calc(100dvh - 4*var(--_s));padding:0;border:1px solid var(--_bd);border-radius:var(--_r);background:var(--_bg);color:var(--_txt);box-shadow:0 16px 48px rgba(0,0,0,.28);overflow:auto;overscroll-behavior:contain}
dialog.reader::backdrop{background:rgba(15,23,32,.6)}
.rbar{position:sticky;top:0;z-index:1;display:flex;justify-content:space-between;align-items:center;gap:var(--_s);padding:var(--_s) calc(var(--_s)*2);background:var(--_sur);border-bottom:1px solid var(--_bd)}
.rclose{border:1px solid var(--_bd);border-radius:var(--_r);background:var(--_bg);padding:4px 12px;font-weight:600}
.rdoc{padding:calc(var(--_s)*2) calc(var(--_s)*3) calc(var(--_s)*3)}
.rtitle{margin:0 0 4px;font-size:1.45em;line-height:1.25;overflow-wrap:anywhere}
.rtitle:focus{outline:none}.rtitle:focus-visible{outline:3px solid var(--_foc)}
.rsum{font-size:1.08em;font-weight:500;margin:calc(var(--_s)*1.5) 0}
.rtext p{margin:0 0 calc(var(--_s)*1.5);overflow-wrap:anywhere}
.rtext p.at{background:var(--_sur);box-shadow:0 0 0 6px var(--_sur);border-radius:2px}
.rdoc h3{font-size:1em;margin:calc(var(--_s)*2.5) 0 var(--_s)}
.rquote{margin:0 0 calc(var(--_s)*1.5);padding:var(--_s) calc(var(--_s)*1.5);border-left:4px solid var(--_acc);background:var(--_sur);border-radius:0 var(--_r) var(--_r) 0}
.rquote blockquote{margin:0;font-style:italic;overflow-wrap:anywhere}
.rquote figcaption{display:flex;flex-wrap:wrap;gap:4px 12px;align-items:baseline;margin-top:4px;font-size:.9em}
.rquote .speaker{font-weight:600}
.qgroup{margin:4px 0 0;font-size:.85em;color:var(--_mut)}
.rchips{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:0;padding:0}
.rchip{border:1px solid var(--_bd);border-radius:999px;padding:2px 12px;background:var(--_bg);color:var(--_acc);font-size:.9em}
.rchip:hover{background:var(--_sur)}
.rel{list-style:none;margin:0;padding:0}.rel li{padding:6px 0;border-top:1px solid var(--_bd)}
.rel a,.src{color:var(--_acc)}.rel a{font-weight:600}
.rdoc .empty,.rdoc .error{margin-top:var(--_s)}
@container (max-width:700px){.rdoc{padding:var(--_s) calc(var(--_s)*1.5) calc(var(--_s)*2)}}
.follow{margin-top:calc(var(--_s)*2);padding-top:calc(var(--_s)*1.5);border-top:1px solid var(--_bd);font-size:.9em}
.frow{display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;margin:0}
.frow a{color:var(--_acc)}
.feedbox{display:grid;gap:4px;margin-top:var(--_s)}
.furl{flex:1;min-width:12em;padding:4px 8px;border:1px solid var(--_bd);border-radius:calc(var(--_r)/2);background:var(--_sur);font:13px/1.6 ui-monospace,monospace}
.copy{padding:4px 12px;border:1px solid var(--_acc);border-radius:var(--_r);background:var(--_bg);color:var(--_acc)}
@container (max-width:700px){.layout{grid-template-columns:1fr}.levels{display:flex;width:100%}.levels button{flex:1;padding:4px 6px}.ftoggle{display:inline-block}.facets.shut{display:none}.box kbd{display:none}}`;

  function el(tag, props, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v == null || v === false) continue;
      if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kids.flat()) if (k != null && k !== false) e.append(k);
    return e;
  }

  // "also in N other documents · first on DATE in DEPARTMENT" (issue 13 §3): documents counts this one too.
  const groupLine = (documents, first) => {
    const n = documents - 1, f = first || {};
    return `also in ${n} other document${n === 1 ? '' : 's'}` + (f.date ? ` · first on ${fmtDate(f.date)}` : '') + (f.department ? ` in ${f.department}` : '');
  };

  // The server escapes text and adds only <mark>…</mark>. Trust it no further than that: anything else is shown as text.
  const SAFE = /^(?:[^<>&]|&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});|<mark>|<\/mark>)*$/i;
  function setMarked(node, html, fallback) {
    if (typeof html === 'string' && SAFE.test(html)) node.innerHTML = html;
    else node.textContent = html ? new DOMParser().parseFromString(String(html), 'text/html').body.textContent : (fallback || '');
    return node;
  }

  const fmtDate = d => {
    if (!d) return '';
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
    if (!m) return d;
    const opts = { timeZone: 'UTC', year: 'numeric' };
    if (m[2]) opts.month = 'short';
    if (m[3]) opts.day = 'numeric';
    return new Date(Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1)).toLocaleDateString('en-GB', opts);
  };
  const list = (v, dflt) => (v ? v.split(/[\s,;]+/).filter(Boolean) : dflt);
  const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

  class SearchWidget extends HTMLElement {
    static get observedAttributes() { return ['endpoint', 'page-size', 'levels', 'facets', 'placeholder']; }

    constructor() {
      super();
      this.id_ = 'sw' + (++uid);
      this.unsupported = new Set();
      this.panels = {};
      this.sugg = [];
      this.active = -1;
      const root = this.attachShadow({ mode: 'open' });
      if (root.adoptedStyleSheets && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
        // A constructed sheet needs no 'unsafe-inline' in the host page's Content-Security-Policy.
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } else root.append(el('style', { text: CSS }));
      this.onHash = () => this.fromHash();
      this.onSlash = e => {
        if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
        if (this.dlg && this.dlg.open) return; // the reading view is modal: the box behind it is out of reach
        const t = e.composedPath()[0];
        if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
        e.preventDefault();
        this.input.focus();
      };
    }

    blank() { return { q: '', type: this.level(), sort: 'relevance', page: 1, from: '', to: '', interval: 'month', f: {}, open: '' }; }
    level() { const l = this.levels(); const a = this.getAttribute('level'); return l.includes(a) ? a : l[0]; }
    levels() { const l = list(this.getAttribute('levels'), Object.keys(LEVELS)).filter(x => x in LEVELS); return l.length ? l : ['documents']; }
    facetDims() { return list(this.getAttribute('facets'), ['department', 'actor', 'nation', 'speaker', 'date']).filter(x => x in FACETS); }
    get endpoint() { return (this.getAttribute('endpoint') || SCRIPT_ORIGIN).replace(/\/+$/, ''); }
    get pageSize() { const n = parseInt(this.getAttribute('page-size'), 10); return n >= 1 && n <= 100 ? n : 10; }
    get useHash() { return this.getAttribute('history') !== 'none'; }
    get useReader() { return this.getAttribute('reader') !== 'none'; }

    connectedCallback() {
      if (!this.built) { this.s = this.blank(); this.build(); }
      addEventListener('hashchange', this.onHash);
      addEventListener('popstate', this.onHash);
      document.addEventListener('keydown', this.onSlash);
      if (!(this.useHash && location.hash.startsWith(HASH) && this.fromHash())) this.run();
    }

    disconnectedCallback() {
      removeEventListener('hashchange', this.onHash);
      removeEventListener('popstate', this.onHash);
      document.removeEventListener('keydown', this.onSlash);
      this.ctl && this.ctl.abort();
    }

    attributeChangedCallback(name, old, val) {
      if (!this.built || old === val) return;
      if (name === 'placeholder') this.input.placeholder = val || 'Search press releases';
      else { this.buildLevels(); this.s.page = 1; this.run(); }
    }

    build() {
      this.built = true;
      const sid = this.id_ + '-s';
      this.input = el('input', {
        type: 'search', role: 'combobox', 'aria-label': 'Search press releases', 'aria-autocomplete': 'list',
        'aria-expanded': 'false', 'aria-controls': sid, autocomplete: 'off', spellcheck: 'false', part: 'input',
        placeholder: this.getAttribute('placeholder') || 'Search press releases',
        oninput: () => this.typed(), onkeydown: e => this.boxKey(e), onblur: () => setTimeout(() => this.closeSugg(), 150)
      });
      this.suggList = el('ul', { id: sid, class: 'sugg', role: 'listbox', 'aria-label': 'Suggestions', hidden: true });
      const form = el('form', { class: 'bar', role: 'search', onsubmit: e => { e.preventDefault(); this.closeSugg(); this.set({ q: this.input.value.trim(), page: 1 }); } },
        el('div', { class: 'box' }, this.input, el('kbd', { title: 'Press / to search', 'aria-hidden': 'true', text: '/' }), this.suggList),
        el('button', { class: 'go', type: 'submit', part: 'button', text: 'Search' }));
      this.levelBox = el('div', { class: 'levels', role: 'group', 'aria-label': 'Search in' });
      this.sortSel = el('select', { 'aria-label': 'Sort results', onchange: () => this.set({ sort: this.sortSel.value, page: 1 }) },
        Object.entries(SORTS).map(([v, t]) => el('option', { value: v, text: t })));
      this.chips = el('div', { class: 'chips', role: 'group', 'aria-label': 'Chosen filters', hidden: true });
      this.status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
      this.facetBox = el('aside', { class: 'facets shut', 'aria-label': 'Filters' });
      this.ftoggle = el('button', { class: 'ftoggle more', type: 'button', 'aria-expanded': 'false', text: 'Show filters', onclick: () => {
        const open = this.facetBox.classList.toggle('shut') === false;
        this.ftoggle.setAttribute('aria-expanded', String(open));
        this.ftoggle.textContent = open ? 'Hide filters' : 'Show filters';
      } });
      this.hits = el('ol', { class: 'hits', 'aria-label': 'Results', onkeydown: e => this.hitKey(e) });
      this.msg = el('div', { hidden: true });
      this.pager = el('nav', { class: 'pager', 'aria-label': 'Pages', hidden: true });
      this.main = el('div', { class: 'results' }, this.status, this.msg, this.hits, this.pager, this.buildFollow());
      this.wrap = el('div', { class: 'sw', part: 'container' }, form,
        el('div', { class: 'tools' }, this.levelBox, el('div', {}, this.ftoggle, ' ', this.sortSel)),
        this.chips, el('div', { class: 'layout' }, this.facetBox, this.main));
      this.shadowRoot.append(this.wrap);
      this.buildLevels();
    }

    buildLevels() {
      const ls = this.levels();
      if (!ls.includes(this.s.type)) this.s.type = ls[0];
      this.levelBox.replaceChildren(...ls.map(l => el('button', {
        type: 'button', 'data-level': l, 'aria-pressed': String(l === this.s.type), text: LEVELS[l],
        onclick: () => { if (this.s.type !== l) this.set({ type: l, page: 1, f: l === 'quotes' ? this.s.f : { ...this.s.f, speaker: [] } }); }
      })));
      this.levelBox.hidden = ls.length < 2;
    }

    // State <-> URL hash (#search?q=…&type=…&department=…&page=…): shareable, and the back button walks through searches.
    toQuery(s, forApi) {
      const p = new URLSearchParams();
      if (s.q) p.set('q', s.q);
      if (forApi || s.type !== this.levels()[0]) p.set('type', s.type);
      for (const d of LIST_DIMS) for (const v of s.f[d] || []) if (d !== 'speaker' || s.type === 'quotes') p.append(d, v);
      if (s.from) p.set('from', s.from);
      if (s.to) p.set('to', s.to);
      if (forApi || s.sort !== 'relevance') p.set('sort', s.sort);
      if (forApi || s.page > 1) p.set('page', String(s.page));
      if (forApi || s.interval !== 'month') p.set('dateInterval', s.interval);
      if (!forApi && s.open) p.set('open', s.open);
      return p;
    }

    fromHash() {
      if (!this.useHash) return false;
      const h = location.hash;
      const ours = h.startsWith(HASH);
      if (!ours && !this.hashed) return false;
      if (ours && h === this.hashed) return true;
      const s = this.blank();
      if (ours) {
        const p = new URLSearchParams(h.slice(HASH.length));
        s.q = p.get('q') || '';
        if (this.levels().includes(p.get('type'))) s.type = p.get('type');
        if (p.get('sort') in SORTS) s.sort = p.get('sort');
        s.page = Math.max(1, parseInt(p.get('page'), 10) || 1);
        s.from = p.get('from') || '';
        s.to = p.get('to') || '';
        s.interval = p.get('dateInterval') === 'year' ? 'year' : 'month';
        for (const d of LIST_DIMS) s.f[d] = p.getAll(d);
        s.open = this.useReader ? p.get('open') || '' : '';
      }
      // Opening or closing the reading view changes only open=: the results under it stay as they are (and where).
      const same = !!this.last && this.searchKey(s) === this.searchKey(this.s);
      this.s = s;
      this.hashed = ours ? h : '';
      this.sync();
      if (!same) this.run(false);
      this.showReader();
      return ours;
    }

    searchKey(s) { return this.toQuery({ ...s, open: '' }, false).toString(); }

    set(change, replace) {
      // Chips, facet lists and the pager are drawn anew: keep the keyboard user's place rather than drop focus on <body>.
      const a = this.shadowRoot.activeElement;
      if (a && a !== this.input) this.focusKey = (a.dataset && a.dataset.fk) || '';
      Object.assign(this.s, change);
      this.sync();
      this.run(replace ? 'replace' : 'push');
    }

    refocus(final) {
      if (this.focusKey == null) return;
      const a = this.shadowRoot.activeElement;
      if (!a || !a.isConnected) {
        const same = this.focusKey && [...this.shadowRoot.querySelectorAll('[data-fk]')].find(e => e.dataset.fk === this.focusKey);
        if (same && same.offsetParent !== null) same.focus();
        else if (final) this.input.focus();
      }
      if (final) this.focusKey = null;
    }

    sync() {
      if (this.input.value.trim() !== this.s.q) this.input.value = this.s.q;
      this.sortSel.value = this.s.sort;
      for (const b of this.levelBox.children) b.setAttribute('aria-pressed', String(b.dataset.level === this.s.type));
      this.renderChips();
      if (!this.s.open) this.hideReader();
      this.refocus(false);
    }

    writeHash(mode) {
      if (!this.useHash || !mode) return;
      const h = HASH + this.toQuery(this.s, false).toString();
      if (h === this.hashed || (h === HASH && !this.hashed)) return;
      this.hashed = h;
      // Each entry says how many reading-view entries lead back to its results, so Esc returns there in one step.
      const state = history.state && typeof history.state === 'object' ? history.state : {};
      const depth = this.s.open ? (state.swReader || 0) + (mode === 'replace' ? 0 : 1) : 0;
      history[mode === 'replace' ? 'replaceState' : 'pushState']({ ...state, swReader: depth }, '', h);
    }

    async get(path, params, signal) {
      const res = await fetch(this.endpoint + path + (params ? '?' + params : ''), { signal, mode: 'cors', credentials: 'omit', headers: { Accept: 'application/json' } });
      if (!res.ok) {
        let detail = '';
        try { detail = (await res.json()).detail || ''; } catch { /* not problem+json */ }
        throw Object.assign(new Error(detail || 'HTTP ' + res.status), { status: res.status, detail });
      }
      return res.json();
    }

    async run(history = 'push') {
      this.writeHash(history);
      this.ctl && this.ctl.abort();
      const ctl = this.ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), 15000);
      const s = this.s, p = this.toQuery(s, true);
      p.set('pageSize', String(this.pageSize));
      p.set('facetLimit', this.getAttribute('facet-limit') || '10');
      const dims = this.facetDims().filter(d => d !== 'speaker' || s.type === 'quotes');
      p.set('facets', dims.join(','));
      this.wrap.classList.add('busy');
      this.wrap.setAttribute('aria-busy', 'true');
      try {
        const r = await this.get('/api/search', p, ctl.signal);
        if (ctl !== this.ctl) return;
        this.last = r;
        this.render(r);
      } catch (e) {
        if (ctl !== this.ctl) return;
        this.fail(e, ctl.signal.aborted);
      } finally {
        clearTimeout(timer);
        if (ctl === this.ctl) { this.wrap.classList.remove('busy'); this.wrap.removeAttribute('aria-busy'); }
      }
    }

    fail(e, timedOut) {
      this.hits.replaceChildren();
      this.pager.hidden = true;
      this.follow.hidden = true;
      const retry = el('button', { type: 'button', class: 'link', text: 'Try again', onclick: () => this.run(false) });
      let head = 'Search is unavailable right now.', body = `The search service at ${this.endpoint} could not be reached. Check your connection, or ask its team to allow this site (${location.origin}).`;
      if (timedOut) body = 'The search service took too long to answer.';
      else if (e.status === 400) { head = 'That search could not be understood.'; body = e.detail || 'Check the query and the filters.'; }
      else if (e.status) body = `The search service answered with an error (${e.status}). ${e.detail || ''}`;
      this.msg.className = 'error';
      this.msg.setAttribute('role', 'alert');
      this.msg.replaceChildren(el('p', { text: head }), el('p', { class: 'n', text: body }), retry);
      this.msg.hidden = false;
      // The status region is always in the page, so screen readers announce the change reliably (an alert that
      // appears may be missed); the alert below holds the detail and the retry button.
      this.status.textContent = head;
      this.refocus(true);
      this.dispatchEvent(new CustomEvent('search-error', { detail: { status: e.status || 0, message: e.message } }));
    }

    render(r) {
      const s = this.s;
      const total = r.total || 0, hits = r.hits || [];
      const took = typeof r.tookMs === 'number' ? ` in ${r.tookMs < 10 ? r.tookMs.toFixed(1) : Math.round(r.tookMs)} ms` : '';
      this.status.textContent = `${total ? total.toLocaleString('en-GB') : 'No'} ${total === 1 ? 'result' : 'results'}${s.q ? ` for “${s.q}”` : ''}${took}`;
      this.msg.hidden = !!hits.length;
      this.msg.removeAttribute('role');
      if (!hits.length) {
        this.msg.className = 'empty';
        const kids = [el('p', { text: s.q ? `No results for “${s.q}”.` : 'Nothing matches these filters.' })];
        if (r.didYouMean) kids.push(el('p', {}, 'Did you mean ', el('button', { type: 'button', class: 'link dym', text: r.didYouMean, onclick: () => this.set({ q: r.didYouMean, page: 1 }) }), '?'));
        if (this.hasFilters()) kids.push(el('button', { type: 'button', class: 'link', text: 'Clear all filters', onclick: () => this.clearAll() }));
        this.msg.replaceChildren(...kids);
      }
      // A keyboard user inside the results stays there when they are redrawn (a late answer, a new page).
      const inHits = this.links().indexOf(this.shadowRoot.activeElement);
      this.hits.replaceChildren(...hits.map(h => this.hit(h)));
      if (inHits >= 0) { if (hits.length) this.focusHit(Math.min(inHits, hits.length - 1)); else this.input.focus(); }
      this.renderPager(total, r.page || s.page, r.pageSize || this.pageSize);
      this.renderFacets(r.facets || {});
      this.renderFollow(total);
      this.refocus(true);
      this.dispatchEvent(new CustomEvent('search-results', { detail: { total, query: s.q, type: s.type } }));
    }

    hit(h) {
      const id = h.documentId || h.id;
      // A result opens in the reading view; its link is the view's own address, so it can be opened in a new tab or copied.
      const a = this.useReader
        ? el('a', { href: this.docHref(id), 'data-doc': id, part: 'result-link', onclick: e => this.clickDoc(e, id) })
        : el('a', { href: h.url || `${this.endpoint}/api/documents/${encodeURIComponent(id)}`, target: this.getAttribute('target') || '_blank', rel: 'noopener', part: 'result-link' });
      setMarked(a, h.titleHighlighted, h.title || 'Untitled');
      if (!h.titleHighlighted && h.title) a.textContent = h.title;
      const quote = this.s.type === 'quotes' || h.type === 'quotes';
      const meta = el('div', { class: 'meta' },
        h.date && el('time', { datetime: h.date, text: fmtDate(h.date) }),
        h.department && el('span', { class: 'dept', text: h.department }),
        h.paragraph != null && !quote && el('span', { text: 'Paragraph ' + (h.paragraph + 1) }),
        h.kind === 'listing' && el('span', { class: 'tag', text: 'News listing' }));
      const snip = setMarked(el(quote ? 'blockquote' : 'p', { class: 'snip' }), h.snippet, '');
      return el('li', { class: 'hit', part: 'result' }, a, meta, h.snippet ? snip : null,
        quote && h.speaker ? el('p', { class: 'who speaker', text: '— ' + h.speaker }) : null,
        quote && h.group && h.group.documents > 1 ? el('p', { class: 'grp', part: 'quote-group' }, groupLine(h.group.documents, h.group.firstSeen)) : null);
    }

    renderPager(total, page, size) {
      const pages = Math.ceil(total / size);
      this.pager.hidden = pages < 2;
      if (pages < 2) return this.pager.replaceChildren();
      const go = n => () => { this.set({ page: n }); this.scrollIntoView({ block: 'start', behavior: 'smooth' }); };
      const btn = (label, n, extra) => el('button', { type: 'button', onclick: go(n), 'data-fk': 'p:' + (extra.rel || n), ...extra }, label);
      const out = [btn('‹ Previous', page - 1, { disabled: page <= 1, rel: 'prev', 'aria-label': 'Previous page' })];
      const nums = new Set([1, pages, page - 1, page, page + 1].filter(n => n >= 1 && n <= pages));
      let prev = 0;
      for (const n of [...nums].sort((a, b) => a - b)) {
        if (n - prev > 1) out.push(el('span', { class: 'n', text: '…' }));
        out.push(btn(String(n), n, { 'aria-label': 'Page ' + n, 'aria-current': n === page ? 'page' : null }));
        prev = n;
      }
      out.push(btn('Next ›', page + 1, { disabled: page >= pages, rel: 'next', 'aria-label': 'Next page' }));
      this.pager.replaceChildren(...out);
    }

    // Follow and download: the current search as a file, and as an Atom feed (its address to copy into a feed reader).
    // The disclosure button comes last in its row so that Tab goes from it straight into the address it opens.
    buildFollow() {
      const fid = this.id_ + '-feed';
      this.feedUrl = el('input', { id: fid + '-url', class: 'furl', type: 'text', readonly: true, spellcheck: 'false', onfocus: e => e.target.select() });
      this.copied = el('p', { class: 'n', role: 'status' });
      this.feedBox = el('div', { id: fid, class: 'feedbox', hidden: true },
        el('label', { for: fid + '-url', text: 'Feed address (Atom): add it to your feed reader to be told of new results' }),
        el('div', { class: 'frow' }, this.feedUrl, el('button', { type: 'button', class: 'copy', text: 'Copy address', onclick: () => this.copyFeed() })),
        this.copied);
      this.followBtn = el('button', { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': fid, text: 'Follow this search', onclick: () => {
        const open = this.feedBox.hidden;
        this.feedBox.hidden = !open;
        this.followBtn.setAttribute('aria-expanded', String(open));
        if (open) this.copied.textContent = '';
      } });
      this.csvLink = el('a', { 'data-format': 'csv', download: '', text: 'Download results (CSV)' });
      this.jsonlLink = el('a', { 'data-format': 'jsonl', download: '', text: 'Download results (JSON Lines)' });
      this.downloads = el('span', { class: 'frow' }, this.csvLink, this.jsonlLink);
      this.follow = el('div', { class: 'follow', part: 'follow', hidden: true }, el('div', { class: 'frow' }, this.downloads, this.followBtn), this.feedBox);
      return this.follow;
    }

    renderFollow(total) {
      const feed = this.toQuery(this.s, true), file = this.toQuery(this.s, true);
      for (const k of ['page', 'sort', 'dateInterval']) feed.delete(k); // a feed is newest first
      for (const k of ['page', 'dateInterval']) file.delete(k);
      const url = `${this.endpoint}/api/feed?${feed}`;
      this.feedUrl.value = url;
      for (const a of [this.csvLink, this.jsonlLink]) { file.set('format', a.dataset.format); a.href = `${this.endpoint}/api/export?${file}`; }
      this.downloads.hidden = !total;
      this.follow.hidden = false;
      // Only a page that asks for it, with <link rel="alternate" type="application/atom+xml" data-search-widget> in its
      // head, advertises the current search's feed there: no other page's head is touched.
      for (const link of document.querySelectorAll('link[rel~="alternate"][type="application/atom+xml"][data-search-widget]')) {
        link.href = url;
        link.title = this.s.q ? `Press releases matching “${this.s.q}”` : 'Newest press releases';
      }
    }

    async copyFeed() {
      let ok = false;
      try { await navigator.clipboard.writeText(this.feedUrl.value); ok = true; } catch { /* no clipboard permission: select it instead */ }
      if (!ok) {
        this.feedUrl.focus();
        this.feedUrl.select();
        try { ok = document.execCommand('copy'); } catch { ok = false; }
      }
      this.copied.textContent = ok ? 'Feed address copied.' : 'The address is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }

    panel(dim) {
      if (this.panels[dim]) return this.panels[dim];
      const p = { list: el('ul', { class: 'fl', role: 'list' }), expanded: false };
      p.details = el('details', { open: true, 'data-facet': dim, part: 'facet' }, el('summary', { text: FACETS[dim] }));
      if (dim === 'date') {
        const iv = v => el('label', {}, el('input', { type: 'radio', name: this.id_ + '-iv', value: v, onchange: () => this.set({ interval: v }) }), v === 'year' ? ' By year' : ' By month');
        p.iv = el('div', { class: 'iv', role: 'radiogroup', 'aria-label': 'Date counts' }, iv('year'), iv('month'));
        const field = (k, label) => el('label', {}, label, el('input', { type: 'date', 'data-range': k, 'aria-label': label + ' date', onchange: e => this.set({ [k]: e.target.value, page: 1 }) }));
        p.range = el('div', { class: 'dr' }, field('from', 'From'), field('to', 'To'));
        p.list.className = 'fl bars';
        p.details.append(p.iv, p.list, p.range);
      } else {
        p.q = el('input', { type: 'search', class: 'fq', placeholder: 'Search within ' + FACETS[dim].toLowerCase(), 'aria-label': 'Search within ' + FACETS[dim], hidden: true, oninput: () => this.within(dim) });
        p.more = el('button', { type: 'button', class: 'more', hidden: true, onclick: () => { p.expanded = !p.expanded; this.drawList(dim); } });
        p.details.append(p.q, p.list, p.more);
      }
      return (this.panels[dim] = p);
    }

    renderFacets(facets) {
      const s = this.s, shown = [];
      for (const dim of this.facetDims()) {
        if (dim === 'speaker' && s.type !== 'quotes') continue;
        const vals = facets[dim];
        if (!Array.isArray(vals) || (!vals.length && !(s.f[dim] || []).length && !(dim === 'date' && (s.from || s.to)))) continue;
        const p = this.panel(dim);
        p.values = vals;
        if (dim === 'date') this.drawDates(p, vals);
        else {
          p.q.hidden = this.unsupported.has('facets') || (vals.length < 8 && !p.q.value);
          if (p.q.value) this.within(dim); else { p.found = null; this.drawList(dim); }
        }
        shown.push(p.details);
      }
      this.facetBox.replaceChildren(...shown);
      this.ftoggle.hidden = !shown.length;
    }

    drawList(dim) {
      const p = this.panels[dim], chosen = this.s.f[dim] || [];
      let vals = (p.found || p.values || []).slice();
      for (const v of chosen) if (!vals.some(x => x.value === v)) vals.unshift({ value: v, count: 0 });
      const limit = p.expanded || p.found ? vals.length : 6;
      p.more.hidden = vals.length <= 6 || !!p.found;
      p.more.textContent = p.expanded ? 'Show fewer' : `Show all ${vals.length}`;
      p.list.replaceChildren(...vals.slice(0, limit).map(({ value, count }) => el('li', {}, el('label', {},
        el('input', { type: 'checkbox', value, 'data-fk': `f:${dim}:${value}`, checked: chosen.includes(value), onchange: e => this.toggle(dim, value, e.target.checked) }),
        el('span', { text: value }), el('span', { class: 'n', text: String(count) })))));
      if (!vals.length) p.list.append(el('li', { class: 'n', text: 'No matching values' }));
    }

    within(dim) {
      const p = this.panels[dim];
      clearTimeout(p.t);
      const prefix = p.q.value.trim();
      if (!prefix) { p.found = null; return this.drawList(dim); }
      p.t = setTimeout(async () => {
        const params = this.toQuery(this.s, true);
        for (const k of ['page', 'sort', 'dateInterval', dim]) params.delete(k);
        params.set('prefix', prefix);
        try {
          const r = await this.get('/api/facets/' + encodeURIComponent(dim), params);
          p.found = r.values || [];
        } catch (e) {
          if (e.status === 404 || e.status === 405) this.unsupported.add('facets');
          // Without the facet endpoint, filter the values we already have.
          const low = prefix.toLowerCase();
          p.found = (p.values || []).filter(v => v.value.toLowerCase().split(/\s+/).some(w => w.startsWith(low)) || v.value.toLowerCase().startsWith(low));
        }
        if (p.q.value.trim() === prefix) this.drawList(dim);
      }, 200);
    }

    drawDates(p, vals) {
      const s = this.s;
      for (const r of p.iv.querySelectorAll('input')) r.checked = r.value === s.interval;
      for (const i of p.range.querySelectorAll('input')) i.value = s[i.dataset.range] || '';
      const max = Math.max(1, ...vals.map(v => v.count));
      const sorted = vals.slice().sort((a, b) => (a.value < b.value ? 1 : -1));
      p.list.replaceChildren(...sorted.map(({ value, count }) => {
        const m = /^(\d{4})(?:-(\d{2}))?/.exec(value) || [];
        const y = +m[1], mo = +m[2];
        const from = mo ? `${m[1]}-${m[2]}-01` : `${y}-01-01`, to = mo ? `${m[1]}-${m[2]}-${lastDay(y, mo)}` : `${y}-12-31`;
        // The name starts with the visible text (WCAG 2.5.3, label in name); what the bar means is added out of sight.
        return el('li', {}, el('button', { type: 'button', 'data-value': value, 'data-fk': 'd:' + value, onclick: () => this.set({ from, to, page: 1 }) },
          el('span', { text: fmtDate(value) }), el('i', { 'aria-hidden': 'true' }, this.bar(count / max)), el('span', { class: 'n', text: String(count) }),
          el('span', { class: 'vh', text: ` ${count === 1 ? 'result' : 'results'}, show only this period` })));
      }));
    }

    bar(fraction) {
      const b = el('b');
      b.style.width = Math.round(fraction * 100) + '%'; // CSSOM, so no inline style attribute for CSP to refuse
      return b;
    }

    toggle(dim, value, on) {
      const cur = (this.s.f[dim] || []).filter(v => v !== value);
      if (on) cur.push(value);
      this.set({ f: { ...this.s.f, [dim]: cur }, page: 1 });
    }

    hasFilters() { return LIST_DIMS.some(d => (this.s.f[d] || []).length) || !!(this.s.from || this.s.to); }

    clearAll() { for (const p of Object.values(this.panels)) if (p.q) p.q.value = ''; this.set({ f: {}, from: '', to: '', page: 1 }); }

    renderChips() {
      const s = this.s, out = [];
      const chip = (label, change) => el('button', { type: 'button', class: 'chip', part: 'chip', 'aria-label': `Remove filter ${label}`, onclick: () => this.set({ ...change(), page: 1 }) }, label);
      for (const d of LIST_DIMS) for (const v of s.f[d] || []) {
        if (d === 'speaker' && s.type !== 'quotes') continue;
        out.push(chip(`${FACETS[d]}: ${v}`, () => ({ f: { ...s.f, [d]: s.f[d].filter(x => x !== v) } })));
      }
      if (s.from || s.to) out.push(chip(s.from && s.to ? `${fmtDate(s.from)} – ${fmtDate(s.to)}` : s.from ? `From ${fmtDate(s.from)}` : `Until ${fmtDate(s.to)}`, () => ({ from: '', to: '' })));
      if (out.length) out.push(el('button', { type: 'button', class: 'clear', text: 'Clear all', onclick: () => this.clearAll() }));
      this.chips.replaceChildren(...out);
      this.chips.hidden = !out.length;
    }

    typed() {
      clearTimeout(this.tq);
      clearTimeout(this.ts);
      const q = this.input.value.trim();
      this.tq = setTimeout(() => { if (q !== this.s.q) this.set({ q, page: 1 }, true); }, 300);
      if (q.length < 2 || this.unsupported.has('suggest')) return this.closeSugg();
      this.ts = setTimeout(async () => {
        try {
          const r = await this.get('/api/suggest', new URLSearchParams({ q }));
          if (this.input.value.trim() === q && this.shadowRoot.activeElement === this.input) this.openSugg(r.suggestions || []);
        } catch (e) {
          if (e.status === 404 || e.status === 405) this.unsupported.add('suggest');
        }
      }, 120);
    }

    openSugg(items) {
      this.sugg = items.slice(0, 8);
      this.active = -1;
      this.suggList.replaceChildren(...this.sugg.map((s, i) => el('li', {
        role: 'option', id: `${this.id_}-o${i}`, 'aria-selected': 'false', onmousedown: e => { e.preventDefault(); this.choose(i); }
      }, el('span', { text: s.text }), s.kind ? el('small', { text: s.kind }) : null)));
      const open = this.sugg.length > 0;
      this.suggList.hidden = !open;
      this.input.setAttribute('aria-expanded', String(open));
      this.input.removeAttribute('aria-activedescendant');
    }

    closeSugg() { this.openSugg([]); }

    moveSugg(delta) {
      const n = this.sugg.length;
      let a = this.active + delta;
      if (a >= n) a = -1; else if (a < -1) a = n - 1;
      this.active = a;
      [...this.suggList.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
      if (this.active < 0) this.input.removeAttribute('aria-activedescendant');
      else this.input.setAttribute('aria-activedescendant', `${this.id_}-o${this.active}`);
    }

    choose(i) {
      const s = this.sugg[i];
      if (!s) return;
      this.closeSugg();
      clearTimeout(this.tq);
      this.input.value = s.text;
      this.set({ q: s.text, page: 1 });
    }

    boxKey(e) {
      const open = !this.suggList.hidden;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (open) this.moveSugg(1); else this.focusHit(0);
      } else if (e.key === 'ArrowUp' && open) { e.preventDefault(); this.moveSugg(-1); }
      else if (e.key === 'Enter' && open && this.active >= 0) { e.preventDefault(); this.choose(this.active); }
      // Esc closes the suggestions and nothing else: Chromium's search field would also clear itself on Esc, which
      // silently ran a search for everything and redrew the results under a keyboard user.
      else if (e.key === 'Escape') { e.preventDefault(); if (open) this.closeSugg(); }
    }

    // The reading view: a result opened in place, in a modal dialog over the results, which stay as they were (and
    // where they were). The address says what is open (#search?…&open=ID), so the view can be shared and reloaded;
    // Esc, "Back to results" and the browser's back button all return to the same results.

    docHref(id) {
      if (this.useHash) return HASH + this.toQuery({ ...this.s, open: id }, false).toString();
      return `${this.endpoint}/read/${encodeURIComponent(id)}${this.s.q ? '?q=' + encodeURIComponent(this.s.q) : ''}`;
    }

    clickDoc(e, id) {
      // A new tab or window (middle click, Ctrl/Cmd/Shift+click) gets the link's own address.
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      this.openDoc(id);
    }

    openDoc(id) {
      if (!id || id === this.s.open) return this.showReader();
      this.s.open = id;
      this.writeHash('push');
      this.showReader();
    }

    closeDoc() {
      if (!this.s.open) return this.hideReader();
      const state = history.state && typeof history.state === 'object' ? history.state : {};
      // Back over every reading-view entry since the results (the view of a shared link has none: it is replaced).
      if (this.useHash && state.swReader > 0 && location.hash === this.hashed) return history.go(-state.swReader);
      this.s.open = '';
      this.writeHash('replace');
      this.hideReader();
    }

    buildReader() {
      const hid = this.id_ + '-rt';
      this.rhead = el('h2', { id: hid, class: 'rtitle', tabindex: '-1' });
      this.rbody = el('div', { class: 'rbody' });
      this.dlg = el('dialog', {
        class: 'reader', part: 'reader', 'aria-labelledby': hid,
        // Esc: the dialog's cancel. Closing is the address's business (history), so the dialog does not close itself.
        oncancel: e => { e.preventDefault(); this.closeDoc(); },
        onclose: () => { if (this.s.open) this.closeDoc(); },
        onclick: e => { if (e.target === this.dlg) this.closeDoc(); } // the backdrop
      },
      el('div', { class: 'rbar' },
        el('button', { type: 'button', class: 'rclose', onclick: () => this.closeDoc() }, el('span', { 'aria-hidden': 'true', text: '← ' }), 'Back to results'),
        el('span', { class: 'n', text: 'Esc to close' })),
      el('article', { class: 'rdoc' }, this.rhead, this.rbody));
      this.shadowRoot.append(this.dlg);
    }

    showReader() {
      const id = this.s.open;
      if (!id) return this.hideReader();
      if (!this.dlg) this.buildReader();
      if (!this.dlg.open) {
        this.scrollAt = [scrollX, scrollY];
        this.openedFrom = id;
        this.dlg.showModal();
        this.dispatchEvent(new CustomEvent('reading-view', { detail: { id } }));
      }
      if (this.shown === id + '\n' + this.s.q) return this.rhead.focus();
      this.loadDoc(id, this.s.q);
    }

    hideReader() {
      if (this.rctl) this.rctl.abort();
      this.shown = '';
      if (!this.dlg || !this.dlg.open) return;
      const [x, y] = this.scrollAt || [scrollX, scrollY];
      this.dlg.close();
      // Back where the reader left: on the result that was opened (or the box), and at the same scroll position.
      const link = this.links().find(a => a.dataset.doc === this.openedFrom);
      (link || this.input).focus({ preventScroll: true });
      if (scrollX !== x || scrollY !== y) scrollTo(x, y);
    }

    async loadDoc(id, q) {
      if (this.rctl) this.rctl.abort();
      const ctl = this.rctl = new AbortController();
      this.shown = id + '\n' + this.s.q;
      this.rhead.textContent = 'Loading…';
      this.rbody.replaceChildren();
      this.dlg.setAttribute('aria-busy', 'true');
      try {
        const d = await this.get('/api/documents/' + encodeURIComponent(id), q ? new URLSearchParams({ q }) : null, ctl.signal);
        if (ctl !== this.rctl) return;
        this.renderDoc(d);
        this.dlg.scrollTop = 0;
        this.rhead.focus({ preventScroll: true });
        this.loadRelated(d.id || id, ctl);
      } catch (e) {
        if (ctl !== this.rctl) return;
        if (e.status === 400 && q) return this.loadDoc(id, ''); // a query the service refuses: the text, unmarked
        this.failDoc(id, e);
      } finally {
        if (ctl === this.rctl) this.dlg.removeAttribute('aria-busy');
      }
    }

    renderDoc(d) {
      const hl = d.highlighted || {}, listing = d.kind === 'listing';
      const byIndex = list => new Map((list || []).map(x => [x.index, x.html]));
      const paras = byIndex(hl.paragraphs), quotes = byIndex(hl.quotes);
      setMarked(this.rhead, hl.title, d.title || 'Untitled');
      let source = null;
      try {
        const u = new URL(d.url);
        if (u.protocol === 'https:' || u.protocol === 'http:') {
          source = el('a', { class: 'src', href: u.href, target: this.getAttribute('target') || '_blank', rel: 'noopener' },
            'Original on ' + u.hostname, el('span', { class: 'vh', text: ' (opens in a new tab)' }));
        }
      } catch { /* no URL, or not one to follow */ }
      const kids = [el('div', { class: 'meta' },
        listing && el('span', { class: 'tag', text: 'News listing' }),
        d.date && el('time', { datetime: d.date, text: fmtDate(d.date) }),
        d.department && el('span', { class: 'dept', text: d.department }),
        source)];
      if (d.summary) kids.push(setMarked(el('p', { class: 'rsum' }), hl.summary, d.summary));
      if ((d.quotes || []).length) {
        kids.push(el('section', { class: 'rquotes', 'aria-labelledby': this.id_ + '-rq' }, el('h3', { id: this.id_ + '-rq', text: 'Quotations' }),
          d.quotes.map(q => {
            // The quotation groups' line ("also in N documents · first on DATE in DEPARTMENT") goes in this slot.
            const slot = el('p', { class: 'qgroup', 'data-quote-group': `${d.id}#q${q.index}`, hidden: true });
            this.quoteGroup(slot, d, q);
            return el('figure', { class: 'rquote', 'data-quote': String(q.index) },
              setMarked(el('blockquote', {}), quotes.get(q.index), q.text),
              el('figcaption', {}, q.speaker ? el('span', { class: 'speaker', text: q.speaker }) : el('span', { class: 'n', text: 'Speaker not named' }),
                el('button', { type: 'button', class: 'link', text: `In paragraph ${q.paragraph + 1}`, onclick: () => this.showParagraph(q.paragraph) })),
              slot);
          })));
      }
      if ((d.paragraphs || []).length) {
        kids.push(el('section', { class: 'rtext', 'aria-label': 'Full text' },
          d.paragraphs.map(p => setMarked(el('p', { 'data-p': String(p.index) }), paras.get(p.index), p.text))));
      }
      const chips = (dim, label, values) => (values || []).length ? el('section', { class: 'rfacet', 'data-facet': dim },
        el('h3', { text: label }),
        el('ul', { class: 'rchips', role: 'list' }, values.map(v => el('li', {}, el('button', {
          type: 'button', class: 'rchip', 'data-dim': dim, 'data-value': v, onclick: () => this.filterBy(dim, v)
        }, v, el('span', { class: 'vh', text: `, search releases with this ${dim === 'actor' ? 'person' : 'country'}` })))))) : null;
      kids.push(chips('actor', 'People', d.actors), chips('nation', 'Countries', d.nations));
      this.relList = el('ul', { class: 'rel' });
      this.related = el('section', { class: 'related', 'aria-labelledby': this.id_ + '-rr', hidden: true },
        el('h3', { id: this.id_ + '-rr', text: 'Related releases' }), this.relList);
      kids.push(this.related);
      this.rbody.replaceChildren(...kids.filter(Boolean));
    }

    /** Fills a quotation's slot in the reading view with where else its words were said; nothing when nowhere else. */
    async quoteGroup(slot, doc, quote) {
      try {
        const o = await this.get(`/api/quotes/${encodeURIComponent(`${doc.id}#q${quote.index}`)}/occurrences`);
        if (!(o.documents > 1) || !slot.isConnected) return;
        slot.textContent = groupLine(o.documents, o.occurrences && o.occurrences[0]);
        slot.hidden = false;
      } catch { /* the line is extra: without it the quotation still reads */ }
    }

    showParagraph(index) {
      const p = this.rbody.querySelector(`.rtext p[data-p="${index}"]`);
      if (!p) return;
      for (const o of this.rbody.querySelectorAll('.rtext p.at')) o.classList.remove('at');
      p.classList.add('at');
      p.setAttribute('tabindex', '-1');
      p.focus({ preventScroll: true });
      p.scrollIntoView({ block: 'center' });
    }

    // A person or country of the release starts a search of everything filtered by it (the view closes).
    filterBy(dim, value) {
      for (const p of Object.values(this.panels)) if (p.q) p.q.value = '';
      this.set({ q: '', f: { [dim]: [value] }, from: '', to: '', page: 1, open: '' });
    }

    async loadRelated(id, ctl) {
      try {
        const r = await this.get(`/api/documents/${encodeURIComponent(id)}/related`, new URLSearchParams({ limit: '5' }), ctl.signal);
        const hits = (r && r.hits) || [];
        if (ctl !== this.rctl || !hits.length) return;
        this.relList.replaceChildren(...hits.map(h => {
          const rid = h.documentId || h.id;
          return el('li', {},
            el('a', { href: this.docHref(rid), 'data-doc': rid, onclick: e => this.clickDoc(e, rid), text: h.title || 'Untitled' }),
            el('div', { class: 'meta' },
              h.date && el('time', { datetime: h.date, text: fmtDate(h.date) }),
              h.department && el('span', { text: h.department }),
              h.kind === 'listing' && el('span', { class: 'tag', text: 'News listing' })));
        }));
        this.related.hidden = false;
      } catch { /* related releases are extra: a service without them, or a failure, leaves them out */ }
    }

    failDoc(id, e) {
      const missing = e.status === 404;
      this.rhead.textContent = missing ? 'Release not found' : 'This release could not be loaded';
      const box = el('div', { class: missing ? 'empty' : 'error' },
        el('p', { text: missing ? `No release with the id “${id}” is in the index: it may have been removed.` : (e.status ? `The search service answered with an error (${e.status}). ${e.detail || ''}` : `The search service at ${this.endpoint} could not be reached.`) }),
        missing ? null : el('button', { type: 'button', class: 'link', text: 'Try again', onclick: () => this.loadDoc(id, this.s.q) }));
      this.rbody.replaceChildren(box);
      this.rhead.focus({ preventScroll: true });
    }

    links() { return [...this.hits.querySelectorAll('.hit > a')]; }

    focusHit(i) { const l = this.links(); if (l[i]) l[i].focus(); }

    hitKey(e) {
      const l = this.links(), i = l.indexOf(this.shadowRoot.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown') { e.preventDefault(); this.focusHit(Math.min(i + 1, l.length - 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); if (i === 0) this.input.focus(); else this.focusHit(i - 1); }
      else if (e.key === 'Escape') { e.preventDefault(); this.input.focus(); }
    }
  }

  customElements.define('search-widget', SearchWidget);
})();
