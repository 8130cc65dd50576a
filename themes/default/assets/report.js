// The report page: a finding's marker opens its message on tap or click and closes on Escape (hover and keyboard
// focus show it without this script); a link to a finding in the collapsed 数据核对 list opens the list first.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function close(button) {
    button.setAttribute("aria-expanded", "false");
  }

  // Below the marker, or above it near the window's bottom; inside the window sideways.
  function place(marker) {
    var tip = marker.querySelector(".finding-tip");
    var button = marker.querySelector(".finding-mark");
    if (!tip || !button) return;
    var at = button.getBoundingClientRect();
    var width = tip.offsetWidth || 288;
    var height = tip.offsetHeight || 120;
    tip.style.left = Math.max(8, Math.min(at.right - width, window.innerWidth - width - 8)) + "px";
    tip.style.top = (at.bottom + 4 + height > window.innerHeight && at.top - 4 - height > 0 ? at.top - 4 - height : at.bottom + 4) + "px";
  }

  ["mouseover", "focusin", "click"].forEach(function (kind) {
    document.addEventListener(kind, function (event) {
      var marker = event.target.closest ? event.target.closest(".finding-marker") : null;
      if (marker) { place(marker); window.requestAnimationFrame(function () { place(marker); }); }
    });
  });
  window.addEventListener("scroll", function () {
    document.querySelectorAll(".finding-marker").forEach(function (marker) {
      if (marker.matches(":hover, :focus-within") || marker.querySelector('[aria-expanded="true"]')) place(marker);
    });
  }, true);

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".finding-mark") : null;
    document.querySelectorAll('.finding-mark[aria-expanded="true"]').forEach(function (open) {
      if (open !== button) close(open);
    });
    if (button) {
      button.parentElement.classList.remove("dismissed");
      button.setAttribute("aria-expanded", button.getAttribute("aria-expanded") === "true" ? "false" : "true");
    }
  });

  // WCAG 1.4.13: a message shown on hover or focus can be dismissed without moving the pointer or the focus.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".finding-marker").forEach(function (marker) {
      if (marker.matches(":hover, :focus-within") || marker.querySelector('[aria-expanded="true"]')) {
        marker.classList.add("dismissed");
        close(marker.querySelector(".finding-mark"));
      }
    });
  });
  document.addEventListener("focusin", function (event) {
    var marker = event.target.closest ? event.target.closest(".finding-marker") : null;
    if (marker) marker.classList.remove("dismissed");
  });

  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    if (target && target.closest("details")) target.scrollIntoView();
  }
  // Phone: the parts of the report fold (a button on each heading), a sticky contents bar jumps between them,
  // a table that still scrolls sideways says so. Without this script everything is shown, unfolded.
  var narrow = window.matchMedia("(max-width: 40rem)");
  var article = document.querySelector("article.report");
  var parts = article ? Array.prototype.slice.call(article.querySelectorAll(":scope > section.part[id]:not(#checks)")) : [];

  function setOpen(part, open) {
    part.classList.toggle("collapsed", !open);
    var toggle = part.querySelector(":scope > h2 > .part-toggle");
    if (toggle) toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  parts.forEach(function (part) {
    var heading = part.querySelector(":scope > h2");
    if (!heading) return;
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "part-toggle";
    toggle.setAttribute("aria-controls", part.id);
    while (heading.firstChild) toggle.appendChild(heading.firstChild);
    heading.appendChild(toggle);
    toggle.addEventListener("click", function () { setOpen(part, part.classList.contains("collapsed")); hints(); });
    setOpen(part, !narrow.matches);
  });

  var toc = document.querySelector("nav.toc");
  if (article && toc) desktopBar(toc);
  if (article && toc && narrow.matches) {
    var bar = document.createElement("details");
    bar.className = "toc-sticky";
    var summary = document.createElement("summary");
    summary.textContent = (document.getElementById("toc-heading") || {}).textContent || "";
    bar.appendChild(summary);
    var list = document.createElement("ol");
    toc.querySelectorAll(":scope > ol > li > a").forEach(function (link) {
      var item = document.createElement("li");
      var copy = link.cloneNode(true);
      copy.addEventListener("click", function () { bar.open = false; });
      item.appendChild(copy);
      list.appendChild(item);
    });
    bar.appendChild(list);
    article.insertBefore(bar, article.firstChild);
  }

  // Desktop: once the contents list has scrolled away, a bar fixed at the top lists the report's parts and marks
  // the one being read, so a reader deep in a table can jump to another part without scrolling back.
  function desktopBar(toc) {
    var bar = document.createElement("div");
    bar.className = "toc-bar";
    bar.hidden = true;
    var inner = document.createElement("div");
    inner.className = "toc-bar-inner";
    var label = document.createElement("a");
    label.className = "toc-bar-label";
    label.href = "#toc-heading";
    label.textContent = (document.getElementById("toc-heading") || {}).textContent || "";
    inner.appendChild(label);
    var list = document.createElement("ol");
    var entries = [];
    toc.querySelectorAll(":scope > ol > li > a").forEach(function (link) {
      var item = document.createElement("li");
      var copy = link.cloneNode(true);
      item.appendChild(copy);
      list.appendChild(item);
      var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
      if (target) entries.push({ link: copy, target: target });
    });
    inner.appendChild(list);
    bar.appendChild(inner);
    document.body.appendChild(bar);

    var pending = false;
    function update() {
      pending = false;
      var wide = !narrow.matches;
      bar.hidden = !wide || toc.getBoundingClientRect().bottom > 0;
      if (bar.hidden) return;
      // A part counts as being read once its heading is past the bar and the scroll margin a jump leaves above it.
      var line = bar.offsetHeight + 64;
      var current = null;
      entries.forEach(function (entry) {
        if (entry.target.offsetParent !== null && entry.target.getBoundingClientRect().top <= line) current = entry;
      });
      entries.forEach(function (entry) {
        if (entry === current) entry.link.setAttribute("aria-current", "location");
        else entry.link.removeAttribute("aria-current");
      });
    }
    function schedule() {
      if (!pending) { pending = true; window.requestAnimationFrame(update); }
    }
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    update();
  }

  function hints() {
    var text = article && article.getAttribute("data-scroll-hint");
    if (!text) return;
    document.querySelectorAll(".table-scroll").forEach(function (box) {
      var hint = box.previousElementSibling && box.previousElementSibling.classList.contains("scroll-hint") ? box.previousElementSibling : null;
      var scrolls = box.offsetParent !== null && box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !hint) {
        hint = document.createElement("p");
        hint.className = "scroll-hint";
        hint.textContent = text;
        box.parentNode.insertBefore(hint, box);
      }
      if (hint) hint.hidden = !scrolls;
    });
    // A coded table's name column sticks beside its code column, however wide the codes are.
    document.querySelectorAll("table.coded").forEach(function (table) {
      var row = table.querySelector("tbody tr");
      var width = 0;
      if (row) row.querySelectorAll("td.code").forEach(function (cell) { width += cell.offsetWidth; });
      table.style.setProperty("--name-left", width + "px");
    });
  }

  var openTargetFirst = openTarget;
  openTarget = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    for (var node = target; node; node = node.parentElement) {
      if (node.classList && node.classList.contains("collapsed")) setOpen(node, true);
    }
    // A cell of a printed table shown in its phone form instead: go to the same cell there.
    if (target && target.offsetParent === null) {
      var twin = document.querySelector('[data-cell="' + id + '"]');
      if (twin && twin.offsetParent !== null) {
        document.querySelectorAll(".twin-target").forEach(function (e) { e.classList.remove("twin-target"); });
        twin.classList.add("twin-target");
        twin.scrollIntoView();
      }
    }
    openTargetFirst();
    hints();
  };
  window.addEventListener("hashchange", openTarget);
  window.addEventListener("resize", hints);
  openTarget();
})();
