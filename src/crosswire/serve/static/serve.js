// Enhancement only: every page works without it. On an article page, a citation's span
// (#s-<start>-<end>) lights up whole (a span split by overlapping marks has several
// pieces) and scrolls into view; so does a statement picked from the list below the text.
(function () {
  "use strict";
  var lit = [];

  function show(key) {
    if (!/^s-\d+-\d+$/.test(key)) { return false; }
    var first = document.getElementById(key);
    if (!first) { return false; }
    lit.forEach(function (el) { el.classList.remove("current"); });
    lit = Array.prototype.slice.call(document.querySelectorAll('[data-span="' + key + '"]'));
    lit.forEach(function (el) { el.classList.add("current"); });
    for (var d = first.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) {
      d.open = true;
    }
    first.scrollIntoView({ block: "center" });
    return true;
  }

  window.addEventListener("hashchange", function () { show(location.hash.slice(1)); });
  if (location.hash) { show(location.hash.slice(1)); }
})();
