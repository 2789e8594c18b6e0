// Progress without an account. Every plan item and lesson has a stable id; a tick stores that id,
// with the time it was ticked, in this browser's localStorage. Export writes the same record to a
// file, import merges a file in (never removing a tick), and a stored record that cannot be read is
// kept aside under another key instead of being overwritten.
(function () {
  "use strict";

  var KEY = "llm-roadmap/progress";
  var FORMAT = "llm-roadmap-progress";
  var VERSION = 1;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  // Validate a progress record (parsed or as text); return its ticks or throw an Error whose message
  // can be shown to the learner as it is.
  function parseRecord(input) {
    var record = input;
    if (typeof input === "string") {
      try {
        record = JSON.parse(input);
      } catch (error) {
        throw new Error("This file is not valid JSON, so it cannot be a progress file.");
      }
    }
    if (!record || typeof record !== "object" || record.format !== FORMAT) {
      throw new Error("This is not an LLM Roadmap progress file (it may come from another site).");
    }
    if (record.version !== VERSION) {
      throw new Error("This progress file has version " + record.version + "; this site reads version " + VERSION + ".");
    }
    var done = record.done;
    if (!done || typeof done !== "object" || Array.isArray(done)) {
      throw new Error("This progress file is damaged: it has no list of ticked items.");
    }
    Object.keys(done).forEach(function (id) {
      if (!ID.test(id) || typeof done[id] !== "string" || isNaN(Date.parse(done[id]))) {
        throw new Error("This progress file is damaged: the entry '" + id + "' is not a valid tick.");
      }
    });
    return done;
  }

  function makeRecord(done) {
    return { format: FORMAT, version: VERSION, saved: new Date().toISOString(), done: done };
  }

  function load() {
    var raw = window.localStorage.getItem(KEY);
    if (raw === null) return {};
    try {
      return parseRecord(raw);
    } catch (error) {
      window.localStorage.setItem(KEY + "/unreadable-" + Date.now(), raw);
      window.localStorage.removeItem(KEY);
      return {};
    }
  }

  function save(done) {
    window.localStorage.setItem(KEY, JSON.stringify(makeRecord(done)));
  }

  function setDone(id, isDone) {
    var done = load();
    if (isDone) {
      done[id] = done[id] || new Date().toISOString();
    } else {
      delete done[id];
    }
    save(done);
    render();
  }

  // Merge the ticks of a progress file into the stored ones. Throws, leaving progress untouched,
  // when the file is not a valid progress file.
  function importText(text) {
    var incoming = parseRecord(text);
    var done = load();
    var added = 0;
    Object.keys(incoming).forEach(function (id) {
      if (!done[id]) {
        done[id] = incoming[id];
        added += 1;
      }
    });
    save(done);
    render();
    return { total: Object.keys(incoming).length, added: added };
  }

  function exportText() {
    return JSON.stringify(makeRecord(load()), null, 2);
  }

  function reset() {
    window.localStorage.removeItem(KEY);
    render();
  }

  function hoursText(value) {
    return (Math.round(value * 10) / 10) + " h";
  }

  function render() {
    var done = load();
    document.querySelectorAll("input.progress-tick").forEach(function (box) {
      box.hidden = false;
      var label = box.closest(".lesson-done");
      if (label) label.hidden = false;
      box.checked = Boolean(done[box.dataset.item]);
      var item = box.closest(".plan-item");
      if (item) item.classList.toggle("plan-item--done", box.checked);
    });
    document.querySelectorAll(".track-progress").forEach(function (bar) {
      var total = 0;
      var finished = 0;
      var count = 0;
      bar.dataset.items.split(" ").forEach(function (pair) {
        var parts = pair.split(":");
        var hours = parseFloat(parts[1]);
        total += hours;
        if (done[parts[0]]) {
          finished += hours;
          count += 1;
        }
      });
      bar.hidden = false;
      bar.querySelector("progress").value = finished;
      bar.querySelector(".track-progress__text").textContent =
        hoursText(finished) + " of " + hoursText(total) + " (" + count + " items done)";
    });
  }

  function status(message, isError) {
    var element = document.getElementById("progress-status");
    if (!element) return;
    element.textContent = message;
    element.classList.toggle("progress-status--error", Boolean(isError));
  }

  function download(name, text, type) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function bindControls() {
    var exportButton = document.getElementById("progress-export");
    var importInput = document.getElementById("progress-import");
    var resetButton = document.getElementById("progress-reset");
    if (exportButton && !exportButton.dataset.bound) {
      exportButton.dataset.bound = "true";
      exportButton.addEventListener("click", function () {
        var day = new Date().toISOString().slice(0, 10);
        download("llm-roadmap-progress-" + day + ".json", exportText(), "application/json");
        status("Exported " + Object.keys(load()).length + " ticked items.");
      });
    }
    if (importInput && !importInput.dataset.bound) {
      importInput.dataset.bound = "true";
      importInput.addEventListener("change", function () {
        var file = importInput.files[0];
        if (!file) return;
        file.text().then(function (text) {
          try {
            var result = importText(text);
            status("Imported " + result.total + " ticked items, " + result.added + " of them new. Nothing was removed.");
          } catch (error) {
            status(error.message + " Your progress has not been changed.", true);
          }
          importInput.value = "";
        });
      });
    }
    if (resetButton && !resetButton.dataset.bound) {
      resetButton.dataset.bound = "true";
      resetButton.addEventListener("click", function () {
        var count = Object.keys(load()).length;
        if (window.confirm("Remove all " + count + " ticks from this browser? Export them first if you may want them back.")) {
          reset();
          status("Progress reset: no items are ticked.");
        } else {
          status("Reset cancelled: your progress is unchanged.");
        }
      });
    }
  }

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box instanceof HTMLInputElement && box.classList.contains("progress-tick")) {
      setDone(box.dataset.item, box.checked);
    }
  });
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) render();
  });

  function mount() {
    render();
    bindControls();
  }

  window.roadmapProgress = {
    KEY: KEY, parseRecord: parseRecord, load: load, setDone: setDone, importText: importText,
    exportText: exportText, reset: reset, render: render, download: download,
  };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mount); // Material's instant navigation swaps pages without a reload
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
