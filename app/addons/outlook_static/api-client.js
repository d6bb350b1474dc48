/* The pane's client for RightNote's API: JSON in and out, the bearer token from sign-in.js, and
 * every failure said in words a person reads (never a bare status code, never a request that
 * waits forever). */
import { forgetToken, signInNeeded, token } from "./sign-in.js";

export const apiUrl = (path) => new URL(`../${path}`, window.location.href).toString();

// Longer than the server's slowest honest answer (a Graph read on behalf of the user), short
// enough that a hung proxy does not leave the pane spinning.
const TIMEOUT_MS = 30000;
const MAX_WAIT_SECONDS = 3600;
const DEFAULT_WAIT_SECONDS = 30;

// Retry-After as seconds or an HTTP date, bounded; a default when absent or unreadable.
export function retryAfterSeconds(value) {
  const text = (value || "").trim();
  let seconds = NaN;
  if (/^\d{1,10}$/.test(text)) seconds = Number(text);
  else if (text) seconds = (Date.parse(text) - Date.now()) / 1000;
  if (!Number.isFinite(seconds)) seconds = DEFAULT_WAIT_SECONDS;
  return Math.min(MAX_WAIT_SECONDS, Math.max(1, Math.ceil(seconds)));
}

// Half of a surrogate pair (an emoji cut by a paste or by Outlook's own trimming) alone, either
// half. JSON.stringify writes it as a "\ud83d" escape, which the API refuses as not valid text
// (422 on the whole note); as U+FFFD the rest of the note is still checked.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const wellFormed = (text) => (typeof text.toWellFormed === "function"
  ? text.toWellFormed() : text.replace(LONE_SURROGATE, "\uFFFD"));

// The request body as JSON text, every string in it well-formed.
export function jsonText(body) {
  return JSON.stringify(body, (_key, value) => (typeof value === "string" ? wellFormed(value) : value));
}

function detailText(detail) {
  if (typeof detail === "string") return detail;
  // 422: [{field, message}]; said as "subject: is too long", at most three of them.
  if (Array.isArray(detail)) {
    const parts = detail.slice(0, 3).map((d) => (d && typeof d === "object"
      ? [d.field, d.message].filter((x) => typeof x === "string" && x).join(": ") : ""))
      .filter(Boolean);
    return parts.join("; ");
  }
  return "";
}

// The error's message completes "RightNote could not …: ", so it names no subject of its own.
function failure(response, payload) {
  const status = response.status;
  const detail = detailText(payload && payload.detail);
  if (status === 429 || status === 503) {
    const wait = retryAfterSeconds(response.headers.get("Retry-After"));
    const why = status === 429 ? "too many requests just now" : "the server is busy";
    return Object.assign(new Error(`${why}; trying again in ${wait} s`),
      { status, retryAfter: wait });
  }
  const words = {
    403: "the server refused it",
    404: "the server does not know this",
    413: "the message is too large to send to RightNote",
    422: "the server could not read what the pane sent",
  }[status];
  let text;
  if (words) text = detail ? `${words} (${detail})` : words;
  else if (status >= 500) text = "the server had a problem";
  else text = detail || `the server answered ${status}`;
  return Object.assign(new Error(text), { status });
}

async function send(method, path, body, bearer) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  const abort = window.AbortController ? new window.AbortController() : null;
  const timer = abort ? setTimeout(() => abort.abort(), TIMEOUT_MS) : null;
  try {
    const response = await fetch(apiUrl(path), {
      method,
      headers,
      body: body === undefined ? undefined : jsonText(body),
      credentials: "omit",
      signal: abort ? abort.signal : undefined,
    });
    let payload = null;
    try {
      payload = await response.json();
    } catch {
      payload = null; // a proxy's HTML page, or nothing
    }
    return { response, payload };
  } catch {
    if (abort && abort.signal.aborted) {
      throw new Error("the server did not answer in time");
    }
    throw new Error("the server could not be reached");
  } finally {
    if (timer) clearTimeout(timer);
  }
}

export async function call(method, path, body) {
  let answer = await send(method, path, body, await token());
  if (answer.response.status === 401) {
    // The token may have expired under us (a long session, a skewed clock): ask the sign-in
    // library once for a fresh one without a prompt, and only then ask the user.
    forgetToken();
    let fresh = null;
    try {
      fresh = await token({ forceRefresh: true });
    } catch {
      fresh = null;
    }
    if (!fresh) throw signInNeeded();
    answer = await send(method, path, body, fresh);
    if (answer.response.status === 401) {
      forgetToken({ refused: true });
      // Why a fresh token was refused too (another tenant, a registration that does not match):
      // signing in again will not help unless the user can see why.
      throw signInNeeded({ detail: detailText(answer.payload && answer.payload.detail) });
    }
  }
  if (!answer.response.ok) throw failure(answer.response, answer.payload);
  return answer.payload;
}

export function post(path, body) {
  return call("POST", path, body);
}
