/* The compose panel: who the recipient is to you, the suggested note and why, the inputs that
 * note needs, the draft, and how the body reads.
 *
 * Flow: read the recipients, subject and body (as HTML) → POST /v1/suggest → render. The user's
 * inputs re-request the draft (debounced). Compose has no "body changed" event, so while the pane
 * is visible the body and recipients are polled every 2 s and re-checked once they have stopped
 * changing. "Insert draft" puts the note where the cursor is, as HTML only into an HTML body.
 */
import { post } from "./api-client.js";
import { $, setStatus, show } from "./dom.js";
import {
  clip, composing, insertDraft, isTextBody, onItemChanged, readBody, readBodyType, readRecipients,
  readSubject, setSubject,
} from "./office-item.js";
import { askToSignIn, signedInMode } from "./sign-in.js";

const POLL_MS = 2000;
const SETTLE_MS = 1500; // the body must be unchanged this long before it is re-checked
const INPUT_DEBOUNCE_MS = 500;
const MAX_QUESTIONS = 2;
// The server takes a body of at most 100,000 characters in a request of at most 256 KB (its
// default): a reply's quoted thread in a script of 3-byte characters passes the first and fails
// the second. The note the voice check reads is the text before the quote, far shorter.
const MAX_BODY_CHARS = 100000;
const MAX_BODY_BYTES = 160 * 1024;
// The body's share of the server's request limit (config.json's max_body_bytes): the rest is
// for recipients, names and the user's inputs.
const BODY_SHARE = 0.6;
// After a failure the server gave no wait for (5xx, a timeout, no network).
const RETRY_SECONDS = 10;
// A failure with no Retry-After (5xx, timeout, no network) waits twice as long each time it
// repeats, up to this; an answer starts over at RETRY_SECONDS.
const MAX_RETRY_SECONDS = 300;

const state = {
  scenarios: {}, // scenario → {label, summary, drafts}, as the server names them
  recipients: [], // [{email, name}] from To and Cc
  chosen: null, // the recipient email the user picked among several matches
  subject: "",
  body: "",
  bodyType: null,
  result: null, // the last /v1/suggest answer
  shownKey: null, // which match and scenario the form shows
  edited: false, // the user changed an input: send `details`
  seq: 0, // request sequence: only the newest answer is shown
  polling: null,
  seenBody: null,
  seenAt: 0,
  checkedBody: null,
  seenRecipients: "",
  inputTimer: null,
  retryAt: 0, // no request before this time (the server said Retry-After)
  retryTimer: null,
  retryFull: false,
  failures: 0, // failures in a row with no Retry-After: the back-off doubles with each
  generation: 0, // which Outlook item the pane shows: bumped when it switches
  failed: false, // the status line shows a failure that the next answer must clear
  maxBodyBytes: MAX_BODY_BYTES,
};

const labelOf = (scenario) => (state.scenarios[scenario] || {}).label;
const drafts = (scenario) => Boolean((state.scenarios[scenario] || {}).drafts);

// The scenario list comes from the server (config.json), so the pane, the Gmail card and the
// API name each note the same way.
function setScenarios(scenarios) {
  state.scenarios = Object.fromEntries(scenarios.map((s) => [s.value, s]));
  $("scenario").replaceChildren(
    ...scenarios.filter((s) => s.drafts).map((s) => {
      const option = document.createElement("option");
      option.value = s.value;
      option.textContent = s.label;
      return option;
    }),
  );
}

function orderedRecipients() {
  // The API suggests for the first matched recipient: put the one the user chose first.
  if (!state.chosen) return state.recipients;
  const first = state.recipients.filter((r) => r.email === state.chosen);
  return first.concat(state.recipients.filter((r) => r.email !== state.chosen));
}

const utf8 = window.TextEncoder ? new window.TextEncoder() : null;

// The body as sent: within both limits, cut at a character (never half a surrogate pair, which
// would not be valid text), measured as JSON encodes it.
export function boundedBody(text) {
  let cut = clip(text, MAX_BODY_CHARS);
  if (!utf8) return cut;
  for (;;) {
    const size = utf8.encode(JSON.stringify(cut)).length;
    if (size <= state.maxBodyBytes) return cut;
    cut = clip(cut, Math.floor(cut.length * (state.maxBodyBytes / size) * 0.98));
  }
}

