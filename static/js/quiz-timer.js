/* Aula: the time left in a timed quiz attempt.
 * Progressive enhancement: without this script the page still says when the attempt is due.
 * Markup (templates/capacitacion/attempt.html):
 *   <div data-quiz-timer data-deadline="Unix seconds" data-one data-many data-less data-over>
 *     <p data-quiz-timer-clock hidden></p>            visible clock, updated quietly
 *     <p role="status" data-quiz-timer-announce></p>  spoken only at the moments below
 * Focus is never moved. No dependencies. */
(function () {
  "use strict";
  var ANNOUNCE_AT = [10, 5, 1]; // minutes left

  function start(box) {
    // Unix seconds: every browser reads them the same (ISO dates with microseconds, not all).
    var deadline = Number(box.getAttribute("data-deadline")) * 1000;
    var clock = box.querySelector("[data-quiz-timer-clock]");
    var announce = box.querySelector("[data-quiz-timer-announce]");
    if (!deadline || !clock || !announce) { return; }
    var said = {};
    var timer;

    function message(minutes, secondsLeft) {
      if (secondsLeft <= 0) { return box.getAttribute("data-over"); }
      if (minutes < 1) { return box.getAttribute("data-less"); }
      if (minutes === 1) { return box.getAttribute("data-one"); }
      return box.getAttribute("data-many").replace("{minutes}", String(minutes));
    }

    function tick() {
      var secondsLeft = Math.round((deadline - Date.now()) / 1000);
      // Whole minutes, rounded up: "3 minutes left" until 2:00 is reached.
      var minutes = Math.max(0, Math.ceil(secondsLeft / 60));
      var text = message(secondsLeft < 60 ? 0 : minutes, secondsLeft);
      clock.textContent = text;
      clock.hidden = false;
      var moment = secondsLeft <= 0 ? "over" : (ANNOUNCE_AT.indexOf(minutes) !== -1 ? String(minutes) : null);
      if (moment && !said[moment]) {
        said[moment] = true;
        announce.textContent = text;
      }
      if (secondsLeft <= 0) { window.clearInterval(timer); }
    }

    tick();
    // The clock shows minutes, so a few updates a minute are enough.
    timer = window.setInterval(tick, 15000);
  }

  function init() {
    var boxes = document.querySelectorAll("[data-quiz-timer]");
    for (var i = 0; i < boxes.length; i++) { start(boxes[i]); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
