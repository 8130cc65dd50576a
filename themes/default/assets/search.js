// Portal site search. Reads the index Portal writes under search/ (src/Portal.Build/Search): the key
// rules below mirror SearchKeys.cs, the shard hash ShardHash.cs and the handle layout SegmentHandle.cs.
// Only the files a query needs are fetched: pages.bin once, one shard per key, the text chunks of the
// results on screen. UI strings come from the page (data-msg-*), so the theme can translate them.
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) { return; }
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var departmentFilter = document.getElementById('search-department');
  var yearFilter = document.getElementById('search-year');
  var more = document.getElementById('search-more');
  var root = form.getAttribute('data-root') || '../';
  var PAGE_SIZE = 10, MAX_WORD_KEY = 12, MAX_KEYS = 8, VERIFY_ALL_UP_TO = 24;
  var files = new Map();
  var fromDisk = location.protocol === 'file:';
  var run = 0;
  var current = null;

  function message(name, values) {
    var text = form.getAttribute('data-msg-' + name) || '';
    return text.replace(/\{(\w+)\}/g, function (_, key) { return values && key in values ? values[key] : ''; });
  }

  // ---- index files: gzip JSON, inflated here unless a server already did ----
  function load(path) {
    if (!files.has(path)) {
      files.set(path, fetch(path).then(function (response) {
        if (!response.ok) { throw new Error(path + ' ' + response.status); }
        return response.arrayBuffer();
      }).then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
          var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
          return new Response(stream).text().then(JSON.parse);
        }
        return JSON.parse(new TextDecoder().decode(bytes));
      }));
    }
    return files.get(path);
  }

  // ---- keys: the same rules as SearchKeys.cs ----
  function fold(text) { return text.replace(/[A-Z]/g, function (c) { return c.toLowerCase(); }); }
  var letterOrNumber = /^[\p{L}\p{N}]$/u;
  function isWide(c) { return c.charCodeAt(0) > 0x7f && letterOrNumber.test(c); }
  function isDigit(c) { return c >= '0' && c <= '9'; }
  function isWordChar(c) { return (c >= 'a' && c <= 'z') || isDigit(c); }
  function words(text) {
    var out = [], i = 0;
    while (i < text.length) {
      if (!isWordChar(text[i])) { i++; continue; }
      var start = i;
      while (i < text.length && (isWordChar(text[i]) ||
        (text[i] === '.' && i > start && isDigit(text[i - 1]) && i + 1 < text.length && isDigit(text[i + 1])))) { i++; }
      out.push(text.slice(start, i));
    }
    return out;
  }
  function queryKeys(part) {
    var keys = [];
    for (var i = 0; i + 1 < part.length; i++) {
      if (isWide(part[i]) && isWide(part[i + 1])) { keys.push(part.substr(i, 2)); }
    }
    words(part).forEach(function (w) { keys.push(w.length > MAX_WORD_KEY ? w.slice(0, MAX_WORD_KEY) : w); });
    if (keys.length === 0) {
      for (var j = 0; j < part.length; j++) { if (isWide(part[j])) { keys.push(part[j]); } }
    }
    return Array.from(new Set(keys));
  }
  // More keys only narrow the candidates further; the text check below keeps results exact.
  function spread(keys) {
    if (keys.length <= MAX_KEYS) { return keys; }
    var picked = [];
    for (var i = 0; i < MAX_KEYS; i++) { picked.push(keys[Math.round(i * (keys.length - 1) / (MAX_KEYS - 1))]); }
    return Array.from(new Set(picked));
  }
  function shardOf(key, shards) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0) % shards;
  }

  // ---- postings ----
  function postings(key, meta) {
    return load('k/' + shardOf(key, meta.shards) + '.bin').then(function (shard) {
      var deltas = shard[key] || [], handles = new Array(deltas.length), sum = 0;
      for (var i = 0; i < deltas.length; i++) { sum += deltas[i]; handles[i] = sum; }
      return handles;
    });
  }
  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) { i++; } else { j++; }
    }
    return out;
  }
  function pageOf(h) { return Math.floor(h / 16384); }
  function segmentOf(h) { return Math.floor(h / 4) % 4096; }
  function kindOf(h) { return h % 4; }
  // Kinds (SegmentKind.cs): 0 title, 1 heading, 2 table row, 3 text. Headings and rows rank alike.
  var WEIGHT = [0, 1, 1, 2];
  function rankOf(h) { return WEIGHT[kindOf(h)]; }

  function candidates(parts, meta) {
    return Promise.all(parts.map(function (part) {
      return Promise.all(spread(part.keys).map(function (key) { return postings(key, meta); }))
        .then(function (lists) {
          lists.sort(function (a, b) { return a.length - b.length; });
          return lists.reduce(intersect);
        });
    })).then(function (perPart) {
      var byPage = new Map();
      perPart.forEach(function (handles, p) {
        handles.forEach(function (h) {
          var page = pageOf(h);
          if (!byPage.has(page)) { byPage.set(page, parts.map(function () { return []; })); }
          byPage.get(page)[p].push(h);
        });
      });
      var pages = [];
      byPage.forEach(function (handles, page) {
        if (handles.every(function (hs) { return hs.length > 0; })) {
          var all = [].concat.apply([], handles);
          pages.push({ page: page, handles: handles, best: Math.min.apply(null, all.map(rankOf)), count: all.length });
        }
      });
      // Title hits, then heading and table-row hits, then running text; then more hits; then newer years.
      pages.sort(function (a, b) {
        return a.best - b.best || b.count - a.count || meta.pages[b.page][3] - meta.pages[a.page][3] || a.page - b.page;
      });
      return pages;
    });
  }

  // ---- verifying a candidate page against its text, and its best segment for link and snippet ----
  function segmentText(meta, handle) {
    var page = pageOf(handle), segment = segmentOf(handle);
    return load('t/' + page + '-' + Math.floor(segment / meta.chunk) + '.bin').then(function (chunk) {
      var at = segment % meta.chunk, entry = chunk[at];
      // [anchor, text, section]: the section heading is written only where it changes within the chunk.
      var section = '';
      for (var i = at; i >= 0; i--) { if (chunk[i].length > 2) { section = chunk[i][2]; break; } }
      return { handle: handle, anchor: entry[0], text: entry[1], section: section };
    });
  }
  // Every candidate segment of the page is read: the page is a result when each part is in one of them, and
  // every segment holding a part is a hit, listed under the page in document order.
  function verify(candidate, parts, meta) {
    if (candidate.verified !== undefined) { return Promise.resolve(candidate); }
    var handles = Array.from(new Set([].concat.apply([], candidate.handles))).sort(function (a, b) { return a - b; });
    return Promise.all(handles.map(function (h) { return segmentText(meta, h); })).then(function (segments) {
      var found = parts.map(function () { return false; });
      var hits = segments.filter(function (s) {
        var text = fold(s.text), any = false;
        parts.forEach(function (part, p) { if (text.indexOf(part.text) >= 0) { found[p] = true; any = true; } });
        return any;
      });
      candidate.verified = found.every(Boolean);
      if (candidate.verified) {
        // The page's own title is the result's link: it is a hit of its own only when nothing else on the page matched.
        var listed = hits.filter(function (hit) { return kindOf(hit.handle) !== 0; });
        candidate.hits = listed.length > 0 ? listed : hits;
        candidate.count = candidate.hits.length;
        candidate.segment = hits.slice().sort(function (a, b) { return kindOf(a.handle) - kindOf(b.handle) || a.handle - b.handle; })[0];
      }
      return candidate;
    });
  }

  // ---- showing results ----
  function snippet(text, parts) {
    var folded = fold(text), ranges = [];
    parts.forEach(function (part) {
      for (var at = folded.indexOf(part.text); at >= 0; at = folded.indexOf(part.text, at + part.text.length)) {
        ranges.push([at, at + part.text.length]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, first - 30), end = Math.min(text.length, start + 120);
    var fragment = document.createDocumentFragment(), cursor = start;
    if (start > 0) { fragment.appendChild(document.createTextNode('…')); }
    ranges.forEach(function (r) {
      if (r[0] < cursor || r[1] > end) { return; }
      fragment.appendChild(document.createTextNode(text.slice(cursor, r[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(r[0], r[1]);
      fragment.appendChild(mark);
      cursor = r[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(cursor, end) + (end < text.length ? '…' : '')));
    return fragment;
  }
  var HITS_SHOWN = 5;
  function hitItem(hit, page, parts) {
    var item = document.createElement('li');
    if (hit.section && hit.section !== page[1]) {
      var section = document.createElement('span');
      section.className = 'hit-section';
      section.textContent = hit.section;
      item.appendChild(section);
      item.appendChild(document.createTextNode(' '));
    }
    var link = document.createElement('a');
    link.href = root + page[0] + (hit.anchor ? '#' + hit.anchor : '');
    link.appendChild(snippet(hit.text, parts));
    item.appendChild(link);
    return item;
  }
  function render(candidate, parts, meta) {
    var page = meta.pages[candidate.page];
    var item = document.createElement('li');
    item.className = 'search-result';
    var link = document.createElement('a');
    link.href = root + page[0] + (candidate.segment.anchor ? '#' + candidate.segment.anchor : '');
    link.className = 'result-title';
    link.textContent = page[1];
    item.appendChild(link);
    var facts = [];
    if (page[2] >= 0 && meta.departments[page[2]] !== page[1]) { facts.push(meta.departments[page[2]]); }
    if (page[3] > 0) { facts.push(message('year', { y: page[3] })); }
    facts.push(message('places', { n: candidate.count }));
    var meta_ = document.createElement('p');
    meta_.className = 'result-meta';
    meta_.textContent = facts.join(' · ');
    item.appendChild(meta_);
    // Every hit of the page, each on its own line under its section; past the first few, behind a toggle.
    var hits = document.createElement('ol');
    hits.className = 'result-hits';
    candidate.hits.slice(0, HITS_SHOWN).forEach(function (hit) { hits.appendChild(hitItem(hit, page, parts)); });
    item.appendChild(hits);
    if (candidate.hits.length > HITS_SHOWN) {
      var rest = document.createElement('details');
      rest.className = 'result-more-hits';
      var summary = document.createElement('summary');
      summary.textContent = message('more-hits', { n: candidate.hits.length - HITS_SHOWN });
      rest.appendChild(summary);
      var restList = document.createElement('ol');
      restList.className = 'result-hits';
      restList.start = HITS_SHOWN + 1;
      candidate.hits.slice(HITS_SHOWN).forEach(function (hit) { restList.appendChild(hitItem(hit, page, parts)); });
      rest.appendChild(restList);
      item.appendChild(rest);
    }
    return item;
  }

  // Shows verified results until PAGE_SIZE more are on screen or the candidates run out.
  function showMore(state, id) {
    var shown = 0;
    function step() {
      if (id !== run) { return Promise.resolve(); }
      if (shown >= PAGE_SIZE || state.next >= state.pages.length) { return Promise.resolve(); }
      var batch = state.pages.slice(state.next, state.next + PAGE_SIZE - shown);
      state.next += batch.length;
      return Promise.all(batch.map(function (c) { return verify(c, state.parts, state.meta); })).then(function () {
        if (id !== run) { return; }
        batch.forEach(function (c) {
          if (c.verified) { list.appendChild(render(c, state.parts, state.meta)); shown++; state.shown++; }
        });
        return step();
      });
    }
    return step().then(function () {
      if (id !== run) { return; }
      more.hidden = state.next >= state.pages.length;
      announce(state);
    });
  }
  function announce(state) {
    var q = state.parts.map(function (p) { return p.raw; }).join(' ');
    var verifiedCount = state.pages.filter(function (c) { return c.verified; }).length;
    if (state.exact || state.pages.every(function (c) { return c.verified !== undefined; })) {
      var total = state.exact ? state.pages.length : verifiedCount;
      status.textContent = total === 0 ? message('none', { q: q }) : message('count', { n: total });
    } else {
      status.textContent = message('approx', { n: state.pages.length, q: q, shown: state.shown });
    }
  }

  function parse(query) {
    return fold(query).split(/\s+/).filter(Boolean).map(function (text, i) {
      return { text: text, raw: query.trim().split(/\s+/)[i], keys: queryKeys(text) };
    }).filter(function (p) { return p.keys.length > 0; });
  }

  function search(query) {
    var id = ++run;
    list.textContent = '';
    more.hidden = true;
    var parts = parse(query);
    if (parts.length === 0) {
      current = null;
      if (filtersFilled) { count(null); }
      status.textContent = query.trim() ? message('none', { q: query.trim() }) : message('empty');
      return Promise.resolve();
    }
    if (fromDisk) {
      // A browser does not let a page opened from disk read other files: say so instead of failing on every key.
      status.textContent = message('file');
      return Promise.resolve();
    }
    status.textContent = message('loading');
    return load('pages.bin').then(function (meta) {
      fillFilters(meta);
      return candidates(parts, meta).then(function (all) {
        if (id !== run) { return; }
        // A query made of single keys that equal it (a bigram, one character, one short word) is
        // answered by the postings alone; otherwise small result sets are checked in full.
        var exact = parts.every(function (p) { return p.keys.length === 1 && p.keys[0] === p.text; });
        var checkAll = !exact && all.length <= VERIFY_ALL_UP_TO;
        var ready = checkAll
          ? Promise.all(all.map(function (c) { return verify(c, parts, meta); })).then(function () { return all.filter(function (c) { return c.verified; }); })
          : Promise.resolve(all);
        return ready.then(function (pages) {
          if (id !== run) { return; }
          count(pages, meta, !exact && !checkAll);
          var department = departmentFilter.value, year = yearFilter.value;
          pages = pages.filter(function (c) { return matches(meta.pages[c.page], department, year); });
          current = { parts: parts, meta: meta, pages: pages, next: 0, shown: 0, exact: exact || checkAll };
          return showMore(current, id);
        });
      });
    }).catch(function (error) {
      // fetch() rejects with a TypeError when the index cannot be reached at all (offline, blocked, file://).
      if (id === run) { status.textContent = message(error instanceof TypeError ? 'unreachable' : 'error', { error: error.message }); }
    });
  }

  function matches(page, department, year) {
    return (department === '' || String(page[2]) === department) && (year === '' || String(page[3]) === year);
  }
  // Each filter option says how many results it would show, given the other filter ("约" while unchecked).
  function count(pages, meta, approximate) {
    function label(select, other, key) {
      Array.from(select.options).forEach(function (option) {
        if (!option.hasAttribute('data-label')) { option.setAttribute('data-label', option.text); }
        if (!pages) { option.text = option.getAttribute('data-label'); return; }
        var n = pages.filter(function (c) {
          var page = meta.pages[c.page];
          return key === 'department' ? matches(page, option.value, other.value) : matches(page, other.value, option.value);
        }).length;
        option.text = message(approximate ? 'option-approx' : 'option', { label: option.getAttribute('data-label'), n: n });
      });
    }
    label(departmentFilter, yearFilter, 'department');
    label(yearFilter, departmentFilter, 'year');
  }

  var filtersFilled = false;
  function fillFilters(meta) {
    if (filtersFilled) { return; }
    filtersFilled = true;
    var wanted = new URLSearchParams(location.search);
    meta.departments.forEach(function (name, i) { departmentFilter.add(new Option(name, String(i))); });
    Array.from(new Set(meta.pages.map(function (p) { return p[3]; }).filter(Boolean)))
      .sort(function (a, b) { return b - a; })
      .forEach(function (y) { yearFilter.add(new Option(message('year', { y: y }), String(y))); });
    var department = meta.departments.indexOf(wanted.get('department') || '');
    if (department >= 0) { departmentFilter.value = String(department); }
    if (wanted.get('year')) { yearFilter.value = wanted.get('year'); }
  }

  function remember() {
    var params = new URLSearchParams();
    if (input.value.trim()) { params.set('q', input.value.trim()); }
    if (departmentFilter.value) { params.set('department', departmentFilter.options[departmentFilter.selectedIndex].text); }
    if (yearFilter.value) { params.set('year', yearFilter.value); }
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function update() { remember(); search(input.value); }
  input.addEventListener('input', update);
  departmentFilter.addEventListener('change', update);
  yearFilter.addEventListener('change', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
  // One page of results at a time: a second click while the first page is still being verified would take the next
  // candidates too, and the first to finish would hide the button while the other's results are still arriving.
  more.addEventListener('click', function () {
    if (!current || more.disabled) { return; }
    var firstNew = list.children.length;
    more.disabled = true;
    showMore(current, run).then(function () {
      more.disabled = false;
      var link = list.children[firstNew] && list.children[firstNew].querySelector('a');
      if (link) { link.focus(); }
    });
  });

  var initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  if (fromDisk) {
    status.textContent = message('file');
    return;
  }
  if (initial || new URLSearchParams(location.search).get('department')) {
    load('pages.bin').then(fillFilters).then(function () { search(initial); });
  } else {
    status.textContent = message('empty');
  }
  input.focus();
})();