function retryLater(seconds, full) {
  // One timer, whatever asked: the poll, typing and this retry all wait for it.
  state.retryAt = Date.now() + seconds * 1000;
  state.retryFull = state.retryFull || full;
  clearTimeout(state.retryTimer);
  state.retryTimer = setTimeout(() => {
    state.retryAt = 0;
    const again = state.retryFull;
    state.retryFull = false;
    refresh({ full: again }).catch(() => null);
  }, seconds * 1000);
}

export async function refresh({ full = false } = {}) {
  if (Date.now() < state.retryAt) {
    state.retryFull = state.retryFull || full; // the retry will send the newest state
    return;
  }
  const seq = ++state.seq;
  const body = {
    recipients: orderedRecipients(),
    subject: state.subject ? clip(state.subject, 1000) : null,
    body: boundedBody(state.body),
    body_type: isTextBody(state.bodyType) ? "text" : "html",
  };
  if (state.edited && !full) body.details = readDetails();
  let result;
  try {
    result = await post("v1/suggest", body);
  } catch (error) {
    if (seq !== state.seq) return;
    // The poll must not resend what just failed every 2 s: a changed body, typing or the timed
    // retry sends again.
    state.checkedBody = state.body;
    state.failed = true;
    if (error.signIn) {
      askToSignIn(error.detail ? `RightNote did not accept your sign-in: ${error.detail}.` : "");
      return;
    }
    const transient = error.retryAfter || !error.status || error.status >= 500;
    const backoff = Math.min(RETRY_SECONDS * 2 ** state.failures, MAX_RETRY_SECONDS);
    if (transient && !error.retryAfter) state.failures += 1;
    const wait = error.retryAfter || backoff;
    const again = transient && !error.retryAfter ? `; trying again in ${wait} s` : "";
    setStatus(`RightNote could not check this message: ${error.message}${again}.`, "error");
    if (transient) retryLater(wait, full);
    return;
  }
  if (seq !== state.seq) return; // a newer request is on its way
  state.failures = 0;
  state.result = result;
  state.checkedBody = state.body;
  const recovered = state.failed;
  state.failed = false;
  render(result, { full, recovered });
}

// --- rendering -----------------------------------------------------------------------------

function formatWhen(startIso, endIso) {
  if (!startIso) return "";
  const start = new Date(startIso);
  const day = start.toLocaleDateString(undefined, {
    weekday: "short", day: "numeric", month: "short",
  });
  const time = (d) => d.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  return endIso ? `${day}, ${time(start)}–${time(new Date(endIso))}` : `${day}, ${time(start)}`;
}

// Set while the interview has not ended: no note is suggested before it (the server's
// `default_scenario.not_yet`: when it is, and the note that comes after it).
const notYetOf = (match) => (match && match.default_scenario.not_yet) || null;

function suggestedLabel(match, suggested) {
  const notYet = notYetOf(match);
  if (notYet) {
    const then = labelOf(notYet.after);
    const what = notYet.phase === "under_way" ? "Under way" : "Not yet";
    return `${what}: no note until the interview has ended${then ? ` (then: ${then})` : ""}`;
  }
  return labelOf(suggested) || "No note needed";
}

function currentMatch(result) {
  const suggestion = result.suggestion;
  if (!suggestion) return null;
  return result.matches.find((m) => m.recipient.email === suggestion.recipient) || null;
}

function render(result, { full, recovered = false }) {
  const match = currentMatch(result);
  // Signing in again asks for the same scope and cannot grant Graph: ask for consent instead.
  const graph = result.calendar && result.calendar.graph;
  show("consent", graph === "consent_required" && Boolean(signedInMode()));
  renderRecipients(result);
  if (!match) {
    renderNoMatch(result);
    renderVoice(result.voice);
    return;
  }
  show("nomatch", false);
  show("who", true);
  show("plan", true);
  show("standdown", true);
  const suggestion = result.suggestion;
  const key = `${match.recipient.email}|${match.interview.id}|${suggestion.scenario}`;
  const label = suggestedLabel(match, suggestion.suggested);
  const changed = full || key !== state.shownKey;
  if (changed) {
    renderCard(match);
    renderForm(match, suggestion);
    state.shownKey = key;
  }
  if (changed || recovered) {
    // A failure said earlier is over once an answer arrives: the status says so.
    setStatus(`${match.interviewer.name || match.recipient.email}: ${label}.`);
  }
  updateQuestionTexts(suggestion.questions);
  renderDraft(suggestion, notYetOf(match));
  renderVoice(result.voice);
}

