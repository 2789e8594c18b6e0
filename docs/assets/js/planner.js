// The pace planner: fit the chosen tracks' plans to a start date and a weekly budget of hours, show
// the week-by-week schedule and finish date, and export it as an iCalendar (RFC 5545) file.
// Everything runs in the browser from assets/plans.json; nothing is sent anywhere.
(function () {
  "use strict";

  var MAX_HOURS = 80; // more than this a week is not a study plan
  var DAY = 24 * 60 * 60 * 1000;

  // Dates are handled as UTC midnights so that daylight-saving changes never shift a day.
  function parseDate(text) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    if (!match) return null;
    var date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    return date.getUTCDate() === +match[3] ? date : null;
  }

  function isoDate(date) {
    return date.toISOString().slice(0, 10);
  }

  function addDays(date, days) {
    return new Date(date.getTime() + days * DAY);
  }

  // Check the form's values; return {tracks, start, hours} or throw an Error to show as it is.
  function validate(input) {
    if (!input.tracks || input.tracks.length === 0) {
      throw new Error("Choose at least one track.");
    }
    var start = parseDate(input.start);
    if (!start) {
      throw new Error("Pick a start date.");
    }
    var hours = Number(input.hours);
    if (!isFinite(hours) || String(input.hours).trim() === "" || hours <= 0) {
      throw new Error("Enter how many hours a week you can study: a number above zero.");
    }
    if (hours > MAX_HOURS) {
      throw new Error("More than " + MAX_HOURS + " hours a week is not sustainable; enter at most " + MAX_HOURS + ".");
    }
    return { tracks: input.tracks, start: start, hours: hours };
  }

  // Lay the chosen tracks' items end to end and cut them into weeks of `hours` each. An item longer
  // than what is left of a week carries over into the next ones.
  function schedule(plans, input) {
    var chosen = validate(input);
    var items = [];
    plans.tracks.forEach(function (track) {
      if (chosen.tracks.indexOf(track.track) === -1) return;
      track.weeks.forEach(function (week) {
        week.items.forEach(function (item) {
          items.push(Object.assign({ track: track.title, planWeek: week.week }, item));
        });
      });
    });
    var total = items.reduce(function (sum, item) { return sum + item.hours; }, 0);
    var count = Math.max(1, Math.ceil(total / chosen.hours - 1e-9));
    var weeks = [];
    for (var n = 1; n <= count; n += 1) {
      weeks.push({ week: n, start: addDays(chosen.start, 7 * (n - 1)), end: addDays(chosen.start, 7 * n - 1), items: [] });
    }
    var elapsed = 0;
    items.forEach(function (item) {
      var first = Math.floor(elapsed / chosen.hours + 1e-9);
      elapsed += item.hours;
      var last = Math.ceil(elapsed / chosen.hours - 1e-9) - 1;
      for (var w = first; w <= Math.max(first, last); w += 1) weeks[w].items.push(item);
    });
    return { weeks: weeks, totalHours: total, hours: chosen.hours, start: chosen.start, finish: weeks[weeks.length - 1].end };
  }

  // --- iCalendar ------------------------------------------------------------------------------

  function escapeText(text) {
    return String(text).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  }

  // Fold content lines longer than 75 octets (RFC 5545, 3.1), never splitting a UTF-8 character.
  function fold(line) {
    var encoder = new TextEncoder();
    var out = [];
    var current = "";
    var size = 0;
    Array.from(line).forEach(function (character) {
      var bytes = encoder.encode(character).length;
      if (size + bytes > (out.length ? 74 : 75)) {
        out.push(current);
        current = "";
        size = 0;
      }
      current += character;
      size += bytes;
    });
    out.push(current);
    return out.join("\r\n ");
  }

  function compactDate(date) {
    return isoDate(date).replace(/-/g, "");
  }

  function stamp(now) {
    return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  }

  function toICS(plan, siteRoot, now) {
    var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LLM Roadmap//Pace planner//EN",
                 "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:LLM Roadmap study plan"];
    plan.weeks.forEach(function (week) {
      var tracks = [];
      week.items.forEach(function (item) { if (tracks.indexOf(item.track) === -1) tracks.push(item.track); });
      var description = week.items.map(function (item) {
        var url = item.url ? new URL(item.url, siteRoot).href : "";
        return "- " + item.title + " (" + item.hours + " h, " + item.kind + ")" + (url ? " " + url : "");
      }).join("\n");
      lines.push("BEGIN:VEVENT",
        "UID:" + compactDate(plan.start) + "-week-" + week.week + "-" + plan.hours + "h@llm-roadmap",
        "DTSTAMP:" + stamp(now),
        "DTSTART;VALUE=DATE:" + compactDate(week.start),
        "DTEND;VALUE=DATE:" + compactDate(addDays(week.end, 1)),
        "SUMMARY:" + escapeText("LLM Roadmap week " + week.week + ": " + tracks.join(", ")),
        "DESCRIPTION:" + escapeText("About " + plan.hours + " h of study this week:\n" + description),
        "TRANSP:TRANSPARENT",
        "END:VEVENT");
    });
    lines.push("END:VCALENDAR");
    return lines.map(fold).join("\r\n") + "\r\n";
  }

  // --- The page --------------------------------------------------------------------------------

  function showSchedule(result, container, siteRoot) {
    // Made here, not when the script loads: the first Intl formatter loads locale data, a 25-100 ms
    // task that every page would pay for a planner only one page has.
    var formatter = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    var rows = result.weeks.map(function (week) {
      var items = week.items.map(function (item) {
        var title = item.url ? '<a href="' + new URL(item.url, siteRoot).href + '">' + escapeHtml(item.title) + "</a>" : escapeHtml(item.title);
        return "<li>" + title + ' <span class="plan-hours">' + item.hours + " h</span></li>";
      }).join("");
      return "<tr><th scope=\"row\">" + week.week + "</th><td>" + formatter.format(week.start) + " to " +
        formatter.format(week.end) + "</td><td><ul>" + items + "</ul></td></tr>";
    }).join("");
    container.innerHTML =
      '<p class="planner-summary"><strong>' + result.weeks.length + " weeks</strong>, " +
      Math.round(result.totalHours * 10) / 10 + " h of study at " + result.hours + " h a week: from " +
      formatter.format(result.start) + ' to <strong id="planner-finish" data-date="' + isoDate(result.finish) + '">' +
      formatter.format(result.finish) + "</strong>.</p>" +
      '<p><button type="button" class="md-button md-button--primary" id="planner-ics">Download the calendar (.ics)</button></p>' +
      '<div class="md-typeset__table"><table class="planner-table"><thead><tr><th scope="col">Week</th>' +
      '<th scope="col">Dates</th><th scope="col">Study</th></tr></thead><tbody>' + rows + "</tbody></table></div>";
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function mount() {
    var form = document.getElementById("planner-form");
    if (!form || form.dataset.bound) return;
    form.dataset.bound = "true";
    var dataUrl = new URL(form.dataset.plans, window.location.href);
    var siteRoot = new URL("../", dataUrl);
    var error = document.getElementById("planner-error");
    var output = document.getElementById("planner-result");
    var plansPromise = fetch(dataUrl).then(function (response) { return response.json(); });
    var current = null;
    form.hidden = false;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var input = {
        tracks: Array.from(form.querySelectorAll("input[name=track]:checked")).map(function (box) { return box.value; }),
        start: form.elements.start.value,
        hours: form.elements.hours.value,
      };
      plansPromise.then(function (plans) {
        try {
          current = schedule(plans, input);
        } catch (problem) {
          current = null;
          error.textContent = problem.message;
          output.innerHTML = "";
          return;
        }
        error.textContent = "";
        showSchedule(current, output, siteRoot);
        document.getElementById("planner-ics").addEventListener("click", function () {
          window.roadmapProgress.download("llm-roadmap-plan.ics", toICS(current, siteRoot, new Date()), "text/calendar");
        });
      });
    });
  }

  window.roadmapPlanner = { validate: validate, schedule: schedule, toICS: toICS, fold: fold };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mount);
  } else {
    document.addEventListener("DOMContentLoaded", mount);
  }
})();
