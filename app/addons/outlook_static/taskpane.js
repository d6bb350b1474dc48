/* RightNote's Outlook task pane: the entry module. Plain modern JavaScript in ES modules, no
 * framework and no build step.
 *
 *   office-item.js     the Office adapter: the message being composed, promisified
 *   sign-in.js         none in local mode; else nested app auth, Office SSO or a sign-in dialog
 *   api-client.js      RightNote's API with the bearer token
 *   compose-form.js    the suggestion, its inputs, the draft, the voice check, insert, stand down
 *   autodraft-panel.js connect / disconnect Outlook for auto-drafts, delete my data
 *
 * The pane reads config.json (how to sign in, and the scenario names the server uses), signs in,
 * then hands over to the compose form and the auto-draft panel.
 */
import { apiUrl } from "./api-client.js";
import { loadAutodraft, wireAutodraftPanel } from "./autodraft-panel.js";
import { refresh, startCompose, suggestAndWatch } from "./compose-form.js";
import { $, setStatus, show } from "./dom.js";
import { composing } from "./office-item.js";
import { setUpSignIn, wireSignInButtons } from "./sign-in.js";

async function start() {
  // legacy-check.js has found a webview that cannot run the pane and said so already.
  if (window.__rightnoteUnsupported) return;
  if (!window.Office || typeof Office.onReady !== "function") {
    setStatus("Open RightNote from the RightNote button while writing a message in Outlook.",
      "error");
    return;
  }
  await Office.onReady();
  if (!composing()) {
    setStatus("Open RightNote while writing a message: it works on the note you compose.",
      "error");
    return;
  }
  let config = null;
  try {
    const response = await fetch(apiUrl("outlook/config.json"), { credentials: "omit" });
    // A proxy's error page or a server in trouble is no configuration: never go on without
    // knowing how to sign in.
    if (response.ok) config = await response.json();
  } catch {
    config = null;
  }
  if (!config || typeof config.auth !== "string") {
    setStatus("RightNote's server could not be reached. Check your connection and reopen " +
      "the pane.", "error");
    return;
  }
  if (config.auth === "unavailable") {
    setStatus("Microsoft sign-in is not set up on this RightNote server.", "error");
    return;
  }
  if (config.auth === "microsoft") {
    try {
      await setUpSignIn(config.msal);
    } catch (error) {
      setStatus(error.message, "error");
      return;
    }
  }
  wireSignInButtons(() => refresh({ full: true }));
  wireAutodraftPanel();
  try {
    await startCompose(config.scenarios || [], config.max_body_bytes);
  } catch (error) {
    setStatus(`Outlook did not share the message: ${error.message}`, "error");
    return;
  }
  if (config.auth === "local") {
    $("mode").textContent = "Running locally: no sign-in needed.";
    show("mode", true);
  }
  await suggestAndWatch();
  loadAutodraft().catch(() => null); // the status is secondary: a failure hides nothing else
}

start().catch((error) => setStatus(`Something went wrong: ${error.message || error}`, "error"));