function renderRecipients(result) {
  const select = $("recipient");
  const matches = result.matches;
  show("recipient-field", matches.length > 1);
  if (matches.length <= 1) return;
  const current = result.suggestion ? result.suggestion.recipient : null;
  select.replaceChildren(
    ...matches.map((m) => {
      const option = document.createElement("option");
      option.value = m.recipient.email;
      option.textContent = m.interviewer.name
        ? `${m.interviewer.name} (${m.recipient.email})` : m.recipient.email;
      option.selected = m.recipient.email === current;
      return option;
    }),
  );
}

function renderNoMatch(result) {
  show("who", false);
  show("plan", false);
  show("standdown", false);
  show("nomatch", true);
  const calendar = result.calendar || {};
  let text;
  if (!state.recipients.length) {
    text = "Add the person you are writing to in To or Cc, and RightNote will look them up.";
  } else {
    text = "None of the recipients is an interviewer or recruiter from your interviews of " +
      "the last two weeks or the coming week.";
  }
  const graph = {
    unavailable: " Your Outlook calendar could not be reached just now.",
    throttled: " Outlook asked RightNote to slow down; it will look again shortly.",
    reauth_required: " Microsoft no longer accepts RightNote's access to your calendar: " +
      "sign in again.",
    consent_required: " RightNote needs your permission to read your calendar.",
  }[calendar.graph];
  $("nomatch-text").textContent = text + (graph || "");
  setStatus("");
}

function renderCard(match) {
  const person = match.interviewer;
  const interview = match.interview;
  $("person-name").textContent = person.name || person.email || match.recipient.email;
  const role = {
    decision_maker: "decision-maker", executive: "senior leader", peer: "peer or panelist",
    recruiter: "recruiter or coordinator",
  }[person.role];
  $("person-title").textContent = [person.title, role && `(${role})`].filter(Boolean).join(" ");
  const what = [interview.company, interview.position].filter(Boolean).join(" – ");
  $("person-interview").textContent = `Interview: ${what || interview.title || "untitled"}`;
  $("person-when").textContent = formatWhen(interview.start, interview.end);
}

function renderForm(match, suggestion) {
  const suggested = match.default_scenario.scenario;
  const notYet = notYetOf(match);
  $("suggested-label").textContent = suggestedLabel(match, suggested);
  $("reasons").replaceChildren(
    ...suggestion.reasons.map((reason) => {
      const li = document.createElement("li");
      li.textContent = reason;
      return li;
    }),
  );
  const scenario = suggestion.scenario;
  const select = $("scenario");
  const standDown = scenario === "stand_down" || match.stood_down;
  select.disabled = standDown;
  // With no note suggested (a recruiter), the select shows a prompt until the user picks.
  let prompt = select.querySelector("option[value='']");
  if (!scenario || standDown) {
    if (!prompt) {
      prompt = document.createElement("option");
      prompt.value = "";
      select.prepend(prompt);
    }
    prompt.textContent = standDown ? "Stood down: no note"
      : notYet ? "Not yet: after the interview" : "Choose a note…";
    select.value = "";
  } else {
    if (prompt) prompt.remove();
    select.value = scenario;
  }
  const details = suggestion.details || {};
  if (!state.edited) {
    $("topic").value = details.topic || "";
    $("stumble").value = details.stumble || "";
    $("what-happened").value = details.what_happened || "";
    $("restatement").value = details.restatement || "";
    const own = details.questions || [];
    $("own-question-1").value = own[0] || "";
    $("own-question-2").value = own[1] || "";
  }
  renderQuestions(suggestion.questions, details.risk_areas || []);
  applyScenario(standDown ? "stand_down" : scenario);
  $("standdown-button").textContent = match.interview.company
    ? `Stand down from ${match.interview.company}…` : "Stand down…";
  show("standdown-button", !match.stood_down);
}

function applyScenario(scenario) {
  const writes = drafts(scenario);
  $("scenario-summary").textContent = scenario ? (state.scenarios[scenario] || {}).summary || ""
    : "";
  show("inputs", writes);
  show("topic-field", writes && scenario !== "ask_recruiter");
  show("recovery-fields", scenario === "recovery");
  show("follow-up-fields", scenario === "follow_up");
  $("insert").disabled = !writes;
}

