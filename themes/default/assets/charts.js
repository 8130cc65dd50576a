// Chart downloads: each chart as SVG or PNG and its data as CSV, made in the page from the chart on screen and
// its data table (partials/charts/figure.cshtml), so they work offline and from disk, with no library.
(function () {
  'use strict';
  var SVG_NS = 'http://www.w3.org/2000/svg';

  function visibleSvg(figure) {
    var all = figure.querySelectorAll('svg.chart');
    for (var i = 0; i < all.length; i++) { if (getComputedStyle(all[i]).display !== 'none') { return all[i]; } }
    return all[0];
  }

  function name(figure) {
    var caption = figure.querySelector('figcaption');
    var title = caption && caption.firstChild ? caption.firstChild.textContent.trim() : figure.getAttribute('data-chart');
    var heading = document.querySelector('main h1');
    var base = (heading ? heading.textContent.trim() + ' ' : '') + title;
    return base.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  }

  function save(blob, file) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = file;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  // A standalone SVG: the theme's CSS (fonts, colours, hidden series) written onto the elements, on white.
  function standalone(svg) {
    var copy = svg.cloneNode(true);
    copy.setAttribute('xmlns', SVG_NS);
    copy.removeAttribute('class');
    var originals = svg.querySelectorAll('*'), copies = copy.querySelectorAll('*');
    for (var i = 0; i < originals.length; i++) {
      var style = getComputedStyle(originals[i]), tag = originals[i].tagName.toLowerCase();
      if (style.display === 'none') { copies[i].setAttribute('display', 'none'); }
      if (tag === 'text') {
        copies[i].setAttribute('font-family', style.fontFamily);
        copies[i].setAttribute('font-size', style.fontSize);
        copies[i].setAttribute('fill', style.fill);
      } else if (tag === 'line' && originals[i].getAttribute('class')) {
        copies[i].setAttribute('stroke', style.stroke);
        copies[i].setAttribute('stroke-width', style.strokeWidth);
      }
    }
    var box = svg.viewBox.baseVal;
    var background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', box.width);
    background.setAttribute('height', box.height);
    background.setAttribute('fill', '#fff');
    copy.insertBefore(background, copy.querySelector('title').nextSibling.nextSibling);
    return { text: '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy), width: box.width, height: box.height };
  }

  function png(svg, file) {
    var image = standalone(svg), scale = 2;
    var picture = new Image();
    picture.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(image.width * scale);
      canvas.height = Math.round(image.height * scale);
      var context = canvas.getContext('2d');
      context.drawImage(picture, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) { save(blob, file); }, 'image/png');
    };
    picture.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(image.text);
  }

  // RFC 4180 with a BOM, as the site's CSV files; text a spreadsheet would run as a formula gets a leading '.
  function field(text) {
    if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?[0-9]+(\.[0-9]+)?%?$/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csv(figure) {
    var rows = figure.querySelectorAll('.chart-data table tr');
    var lines = [];
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].hidden) { continue; }
      var cells = rows[i].querySelectorAll('th, td');
      lines.push(Array.prototype.map.call(cells, function (c) { return field(c.textContent.trim()); }).join(','));
    }
    return new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
  }

  Array.prototype.forEach.call(document.querySelectorAll('figure[data-chart]'), function (figure) {
    var bar = figure.querySelector('.chart-downloads');
    if (!bar) { return; }
    [['svg', function () { save(new Blob([standalone(visibleSvg(figure)).text], { type: 'image/svg+xml' }), name(figure) + '.svg'); }],
     ['png', function () { png(visibleSvg(figure), name(figure) + '.png'); }],
     ['csv', function () { save(csv(figure), name(figure) + '.csv'); }]].forEach(function (kind) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chart-download-' + kind[0];
      button.textContent = bar.getAttribute('data-label-' + kind[0]);
      button.addEventListener('click', kind[1]);
      bar.appendChild(button);
    });
    bar.hidden = false;
  });
})();
