/* Signing in to RightNote's API from the pane.
 *
 * Three ways to a token, best first (Microsoft's guidance: keep a fallback):
 *  1. Nested app auth (MSAL.js, createNestablePublicClientApplication): Outlook on the web,
 *     new Outlook, classic Outlook on Windows 2409+ and Mac 16.89+ (NestedAppAuth 1.1).
 *  2. Office SSO (Office.auth.getAccessToken): older builds whose Office is signed in; Office's
 *     own client ids are pre-authorised for access_as_user in the app registration.
 *  3. The dialog API: auth-dialog.html signs in with a standard MSAL client in a window of its
 *     own (Entra refuses to run in the pane's iframe) and hands the token back.
 * Each falls to the next when the host lacks it or refuses; never a dead end on a claimed build.
 */
import { $, setStatus, show } from "./dom.js";
import { loadScript } from "./load-script.js";
import { openDialog } from "./office-item.js";

const SSO_OPTIONS = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: true };
const EXPIRY_MARGIN_MS = 120000;

const auth = {
  config: null, // config.json's `msal` block
  msal: null, // the nestable PublicClientApplication (NAA) in production
  mode: null, // "naa", "sso" or "dialog"; null in local mode
  cached: null, // {token, expires}: a token the dialog handed over
};

export function signedInMode() {
  return auth.mode;
}

export function forgetToken({ refused = false } = {}) {
  auth.cached = null; // a dialog token the server refused: never send it again
  // Office SSO hands back the token it holds (it has no way to ask for a new one): once the
  // server has refused it even after a retry, signing in again must go through the dialog.
  if (refused && auth.mode === "sso") auth.mode = "dialog";
}

function naaSupported() {
  const requirements = Office.context.requirements;
  return Boolean(requirements && typeof requirements.isSetSupported === "function" &&
    requirements.isSetSupported("NestedAppAuth", "1.1"));
}

function ssoSupported() {
  return Boolean(window.Office && Office.auth && typeof Office.auth.getAccessToken === "function");
}

export async function setUpSignIn(config) {
  auth.config = config;
  if (naaSupported()) {
    if (!window.msal) {
      try {
        await loadScript(new URL(config.bundle, window.location.href).toString());
      } catch {
        // The vendor bundle is built by `npm ci && npm run build`; say so rather than fail.
      }
    }
    if (!window.msal || typeof window.msal.createNestablePublicClientApplication !== "function") {
      throw new Error(
        "The sign-in library is missing on this RightNote server. Ask its administrator to " +
          "run `npm ci && npm run build`.",
      );
    }
    auth.mode = "naa";
    auth.msal = await window.msal.createNestablePublicClientApplication({
      auth: { clientId: config.client_id, authority: config.authority },
    });
    return;
  }
  auth.mode = ssoSupported() ? "sso" : "dialog";
}

function expiryOf(accessToken) {
  // Only to know when to ask again: the server verifies the token, never trusts this.
  try {
    const part = accessToken.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(atob(part + "=".repeat((4 - (part.length % 4)) % 4)));
    return typeof claims.exp === "number" ? claims.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

export function signInNeeded(extra) {
  return Object.assign(new Error("sign-in needed"), { signIn: true }, extra || {});
}

async function naaToken({ interactive, consent, forceRefresh }) {
  const request = { scopes: auth.config.scopes };
  // After the server refused a token MSAL still thought good (expired on the server's clock):
  // skip MSAL's cache and redeem the refresh token.
  if (forceRefresh) request.forceRefresh = true;
  // Incremental consent: the Graph permissions, granted through the same client.
  if (consent) request.extraScopesToConsent = auth.config.graph_scopes || [];
  const account = auth.msal.getActiveAccount && auth.msal.getActiveAccount();
  if (account) request.account = account;
  if (!consent) {
    try {
      const result = await auth.msal.acquireTokenSilent(request);
      auth.msal.setActiveAccount && auth.msal.setActiveAccount(result.account);
      return result.accessToken;
    } catch {
      if (!interactive) throw signInNeeded();
    }
  }
  // A popup only from a click: browsers block popups that no gesture started.
  const result = await auth.msal.acquireTokenPopup(request);
  auth.msal.setActiveAccount && auth.msal.setActiveAccount(result.account);
  return result.accessToken;
}

async function ssoToken() {
  try {
    return await Office.auth.getAccessToken(SSO_OPTIONS);
  } catch (error) {
    // 13000 (no SSO here), 13003 (account type), 13006/13008 (host trouble), 13012 (not in
    // this platform), 13002 (the user cancelled)...: the dialog can still sign in.
    auth.mode = "dialog";
    throw signInNeeded({ code: error && error.code });
  }
}

function dialogToken({ consent }) {
  return new Promise((resolve, reject) => {
    const url = new URL("auth-dialog.html", window.location.href);
    if (consent) url.searchParams.set("consent", "graph");
    const opened = openDialog(url.toString(), { height: 60, width: 30 }, (dialog) => {
      if (!dialog) {
        reject(new Error("the sign-in window could not open (allow pop-ups for Outlook)"));
        return;
      }
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        dialog.close();
        let reply = null;
        try {
          reply = JSON.parse(arg.message);
        } catch {
          reply = null;
        }
        if (reply && reply.status === "ok" && typeof reply.accessToken === "string") {
          resolve(reply.accessToken);
        } else {
          reject(new Error((reply && reply.error) || "the sign-in window gave no token"));
        }
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        reject(new Error("the sign-in window was closed"));
      });
    });
    if (!opened) reject(new Error("this Outlook cannot open a sign-in window"));
  });
}

export async function token({ interactive = false, consent = false, forceRefresh = false } = {}) {
  if (!auth.mode) return null;
  const fresh = auth.cached && auth.cached.expires - EXPIRY_MARGIN_MS > Date.now();
  if (!consent && !forceRefresh && fresh) {
    return auth.cached.token;
  }
  if (auth.mode === "naa") return naaToken({ interactive, consent, forceRefresh });
  if (auth.mode === "sso" && !consent) {
    try {
      return await ssoToken();
    } catch (error) {
      if (!interactive) throw error;
    }
  }
  if (!interactive) throw signInNeeded();
  const accessToken = await dialogToken({ consent });
  // NAA and Office cache their own tokens; the dialog's is kept here, until it expires.
  auth.cached = { token: accessToken, expires: expiryOf(accessToken) };
  return accessToken;
}

export function askToSignIn(message) {
  show("signin", true);
  if (message) $("signin-text").textContent = message;
  setStatus("Sign in to continue.");
}

// The sign-in and consent buttons; `signedIn` reloads what the pane shows.
export function wireSignInButtons(signedIn) {
  $("signin-button").addEventListener("click", async () => {
    $("signin-button").disabled = true;
    try {
      await token({ interactive: true });
      show("signin", false);
      await signedIn();
    } catch (error) {
      askToSignIn(`Signing in did not work: ${error.message || error}`);
    } finally {
      $("signin-button").disabled = false;
    }
  });

  $("consent-button").addEventListener("click", async () => {
    $("consent-button").disabled = true;
    try {
      // Incremental consent to the Graph permissions, through the same sign-in path.
      await token({ interactive: true, consent: true });
      show("consent", false);
      await signedIn();
    } catch (error) {
      $("consent-text").textContent =
        `Granting access did not work: ${error.message || error}. If your organisation ` +
        "allows only administrators to consent, ask yours to grant RightNote access.";
    } finally {
      $("consent-button").disabled = false;
    }
  });
}
