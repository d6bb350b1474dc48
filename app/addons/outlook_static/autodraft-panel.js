/* The auto-draft panel: whether Outlook is connected (on, paused: reconnect, or off), connect,
 * disconnect and delete my data.
 *
 * GET /v1/connections gives the status. "Connect" asks POST /v1/connect/microsoft for a
 * short-lived link and opens it in an Office dialog (a new window outside Office); the panel then
 * re-reads the status until it changes. Disconnect (DELETE /v1/connections/{id}) and delete my
 * data (DELETE /v1/me) confirm first.
 */
import { call, post } from "./api-client.js";
import { $, show } from "./dom.js";
import { openDialog } from "./office-item.js";

const WATCH_MS = 3000;
const WATCH_FOR_MS = 180000;
const panel = { connection: null, confirming: null, watch: null };

function render(connection) {
  panel.connection = connection;
  const status = connection ? connection.status : "off";
  const on = status === "active" && connection.auto_drafts;
  const paused = status === "needs_reauth";
  let text;
  if (on) {
    text = `On: after each interview, drafts wait in the Drafts folder of ${
      connection.email || "your mailbox"}. Nothing is ever sent for you.`;
  } else if (paused) {
    text = "Paused: Microsoft no longer accepts RightNote's access to your mailbox. " +
      "Reconnect to resume auto-drafts.";
  } else {
    text = "Off. Connect Outlook and RightNote puts one draft per interviewer in your Drafts " +
      "folder after each interview. Nothing is ever sent for you.";
  }
  $("autodraft-status").textContent = text;
  $("autodraft-connect").textContent = paused ? "Reconnect" : "Connect Outlook";
  show("autodraft-connect", !on);
  show("autodraft-disconnect", on || paused);
  show("autodraft", true);
  return on ? "on" : paused ? "paused" : "off";
}

export async function loadAutodraft() {
  const listed = await call("GET", "v1/connections");
  const mine = (listed.connections || []).filter((c) => c.provider === "microsoft" &&
    c.status !== "disconnected");
  return render(mine[0] || null);
}

function watchUntilChanged(from) {
  // The sign-in happens in another window: look again until the status changes.
  clearInterval(panel.watch);
  const until = Date.now() + WATCH_FOR_MS;
  panel.watch = setInterval(async () => {
    let now;
    try {
      now = await loadAutodraft();
    } catch {
      return;
    }
    if (now !== from || Date.now() > until) clearInterval(panel.watch);
  }, WATCH_MS);
}

function openConnectWindow(url) {
  const opened = openDialog(url, { height: 70, width: 40 }, (dialog) => {
    if (!dialog) {
      window.open(url, "_blank", "noopener");
      return;
    }
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
      loadAutodraft().catch(() => null); // closed by the user: read the status now
    });
  });
  if (!opened) window.open(url, "_blank", "noopener");
}

function confirm(kind) {
  panel.confirming = kind;
  $("autodraft-question").textContent = kind === "disconnect"
    ? "RightNote will delete its keys to your mailbox and its calendar subscription, and " +
      "cancel the auto-drafts it had planned. Drafts already in Outlook stay. Disconnect?"
    : "RightNote will end its access and delete everything it keeps for you: interviews, " +
      "interviewers, your notes and pending auto-drafts. This cannot be undone. Delete?";
  $("autodraft-yes").textContent = kind === "disconnect" ? "Yes, disconnect"
    : "Yes, delete everything";
  show("autodraft-confirm", true);
  $("autodraft-yes").focus();
}

export function wireAutodraftPanel() {
  $("autodraft-connect").addEventListener("click", async () => {
    $("autodraft-connect").disabled = true;
    $("autodraft-result").textContent = "";
    try {
      const before = panel.connection && panel.connection.status === "needs_reauth"
        ? "paused" : "off";
      const link = await post("v1/connect/microsoft", {});
      openConnectWindow(link.url);
      $("autodraft-result").textContent = "Sign in in the window that opened, then close it.";
      watchUntilChanged(before);
    } catch (error) {
      $("autodraft-result").textContent = `Connecting did not start: ${error.message}`;
    } finally {
      $("autodraft-connect").disabled = false;
    }
  });

  $("autodraft-disconnect").addEventListener("click", () => confirm("disconnect"));
  $("autodraft-delete").addEventListener("click", () => confirm("delete"));
  $("autodraft-no").addEventListener("click", () => {
    show("autodraft-confirm", false);
    panel.confirming = null;
  });

  $("autodraft-yes").addEventListener("click", async () => {
    const kind = panel.confirming;
    if (!kind) return;
    $("autodraft-yes").disabled = true;
    try {
      const done = kind === "disconnect"
        ? await call("DELETE", `v1/connections/${encodeURIComponent(panel.connection.id)}`)
        : await call("DELETE", "v1/me");
      $("autodraft-result").textContent = done.message;
      show("autodraft-confirm", false);
      panel.confirming = null;
      await loadAutodraft();
    } catch (error) {
      $("autodraft-result").textContent = `That did not work: ${error.message}`;
    } finally {
      $("autodraft-yes").disabled = false;
    }
  });
}