function renderQuestions(questions, checkedAreas) {
  const box = $("question-choices");
  const checked = new Set(
    box.children.length
      ? [...box.querySelectorAll("input:checked")].map((i) => i.value)
      : checkedAreas,
  );
  box.replaceChildren(
    ...questions.map((q, index) => {
      const label = document.createElement("label");
      label.className = "check";
      const input = document.createElement("input");
      input.type = "checkbox";
      input.value = q.area;
      input.id = `question-${index}`;
      input.checked = checked.has(q.area);
      const text = document.createElement("span");
      const area = document.createElement("span");
      area.className = "area";
      area.textContent = q.label;
      const question = document.createElement("span");
      question.className = "q";
      question.dir = "auto";
      question.textContent = q.text;
      // Suggestions are a start, not the user's words: "Edit" copies one into an own-question
      // field to reword (issue 15). A button inside the label must not tick the box.
      const edit = document.createElement("button");
      edit.type = "button";
      edit.className = "link edit-question";
      edit.textContent = "Edit";
      edit.setAttribute("aria-label", `Edit this question: ${q.label}`);
      edit.addEventListener("click", (event) => {
        event.preventDefault();
        editSuggestion(input.value, question.textContent);
      });
      text.append(area, question, edit);
      label.append(input, text);
      return label;
    }),
  );
  enforceQuestionLimit();
}

function updateQuestionTexts(questions) {
  // In place, so a checkbox the user is on keeps its focus and state.
  const byArea = new Map(questions.map((q) => [q.area, q.text]));
  for (const input of $("question-choices").querySelectorAll("input")) {
    const text = byArea.get(input.value);
    const target = input.parentElement.querySelector(".q");
    if (text && target && target.textContent !== text) target.textContent = text;
  }
}

function editSuggestion(areaValue, text) {
  // Into the first empty own-question field (else the second), its box unticked so the note
  // does not ask it twice; then the draft refreshes as for typing.
  const field = ["own-question-1", "own-question-2"].map($).find((f) => !f.value.trim())
    || $("own-question-2");
  const box = [...$("question-choices").querySelectorAll("input")]
    .find((b) => b.value === areaValue);
  if (box) box.checked = false;
  field.value = text;
  field.focus();
  inputChanged();
}

function ownQuestions() {
  return ["own-question-1", "own-question-2"]
    .map((id) => $(id).value.trim())
    .filter(Boolean);
}

function enforceQuestionLimit() {
  const boxes = [...$("question-choices").querySelectorAll("input")];
  const used = ownQuestions().length + boxes.filter((b) => b.checked).length;
  for (const box of boxes) box.disabled = !box.checked && used >= MAX_QUESTIONS;
  $("questions-count").textContent = used >= MAX_QUESTIONS
    ? "Two questions chosen: that is the most a note should ask."
    : `${used} of ${MAX_QUESTIONS} questions chosen.`;
}

function renderDraft(suggestion, notYet) {
  const draft = suggestion.draft;
  const advice = $("advice");
  if (!draft || draft.scenario === "stand_down") {
    let text = "No note is needed for this person. You can still pick one above.";
    if (draft) text = draft.advice;
    else if (notYet) text = `${notYet.message} To write a note now anyway, pick one above.`;
    advice.textContent = text;
    show("advice", true);
    show("send-by", false);
    show("placeholders", false);
    show("preview", false);
    $("insert").disabled = true;
    return;
  }
  show("advice", false);
  const sendBy = $("send-by");
  sendBy.textContent = draft.send_by_note || "";
  sendBy.classList.toggle("late", Boolean(draft.send_by && new Date(draft.send_by) < new Date()));
  show("send-by", Boolean(draft.send_by_note));
  const missing = draft.placeholders || [];
  $("placeholders").textContent = missing.length
    ? `Still to fill in: ${missing.join(", ")}` : "";
  show("placeholders", missing.length > 0);
  $("preview-text").textContent = draft.text || "";
  show("preview", true);
  $("insert").disabled = false;
}

