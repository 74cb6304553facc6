/* Aula: load a video or audio player only when the learner asks for it.
 * Progressive enhancement: without this script, lesson media blocks show a plain link.
 * Markup (templates/cursos/blocks/video.html, audio.html):
 *   <button hidden data-media-play="video|audio" data-embed="URL" data-title="...">
 * Safe to include more than once. No dependencies. */
(function () {
  "use strict";
  if (window.aulaMediaEmbed) { return; }
  window.aulaMediaEmbed = true;

  function isHttp(url) {
    return /^https?:\/\//i.test(url);
  }

  function withAutoplay(url) {
    try {
      var u = new URL(url);
      u.searchParams.set("autoplay", "1");
      return u.toString();
    } catch (e) {
      return url + (url.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
    }
  }

  function videoPlayer(url, title) {
    var frame = document.createElement("div");
    frame.className = "media__frame";
    var iframe = document.createElement("iframe");
    iframe.src = withAutoplay(url);
    iframe.title = title;
    iframe.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture");
    iframe.setAttribute("allowfullscreen", "");
    /* YouTube refuses to play without a Referer; the site default is same-origin. */
    iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.appendChild(iframe);
    return { wrapper: frame, focusable: iframe };
  }

  function audioPlayer(url, title) {
    var audio = document.createElement("audio");
    audio.className = "media__audio";
    audio.controls = true;
    audio.autoplay = true;
    audio.src = url;
    audio.setAttribute("aria-label", title);
    return { wrapper: audio, focusable: audio };
  }

  function play(button) {
    var url = button.getAttribute("data-embed") || "";
    if (!isHttp(url)) { return; }
    var title = button.getAttribute("data-title") || "";
    var kind = button.getAttribute("data-media-play");
    var player = kind === "audio" ? audioPlayer(url, title) : videoPlayer(url, title);
    button.parentNode.replaceChild(player.wrapper, button);
    player.focusable.focus();
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest("button[data-media-play]") : null;
    if (button) {
      event.preventDefault();
      play(button);
    }
  });

  function ready() {
    var buttons = document.querySelectorAll("button[data-media-play][hidden]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].hidden = false;
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
