/* The pane's client for RightNote's API: JSON in and out, the bearer token from sign-in.js, and
 * the server's `detail` as the error message a person reads. */
import { forgetToken, signInNeeded, token } from "./sign-in.js";

export const apiUrl = (path) => new URL(`../${path}`, window.location.href).toString();

export async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const bearer = await token();
  if (bearer) headers.Authorization = `Bearer ${bearer}`;
  const response = await fetch(apiUrl(path), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit",
  });
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (response.status === 401) {
    forgetToken();
    throw signInNeeded();
  }
  if (!response.ok) {
    const detail = payload && payload.detail;
    const text = typeof detail === "string" ? detail : `HTTP ${response.status}`;
    throw new Error(text);
  }
  return payload;
}

export function post(path, body) {
  return call("POST", path, body);
}
