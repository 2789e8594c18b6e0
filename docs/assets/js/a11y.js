// Material puts the copy button of every code block in an unnamed <nav>. A page full of unnamed
// navigation landmarks confuses screen-reader users (axe: landmark-unique); the button alone is enough.
(function () {
  function demoteCodeNavs(root) {
    root.querySelectorAll(".md-code__nav:not([role])").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
  }
  new MutationObserver(function () {
    demoteCodeNavs(document);
  }).observe(document.documentElement, { childList: true, subtree: true });
  demoteCodeNavs(document);
})();
