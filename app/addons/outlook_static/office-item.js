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

export async function readRecipients() {
  const lists = await Promise.all(
    ["to", "cc"].map((field) =>
      item()[field] ? officeCall((cb) => item()[field].getAsync(cb)).catch(() => []) : [],
    ),
  );
  const seen = new Set();
  const out = [];
  for (const person of lists.flat()) {
    const email = (person.emailAddress || "").trim();
    // Display-only entries and distribution lists without an address cannot be matched.
    if (!email.includes("@") || seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    out.push({ email, name: person.displayName && person.displayName !== email
      ? person.displayName : null });
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

export async function insertDraft(draft) {
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

export function openDialog(url, size, onOpened) {
  const ui = Office.context && Office.context.ui;
  if (!ui || typeof ui.displayDialogAsync !== "function") return false;
  ui.displayDialogAsync(url, { ...size, promptBeforeOpen: false }, (opened) => {
    onOpened(opened.status === Office.AsyncResultStatus.Succeeded ? opened.value : null);
  });
  return true;
}
