/* RightNote's sign-in dialog, opened by the task pane with Office's dialog API when neither
 * nested app auth nor Office SSO can give it a token (older Outlook builds, Office not signed in).
 *
 * A standard MSAL.js PublicClientApplication (auth code + PKCE) redirects to Microsoft and back to
 * this page; the access token for our API then goes to the pane with messageParent. `?consent=graph`
 * also asks for the Graph permissions (incremental consent). The redirect URI,
 * {base}/outlook/auth-dialog.html, is registered as a single-page-application redirect URI.
 */
import { loadScript } from "./load-script.js";

const status = (text) => {
  document.getElementById("status").textContent = text;
};

function reply(message) {
  // The pane only accepts an access token for our API, which its server then verifies.
  Office.context.ui.messageParent(JSON.stringify(message));
}

async function start() {
  await Office.onReady();
  const config = await (await fetch(new URL("config.json", window.location.href),
    { credentials: "omit" })).json();
  if (config.auth !== "microsoft") throw new Error("Microsoft sign-in is not set up here");
  const settings = config.msal;
  if (!window.msal) await loadScript(new URL(settings.bundle, window.location.href).toString());
  const here = new URL(window.location.href);
  const client = new window.msal.PublicClientApplication({
    auth: {
      clientId: settings.client_id,
      authority: settings.authority,
      redirectUri: `${here.origin}${here.pathname}`,
    },
    // Per window: the dialog is closed after one sign-in.
    cache: { cacheLocation: "sessionStorage" },
  });
  await client.initialize();
  const done = await client.handleRedirectPromise();
  if (done && done.accessToken) {
    reply({ status: "ok", accessToken: done.accessToken });
    return;
  }
  const request = { scopes: settings.scopes, prompt: "select_account" };
  if (here.searchParams.get("consent") === "graph") {
    request.extraScopesToConsent = settings.graph_scopes || [];
    request.prompt = "consent";
  }
  // The query (consent=graph) does not survive the redirect, nor need to: the result is final.
  await client.loginRedirect(request);
}

start().catch((error) => {
  const code = (error && (error.errorCode || error.code)) || "sign_in_failed";
  status("Signing in did not work. Close this window and try again.");
  try {
    reply({ status: "error", error: String(code).slice(0, 100) });
  } catch {
    // Opened outside Office: nothing to tell.
  }
});