function renderVoice(voice) {
  if (!voice || !state.body.trim() || isBlank(voice)) {
    show("voice", false);
    return;
  }
  show("voice", true);
  // The server reads at most a set length of a note: say so rather than pass the rest as read.
  show("voice-truncated", Boolean(voice.truncated));
  const verdict = $("verdict");
  verdict.className = `verdict ${voice.verdict}`;
  verdict.textContent = {
    send: "Reads well: calm, clear, one purpose.",
    revise: "Worth a second look before you send it.",
    hold: "Hold it: as written, this note could hurt more than help.",
  }[voice.verdict];
  $("findings").replaceChildren(
    ...voice.findings.slice(0, 12).map((finding) => {
      const li = document.createElement("li");
      li.className = finding.severity;
      const message = document.createElement("span");
      message.textContent = finding.message;
      li.append(message);
      if (finding.excerpt && finding.excerpt.length < 160) {
        const excerpt = document.createElement("span");
        excerpt.className = "excerpt";
        excerpt.dir = "auto"; // the user's words, in whatever script they wrote
        excerpt.textContent = `“${finding.excerpt}”`;
        li.append(excerpt);
      }
      if (finding.suggestion) {
        const suggestion = document.createElement("span");
        suggestion.className = "suggestion";
        suggestion.textContent = `Try: ${finding.suggestion}`;
        li.append(suggestion);
      }
      return li;
    }),
  );
}

function isBlank(voice) {
  return voice.metrics && voice.metrics.words === 0;
}

// --- the user's inputs ---------------------------------------------------------------------

function readDetails() {
  const scenario = $("scenario").value || null;
  const text = (id) => $(id).value.trim() || null;
  const details = { scenario, topic: text("topic") };
  if (scenario === "recovery") {
    // Choosing recovery says something went wrong, even before it is described.
    details.stumble = text("stumble") || true;
    details.what_happened = text("what-happened");
    details.restatement = text("restatement");
  }
  if (scenario === "follow_up") {
    const own = ownQuestions().slice(0, MAX_QUESTIONS);
    const areas = [...$("question-choices").querySelectorAll("input:checked")]
      .map((i) => i.value)
      .slice(0, MAX_QUESTIONS - own.length);
    details.questions = own;
    details.risk_areas = areas;
  }
  return details;
}

function inputChanged() {
  state.edited = true;
  enforceQuestionLimit();
  clearTimeout(state.inputTimer);
  state.inputTimer = setTimeout(() => refresh(), INPUT_DEBOUNCE_MS);
}

async function flushInputs() {
  // Insert what the inputs say now, not what the last debounced request said.
  if (state.inputTimer) {
    clearTimeout(state.inputTimer);
    state.inputTimer = null;
    await refresh();
  }
}

function wireInputs() {
  for (const id of ["topic", "stumble", "what-happened", "restatement", "own-question-1",
    "own-question-2"]) {
    $(id).addEventListener("input", inputChanged);
  }
  $("question-choices").addEventListener("change", inputChanged);
  $("scenario").addEventListener("change", () => {
    applyScenario($("scenario").value);
    state.edited = true;
    clearTimeout(state.inputTimer);
    refresh();
  });
  $("recipient").addEventListener("change", () => {
    state.chosen = $("recipient").value;
    state.edited = false;
    refresh({ full: true });
  });
}

// --- insert and stand down -------------------------------------------------------------------

function wireInsert() {
  $("insert").addEventListener("click", async () => {
    const button = $("insert");
    button.disabled = true;
    const generation = state.generation;
    try {
      await flushInputs();
      const draft = state.result && state.result.suggestion && state.result.suggestion.draft;
      if (!draft || !draft.text) throw new Error("there is no draft to insert");
      if (generation !== state.generation) throw new Error("Outlook switched to another message");
      await insertDraft(draft);
      if (!state.subject.trim() && draft.subject && await setSubject(draft.subject)) {
        state.subject = draft.subject;
      }
      const missing = draft.placeholders || [];
      setStatus(
        missing.length
          ? `Draft inserted. Fill in ${missing.join(", ")}, read it through, then send it yourself.`
          : "Draft inserted. Read it through, then send it yourself.",
        "ok",
      );
      await poll({ force: true });
    } catch (error) {
      setStatus(`The draft could not be inserted: ${error.message}`, "error");
    } finally {
      button.disabled = false;
    }
  });
}

