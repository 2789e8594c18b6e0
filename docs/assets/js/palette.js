// The light/dark toggle (overrides/partials/palette.html), in place of Material's palette component,
// which restyles the whole page once as it starts. This touches the page only when the palette has to
// change, and keeps Material's storage format, so Material's inline script restores the choice on load.
(function () {
  var form = document.querySelector("form[data-roadmap-palette]");
  if (!form) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input"));
  // overrides/main.html starts the color-scheme meta with the right scheme; changing it restyles
  // every element, so it is written only when the scheme really changes.
  var colorScheme = document.querySelector("meta[name=color-scheme]");
  var themeColor = document.createElement("meta");
  themeColor.name = "theme-color";
  document.head.append(themeColor);

  function colorOf(input) {
    var color = {};
    ["media", "scheme", "primary", "accent"].forEach(function (key) {
      color[key] = input.getAttribute("data-md-color-" + key);
    });
    return color;
  }

  function describeBrowserChrome() {
    var header = window.getComputedStyle(document.querySelector("[data-md-component=header]"));
    var rgb = header.backgroundColor.match(/\d+/g).slice(0, 3);
    themeColor.content = "#" + rgb.map(function (c) { return (+c).toString(16).padStart(2, "0"); }).join("");
    if (colorScheme.content !== header.colorScheme) colorScheme.content = header.colorScheme;
  }

  function show(index) {
    var color = colorOf(inputs[index]);
    Object.keys(color).forEach(function (key) {
      var name = "data-md-color-" + key;
      if (document.body.getAttribute(name) !== color[key]) document.body.setAttribute(name, color[key]);
    });
    inputs.forEach(function (input, i) {
      input.checked = i === index;
      var label = input.nextElementSibling;
      if (label instanceof HTMLElement) label.hidden = i !== index;
    });
    __md_set("__palette", { index: index, color: color });
    requestAnimationFrame(describeBrowserChrome);
  }

  form.addEventListener("change", function (event) {
    document.body.setAttribute("data-md-color-switching", ""); // Material's CSS: no colour transitions
    show(inputs.indexOf(event.target));
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { document.body.removeAttribute("data-md-color-switching"); });
    });
  });
  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    var next = inputs[(inputs.findIndex(function (input) { return input.checked; }) + 1) % inputs.length];
    next.click();
    next.focus();
    event.preventDefault();
  });

  show(window.__roadmap_palette); // chosen in <head> by overrides/main.html
})();
