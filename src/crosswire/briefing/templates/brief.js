(function () {
  "use strict";
  var current = [];

  // Open every <details> around el so it can be scrolled to.
  function reveal(el) {
    for (var d = el.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      d.open = true;
    }
  }

  // Scroll to the first span of ``keys`` (space-separated ids) and flash every piece of
  // each (a span split by overlapping marks has several); a statement's speaker and cue
  // light up with it.
  function show(keys) {
    var ids = keys.split(/\s+/).filter(Boolean);
    var first = ids.length ? document.getElementById(ids[0]) : null;
    if (!first) { return false; }
    current.forEach(function (el) { el.classList.remove("current", "flash"); });
    var selectors = [];
    ids.forEach(function (key) {
      selectors.push('[data-span="' + key + '"]');
      var n = /^st-(\d+)$/.exec(key);
      if (n) { selectors.push('[data-span="sp-' + n[1] + '"]', '[data-span="cue-' + n[1] + '"]'); }
    });
    current = Array.prototype.slice.call(document.querySelectorAll(selectors.join(", ")));
    if (first.tagName === "ARTICLE") { current.push(first); }
    reveal(first);
    first.scrollIntoView({ block: "center" });
    current.forEach(function (el) {
      void el.offsetWidth;  // restart the animation on a repeated click
      el.classList.add("current", "flash");
    });
    return true;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-target]");
    if (link && show(link.getAttribute("data-target"))) {
      event.preventDefault();
      history.replaceState(null, "", link.getAttribute("href"));
    }
  });

  var filter = document.getElementById("filter");
  if (filter) {
    var blocks = Array.prototype.slice.call(document.querySelectorAll(".speaker"));
    var texts = null;
    filter.addEventListener("input", function () {
      texts = texts || blocks.map(function (b) { return b.textContent.toLowerCase(); });
      var words = filter.value.toLowerCase().trim();
      blocks.forEach(function (b, i) { b.hidden = words !== "" && texts[i].indexOf(words) < 0; });
    });
  }

  // Sortable tables: a click on a heading sorts by that column, again to reverse.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.addEventListener("click", function () {
        var numeric = th.classList.contains("num");
        var sign = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", sign > 0 ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent, y = b.cells[column].textContent;
          return sign * (numeric ? x - y : x.localeCompare(y));
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  if (/^#(st|ev)-\d+$/.test(location.hash)) { show(location.hash.slice(1)); }
})();
