// The report page: a finding's marker opens its message on tap or click and closes on Escape (hover and keyboard
// focus show it without this script); a link to a finding in the collapsed 数据核对 list opens the list first.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function close(button) {
    button.setAttribute("aria-expanded", "false");
  }

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
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
