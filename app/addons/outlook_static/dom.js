/* The pane's few DOM helpers, shared by its modules. Text from the server is only ever set with
 * textContent, never as HTML. */

export const $ = (id) => document.getElementById(id);

export function show(id, visible) {
  $(id).hidden = !visible;
}

export function setStatus(text, kind) {
  const status = $("status");
  status.textContent = text || "";
  status.className = `status${kind ? ` ${kind}` : ""}`;
}
