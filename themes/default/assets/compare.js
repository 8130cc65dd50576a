// Compare pages: sort by a column and choose departments; both are kept in the URL
// (?d=slug&d=slug&sort=2022&order=desc) so a comparison can be shared. Without this script the page
// shows the full table.
(function () {
  'use strict';
  var form = document.querySelector('form[data-compare]');
  var table = document.getElementById('compare-table');
  if (!form || !table) { return; }
  document.documentElement.classList.add('js');
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="d"]'));
  var state = { sort: null, order: 'asc' };

  function value(row, index) {
    var cell = row.cells[index];
    var raw = cell.getAttribute('data-value') || '';
    return headers[index].getAttribute('data-type') === 'num' ? (raw === '' ? null : parseFloat(raw)) : raw;
  }

  function sort() {
    var index = headers.findIndex(function (h) { return h.getAttribute('data-key') === state.sort; });
    headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
    if (index < 0) { return; }
    var sign = state.order === 'desc' ? -1 : 1;
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, index), y = value(b, index);
      if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1); }
      return (typeof x === 'number' ? x - y : x.localeCompare(y, 'zh-CN')) * sign;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    headers[index].setAttribute('aria-sort', state.order === 'desc' ? 'descending' : 'ascending');
  }

  function filter() {
    var shown = {};
    boxes.forEach(function (b) { shown[b.value] = b.checked; });
    Array.prototype.forEach.call(body.rows, function (r) { r.hidden = !shown[r.getAttribute('data-dept')]; });
    chart(shown);
  }

  // The chart shows the chosen departments only: their bars close up (rows are BarChart.RowHeight = 40 apart,
  // below a margin of 10) and the chart's height follows; its data table hides the same rows.
  var ROW = 40, MARGIN = 10;
  function chart(shown) {
    Array.prototype.forEach.call(document.querySelectorAll('figure[data-chart] svg.chart'), function (svg) {
      var visible = 0;
      Array.prototype.forEach.call(svg.querySelectorAll('g[data-series]'), function (g) {
        var on = !!shown[g.getAttribute('data-series')];
        g.style.display = on ? '' : 'none';
        if (on) {
          g.setAttribute('transform', 'translate(0 ' + (visible - parseInt(g.getAttribute('data-row'), 10)) * ROW + ')');
          visible++;
        }
      });
      var height = visible * ROW + 2 * MARGIN, box = svg.viewBox.baseVal;
      svg.setAttribute('viewBox', '0 0 ' + box.width + ' ' + height);
      svg.setAttribute('height', height);
      var axis = svg.querySelector('line.axis');
      if (axis) { axis.setAttribute('y2', MARGIN + visible * ROW); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('figure[data-chart] tr[data-series]:not([data-series=""])'), function (r) {
      r.hidden = !shown[r.getAttribute('data-series')];
    });
  }

  function save() {
    var params = new URLSearchParams();
    var checked = boxes.filter(function (b) { return b.checked; });
    if (checked.length < boxes.length) { checked.forEach(function (b) { params.append('d', b.value); }); }
    if (state.sort) { params.set('sort', state.sort); params.set('order', state.order); }
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
    carry();
  }

  // The other pages of a long table open sorted the same way; the departments chosen are this page's own.
  function carry() {
    var sorted = new URLSearchParams();
    if (state.sort) { sorted.set('sort', state.sort); sorted.set('order', state.order); }
    var search = sorted.toString();
    Array.prototype.forEach.call(document.querySelectorAll('nav.pager a'), function (link) { link.search = search; });
  }

  var params = new URLSearchParams(location.search);
  var chosen = params.getAll('d');
  if (chosen.length > 0) { boxes.forEach(function (b) { b.checked = chosen.indexOf(b.value) >= 0; }); }
  state.sort = params.get('sort');
  state.order = params.get('order') === 'desc' ? 'desc' : 'asc';

  headers.forEach(function (h) {
    var button = document.createElement('button');
    button.type = 'button';
    while (h.firstChild) { button.appendChild(h.firstChild); }
    h.appendChild(button);
    button.addEventListener('click', function () {
      var key = h.getAttribute('data-key');
      state.order = state.sort === key && state.order === 'asc' ? 'desc' : 'asc';
      state.sort = key;
      sort();
      save();
    });
  });

  form.addEventListener('change', function () { filter(); save(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  sort();
  filter();
  carry();
})();
