/* The Office adapter: the message being composed, through Office.js's callback API, promisified.
 * Nothing else in the pane touches Office.context.mailbox. */

export function officeCall(start) {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
      } else {
        const error = result.error || {};
        reject(new Error(error.message || error.name || "Outlook refused the request"));
      }
    });
  });
}

export function item() {
  return Office.context.mailbox.item;
}

export function composing() {
  return Boolean(Office.context && Office.context.mailbox && item() && item().body);
}

// What the server takes as an address (app/api/schemas_playbook.py EMAIL_PATTERN) and a name
// (at most 200 characters): one recipient it refuses would fail the whole suggestion.
const ADDRESS = /^[^@\s<>,;"]{1,64}@[^@\s<>,;"]{1,255}$/;
const MAX_NAME = 200;
const QUOTES = "'\"";
const TRAILING = "'\";,";

// `Name <address>`, `<address>`, `mailto:address`, or quotes and punctuation around an address
// (a recipient typed but never resolved) → the bare address; null when none is there. String
// operations, not a regular expression: the text is whatever the user typed.
export function bareAddress(raw) {
  let text = String(raw || "").trim();
  const open = text.lastIndexOf("<");
  if (open !== -1 && text.endsWith(">")) text = text.slice(open + 1, -1).trim();
  if (text.toLowerCase().startsWith("mailto:")) text = text.slice(7);
  let start = 0;
  let end = text.length;
  while (start < end && QUOTES.includes(text[start])) start += 1;
  while (end > start && TRAILING.includes(text[end - 1])) end -= 1;
  text = text.slice(start, end).trim();
  return text.length <= 320 && ADDRESS.test(text) ? text : null;
}

// At most `limit` characters, never half of a surrogate pair.
export function clip(text, limit) {
  if (text.length <= limit) return text;
  const cut = text.charCodeAt(limit - 1);
  return text.slice(0, cut >= 0xd800 && cut <= 0xdbff ? limit - 1 : limit);
}

