/* Runs before taskpane.js, in the oldest JavaScript (ES3/ES5) on purpose: classic Outlook on
 * older Windows builds hosts add-ins in Internet Explorer 11 or the old Edge (EdgeHTML), which
 * cannot even parse the pane's modern script and would show a frozen "Reading your message...".
 * Here the syntax the pane uses is only parsed (never run); if parsing fails the pane says why
 * and what to do, and taskpane.js is told not to start (IE11 ignores the pane's ES modules
 * entirely; the old Edge loads them and fails to parse them).
 */
(function () {
  "use strict";
  var probe =
    "var f = async (a, ...rest) => { const { b = 1, ...c } = a ?? {}; " +
    "let d = a?.e ?? `${b}`; for await (const x of []) {} return [...rest, d, c]; };";
  var supported = true;
  try {
    // Parsing only: the function is never called.
    new Function(probe);
  } catch (error) {
    supported = false;
  }
  if (supported) return;
  window.__rightnoteUnsupported = true;
  var show = function () {
    var status = document.getElementById("status");
    if (!status) return;
    status.className = "status error";
    status.innerText =
      "This version of Outlook runs add-ins in an old browser engine (Internet Explorer or " +
      "the original Edge) that RightNote cannot use. Use Outlook on the web or the new " +
      "Outlook, or update Office (Microsoft 365 Version 2304 or later) and Windows so Outlook " +
      "uses Microsoft Edge WebView2.";
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