function wireStandDown() {
  $("standdown-button").addEventListener("click", () => {
    const match = state.result && currentMatch(state.result);
    if (!match) return;
    const what = [match.interview.company, match.interview.position].filter(Boolean).join(" – ");
    $("standdown-question").textContent =
      `RightNote will write no note for ${what || "this opportunity"} and cancel any draft it ` +
      "had planned for it. Nothing is sent. Stand down?";
    show("standdown-confirm", true);
    $("standdown-yes").focus();
  });

  $("standdown-no").addEventListener("click", () => {
    show("standdown-confirm", false);
    $("standdown-button").focus();
  });

  $("standdown-yes").addEventListener("click", async () => {
    const match = state.result && currentMatch(state.result);
    if (!match) return;
    $("standdown-yes").disabled = true;
    try {
      const done = await post("v1/stand-down", {
        interview_id: match.interview.id,
        company: match.interview.company,
        position: match.interview.position,
      });
      show("standdown-confirm", false);
      $("standdown-result").textContent = done.message;
      state.edited = false;
      await refresh({ full: true });
      setStatus("Stood down. Nothing will be sent.", "ok");
    } catch (error) {
      $("standdown-result").textContent = `Standing down did not work: ${error.message}`;
    } finally {
      $("standdown-yes").disabled = false;
    }
  });
}

// --- polling the message -------------------------------------------------------------------

async function poll({ force = false } = {}) {
  if (document.visibilityState !== "visible" && !force) return;
  const generation = state.generation;
  let recipients;
  let body;
  try {
    [recipients, body] = await Promise.all([readRecipients(), readBody()]);
  } catch {
    return; // the item may be closing; the next tick tries again
  }
  if (generation !== state.generation) return; // read from the item the pane has left
  const recipientKey = recipients.map((r) => r.email.toLowerCase()).join(",");
  const now = Date.now();
  if (body !== state.seenBody) {
    state.seenBody = body;
    state.seenAt = now;
  }
  if (recipientKey !== state.seenRecipients) {
    state.seenRecipients = recipientKey;
    state.recipients = recipients;
    state.body = body;
    state.edited = false;
    await refresh({ full: true });
    return;
  }
  const settled = force || now - state.seenAt >= SETTLE_MS;
  if (settled && body !== state.checkedBody) {
    state.body = body;
    await refresh();
  }
}

function startPolling() {
  if (state.polling) return;
  state.polling = setInterval(() => poll().catch(() => null), POLL_MS);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") poll().catch(() => null);
  });
}

async function readItem() {
  const generation = state.generation;
  const read = await Promise.all([readRecipients(), readSubject(), readBody(), readBodyType()]);
  if (generation !== state.generation) return false;
  [state.recipients, state.subject, state.body, state.bodyType] = read;
  state.seenBody = state.body;
  state.seenAt = Date.now();
  state.seenRecipients = state.recipients.map((r) => r.email.toLowerCase()).join(",");
  return true;
}

// A pinned pane stays open while Outlook shows another item: forget the old one at once, so an
// answer still on its way for it (or a draft to insert) never lands on the new one.
async function itemChanged() {
  state.generation += 1;
  state.seq += 1; // answers already asked for are dropped
  clearTimeout(state.inputTimer);
  clearTimeout(state.retryTimer);
  Object.assign(state, {
    inputTimer: null, retryTimer: null, retryAt: 0, retryFull: false, failures: 0, result: null,
    shownKey: null, chosen: null, edited: false, checkedBody: null,
  });
  for (const id of ["who", "plan", "standdown", "nomatch", "voice", "consent"]) show(id, false);
  if (!composing()) {
    setStatus("Open RightNote while writing a message: it works on the note you compose.",
      "error");
    return;
  }
  setStatus("Reading your message…");
  try {
    if (!(await readItem())) return;
  } catch (error) {
    setStatus(`Outlook did not share the message: ${error.message}`, "error");
    return;
  }
  await refresh({ full: true });
}

// Read the message, suggest for it, and keep watching it. Throws when Outlook does not share it.
export async function startCompose(scenarios, serverMaxBytes) {
  setScenarios(scenarios);
  if (Number.isFinite(serverMaxBytes) && serverMaxBytes > 0) {
    state.maxBodyBytes = Math.min(MAX_BODY_BYTES, Math.floor(serverMaxBytes * BODY_SHARE));
  }
  wireInputs();
  wireInsert();
  wireStandDown();
  await readItem();
  onItemChanged(() => itemChanged().catch((error) =>
    setStatus(`Something went wrong: ${error.message || error}`, "error")));
}

export async function suggestAndWatch() {
  setStatus("Looking up your interviews…");
  await refresh({ full: true });
  startPolling();
}