export async function readRecipients() {
  const lists = await Promise.all(
    ["to", "cc"].map((field) =>
      item()[field] ? officeCall((cb) => item()[field].getAsync(cb)).catch(() => []) : [],
    ),
  );
  const seen = new Set();
  const out = [];
  for (const person of lists.flat()) {
    // Display-only entries and distribution lists without an address cannot be matched.
    const email = bareAddress(person && person.emailAddress);
    if (!email || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    const name = typeof person.displayName === "string" ? person.displayName.trim() : "";
    out.push({ email, name: name && name !== email ? clip(name, MAX_NAME) : null });
  }
  return out.slice(0, 50);
}

export async function readSubject() {
  try {
    return (await officeCall((cb) => item().subject.getAsync(cb))) || "";
  } catch {
    return "";
  }
}

export async function readBodyType() {
  return officeCall((cb) => item().body.getTypeAsync(cb));
}

export function isTextBody(bodyType) {
  return bodyType === Office.CoercionType.Text;
}

export async function readBody() {
  // Read as HTML even for text bodies: Text is unreliable in Outlook on the web.
  return (await officeCall((cb) => item().body.getAsync(Office.CoercionType.Html, cb))) || "";
}

// Where a mail client keeps the user's own signature: Outlook on the web and new Outlook
// (id="Signature"), classic Outlook (the _MailAutoSig bookmark), Gmail, Thunderbird.
const SIGNATURE_BLOCKS = '[id="Signature"], [id="x_Signature"], .gmail_signature, .moz-signature';
const SIGNATURE_MARK = 'a[name="_MailAutoSig"]';
// Where a reply's quoted message starts: nothing after it is the user's signature.
const QUOTE_START = '#appendonsend, #divRplyFwdMsg, .gmail_quote, .moz-cite-prefix';

const squash = (text) => text.split(/\s/).filter(Boolean).join(" ").toLowerCase();

// The text of the signature already in the body, or "" when it has none.
export function signatureText(bodyHtml) {
  if (!bodyHtml || !window.DOMParser) return "";
  const doc = new window.DOMParser().parseFromString(bodyHtml, "text/html");
  const block = doc.querySelector(SIGNATURE_BLOCKS);
  if (block) return block.textContent || "";
  const mark = doc.querySelector(SIGNATURE_MARK);
  if (!mark || !doc.body) return "";
  const range = doc.createRange();
  range.setStartBefore(mark);
  const quote = doc.querySelector(QUOTE_START);
  if (quote && mark.compareDocumentPosition(quote) & 4) range.setEndBefore(quote);
  else range.setEndAfter(doc.body.lastChild);
  return range.toString();
}

// A draft ends "Best,\nAlice Candidate". When the body's signature already gives that name, the
// note keeps its closing word and leaves the name to the signature, so it is not signed twice.
export function withoutSignedName(draft, bodyHtml) {
  const lines = (draft.text || "").trimEnd().split("\n");
  const name = lines.length > 1 ? lines[lines.length - 1].trim() : "";
  if (!name || !lines[lines.length - 2].trimEnd().endsWith(",")) return draft;
  const signature = squash(signatureText(bodyHtml));
  if (!signature || !signature.includes(squash(name))) return draft;
  const text = `${lines.slice(0, -1).join("\n")}\n`;
  return { ...draft, text, html: withoutLastLine(draft.html, name) };
}

// The HTML without its last line when that line is `name`: the last <br> and everything after
// it, cut in the DOM, so the element holding the closing line (a <p>, a <div>, none) stays
// whole and closed as it was written.
function withoutLastLine(html, name) {
  if (typeof html !== "string" || !window.DOMParser) return html;
  const doc = new window.DOMParser().parseFromString(html, "text/html");
  const breaks = doc.body.querySelectorAll("br");
  const last = breaks[breaks.length - 1];
  if (!last) return html;
  const tail = doc.createRange();
  tail.setStartAfter(last);
  tail.setEnd(doc.body, doc.body.childNodes.length);
  if (squash(tail.toString()) !== squash(name)) return html;
  tail.deleteContents();
  last.remove();
  // Read, never set: this serialises the server's own draft, parsed in a detached document.
  // eslint-disable-next-line no-restricted-properties -- reading the markup back out is safe
  return doc.body.innerHTML;
}

export async function insertDraft(draft) {
  const body = await readBody().catch(() => "");
  draft = withoutSignedName(draft, body);
  const html = (await readBodyType()) === Office.CoercionType.Html;
  // HTML only into an HTML body: Outlook rejects HTML in a plain-text message.
  await officeCall((cb) =>
    item().body.setSelectedDataAsync(
      html ? draft.html : draft.text,
      { coercionType: html ? Office.CoercionType.Html : Office.CoercionType.Text },
      cb,
    ),
  );
}

// False when this Outlook cannot set the subject; a refusal is ignored (the subject is a nicety).
export async function setSubject(subject) {
  if (!item().subject.setAsync) return false;
  await officeCall((cb) => item().subject.setAsync(subject, cb)).catch(() => null);
  return true;
}

// Calls `onChange` when Outlook shows another item in this pane (a pinned pane, Mailbox 1.5);
// false when this Outlook has no such event.
export function onItemChanged(onChange) {
  const mailbox = Office.context && Office.context.mailbox;
  if (!mailbox || typeof mailbox.addHandlerAsync !== "function" || !Office.EventType ||
    !Office.EventType.ItemChanged) return false;
  mailbox.addHandlerAsync(Office.EventType.ItemChanged, () => onChange());
  return true;
}

export function openDialog(url, size, onOpened) {
  const ui = Office.context && Office.context.ui;
  if (!ui || typeof ui.displayDialogAsync !== "function") return false;
  ui.displayDialogAsync(url, { ...size, promptBeforeOpen: false }, (opened) => {
    onOpened(opened.status === Office.AsyncResultStatus.Succeeded ? opened.value : null);
  });
  return true;
}
