// 数据核对: the filters (部门, 年度, 类别) apply from the address (?department=…&year=…&severity=…), so a filtered
// view can be linked to; changing a filter updates the address and the list at once. A site past a page of reports
// has further pages (checks/2/ …): the filters apply to this page's reports and go along to the others.
(function () {
  "use strict";
  var form = document.querySelector(".checks-filter");
  if (!form) return;
  var names = ["department", "year", "severity"];
  var shown = form.querySelector(".checks-shown");

  function apply() {
    var want = {};
    names.forEach(function (name) { want[name] = form.elements[name].value; });
    var count = 0;
    document.querySelectorAll(".checks-report").forEach(function (report) {
      var inReport = (!want.department || report.dataset.department === want.department) && (!want.year || report.dataset.year === want.year);
      var visible = 0;
      report.querySelectorAll(".finding").forEach(function (item) {
        var on = inReport && (!want.severity || item.dataset.severity === want.severity);
        item.hidden = !on;
        if (on) visible++;
      });
      report.hidden = !inReport || (want.severity && visible === 0);
      count += visible;
    });
    document.querySelectorAll(".checks-department").forEach(function (department) {
      department.hidden = !department.querySelector(".checks-report:not([hidden])");
    });
    document.querySelectorAll(".checks-summary tbody tr").forEach(function (row) {
      row.hidden = (want.department && row.dataset.department !== want.department) || (want.year && row.dataset.year !== want.year);
    });
    shown.hidden = false;
    shown.textContent = shown.dataset.template.replace("{0}", count);
    // The other pages of the listing open with the same filters.
    var search = location.search;
    document.querySelectorAll("nav.pager a").forEach(function (link) {
      link.search = search;
    });
  }

  function fromAddress() {
    var query = new URLSearchParams(location.search);
    names.forEach(function (name) {
      var select = form.elements[name];
      var value = query.get(name) || "";
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; }) ? value : "";
    });
    apply();
  }

  form.addEventListener("change", function () {
    var query = new URLSearchParams();
    names.forEach(function (name) { if (form.elements[name].value) query.set(name, form.elements[name].value); });
    var search = query.toString();
    history.replaceState(null, "", location.pathname + (search ? "?" + search : "") + location.hash);
    apply();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); form.dispatchEvent(new Event("change")); });
  fromAddress();
})();
