/* RightNote's Outlook task pane. Plain modern JavaScript, no framework and no build step.
 *
 * Flow: Office.onReady → read the recipients, subject and body (as HTML) of the message being
 * composed → POST /v1/suggest → show the interviewer, the suggested scenario and why, the inputs
 * for that scenario, the send-by, and how the current body reads. The user's inputs re-request
 * the draft (debounced). Compose has no "body changed" event, so while the pane is visible the
 * body and recipients are polled every 2 s and re-checked once they have stopped changing.
 * "Insert draft" puts the note where the cursor is, as HTML only into an HTML body.
 *
 * Sign-in: none in local mode; otherwise Nested App Authentication with MSAL.js (silent first,
 * a popup only from a click), else Office SSO, else a sign-in dialog (see setUpSignIn). Every
 * text from the server is set with textContent, never HTML.
 *
 * Auto-drafts: GET /v1/connections says whether Outlook is connected (on, paused: reconnect, or
 * off). "Connect" asks POST /v1/connect/microsoft for a short-lived link and opens it in an Office
 * dialog (a new window outside Office); the pane then re-reads the status until it changes.
 * Disconnect (DELETE /v1/connections/{id}) and delete my data (DELETE /v1/me) confirm first.
 */
(() => {
  "use strict";

  const POLL_MS = 2000;
  const SETTLE_MS = 1500; // the body must be unchanged this long before it is re-checked
  const INPUT_DEBOUNCE_MS = 500;
  const MAX_QUESTIONS = 2;
  const SCENARIOS = {
    follow_up: {
      label: "Follow up with a decision-maker",
      summary: "Thank them, then ask one or two real questions from your conversation.",
    },
    gratitude: {
      label: "Thank them briefly",
      summary: "A short thank-you: what you enjoyed hearing about. No questions, no asks.",
    },
    recovery: {
      label: "Repair a stumble",
      summary: "Reach them before the debrief: what happened, own it, restate your point.",
    },
    ask_recruiter: {
      label: "Ask the recruiter who you will meet",
      summary: "Ask for the interviewers' names and addresses before the interview day.",
    },
    stand_down: { label: "Stand down", summary: "No note at all." },
  };
  const DRAFTS = ["follow_up", "gratitude", "recovery", "ask_recruiter"];

  const $ = (id) => document.getElementById(id);
  const api = (path) => new URL(`../${path}`, window.location.href).toString();

  const state = {
    config: null,
    msal: null, // the nestable PublicClientApplication (NAA) in production
    authMode: null, // "naa", "sso" or "dialog" (see setUpSignIn); null in local mode
    cached: null, // {token, expires}: a token the dialog handed over
    scopes: [],
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
  };

  // --- Office.js, promisified ----------------------------------------------------------------

  function officeCall(start) {
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

  function item() {
    return Office.context.mailbox.item;
  }

  async function readRecipients() {
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

  async function readSubject() {
    try {
      return (await officeCall((cb) => item().subject.getAsync(cb))) || "";
    } catch {
      return "";
    }
  }

  async function readBodyType() {
    return officeCall((cb) => item().body.getTypeAsync(cb));
  }

  async function readBody() {
    // Read as HTML even for text bodies: Text is unreliable in Outlook on the web.
    return (await officeCall((cb) => item().body.getAsync(Office.CoercionType.Html, cb))) || "";
  }

  // --- status and errors ---------------------------------------------------------------------

  function setStatus(text, kind) {
    const status = $("status");
    status.textContent = text || "";
    status.className = `status${kind ? ` ${kind}` : ""}`;
  }

  function show(id, visible) {
    $(id).hidden = !visible;
  }

  // --- sign-in -------------------------------------------------------------------------------

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.appendChild(script);
    });
  }

  // Three ways to a token for our API, best first (Microsoft's guidance: keep a fallback):
  //  1. Nested app auth (MSAL.js, createNestablePublicClientApplication): Outlook on the web,
  //     new Outlook, classic Outlook on Windows 2409+ and Mac 16.89+ (NestedAppAuth 1.1).
  //  2. Office SSO (Office.auth.getAccessToken): older builds whose Office is signed in; Office's
  //     own client ids are pre-authorised for access_as_user in the app registration.
  //  3. The dialog API: auth-dialog.html signs in with a standard MSAL client in a window of its
  //     own (Entra refuses to run in the pane's iframe) and hands the token back.
  // Each falls to the next when the host lacks it or refuses; never a dead end on a claimed build.
  const SSO_OPTIONS = { allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: true };
  const EXPIRY_MARGIN_MS = 120000;

  function naaSupported() {
    const requirements = Office.context.requirements;
    return Boolean(requirements && typeof requirements.isSetSupported === "function" &&
      requirements.isSetSupported("NestedAppAuth", "1.1"));
  }

  function ssoSupported() {
    return Boolean(window.Office && Office.auth && typeof Office.auth.getAccessToken === "function");
  }

  async function setUpSignIn() {
    const config = state.config.msal;
    state.scopes = config.scopes;
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
      state.authMode = "naa";
      state.msal = await window.msal.createNestablePublicClientApplication({
        auth: { clientId: config.client_id, authority: config.authority },
      });
      return;
    }
    state.authMode = ssoSupported() ? "sso" : "dialog";
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

  function signInNeeded(extra) {
    return Object.assign(new Error("sign-in needed"), { signIn: true }, extra || {});
  }

  async function naaToken({ interactive, consent }) {
    const request = { scopes: state.scopes };
    // Incremental consent: the Graph permissions, granted through the same client.
    if (consent) request.extraScopesToConsent = state.config.msal.graph_scopes || [];
    const account = state.msal.getActiveAccount && state.msal.getActiveAccount();
    if (account) request.account = account;
    if (!consent) {
      try {
        const result = await state.msal.acquireTokenSilent(request);
        state.msal.setActiveAccount && state.msal.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (!interactive) throw signInNeeded();
      }
    }
    // A popup only from a click: browsers block popups that no gesture started.
    const result = await state.msal.acquireTokenPopup(request);
    state.msal.setActiveAccount && state.msal.setActiveAccount(result.account);
    return result.accessToken;
  }

  async function ssoToken() {
    try {
      return await Office.auth.getAccessToken(SSO_OPTIONS);
    } catch (error) {
      // 13000 (no SSO here), 13003 (account type), 13006/13008 (host trouble), 13012 (not in
      // this platform), 13002 (the user cancelled)...: the dialog can still sign in.
      state.authMode = "dialog";
      throw signInNeeded({ code: error && error.code });
    }
  }

  function dialogToken({ consent }) {
    return new Promise((resolve, reject) => {
      const url = new URL("auth-dialog.html", window.location.href);
      if (consent) url.searchParams.set("consent", "graph");
      Office.context.ui.displayDialogAsync(
        url.toString(), { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded) {
            reject(new Error("the sign-in window could not open (allow pop-ups for Outlook)"));
            return;
          }
          const dialog = opened.value;
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
        },
      );
    });
  }

  async function token({ interactive = false, consent = false } = {}) {
    if (!state.authMode) return null;
    if (!consent && state.cached && state.cached.expires - EXPIRY_MARGIN_MS > Date.now()) {
      return state.cached.token;
    }
    if (state.authMode === "naa") return naaToken({ interactive, consent });
    if (state.authMode === "sso" && !consent) {
      try {
        return await ssoToken();
      } catch (error) {
        if (!interactive) throw error;
      }
    }
    if (!interactive) throw signInNeeded();
    const accessToken = await dialogToken({ consent });
    // NAA and Office cache their own tokens; the dialog's is kept here, until it expires.
    state.cached = { token: accessToken, expires: expiryOf(accessToken) };
    return accessToken;
  }

  function askToSignIn(message) {
    show("signin", true);
    if (message) $("signin-text").textContent = message;
    setStatus("Sign in to continue.");
  }

  $("signin-button").addEventListener("click", async () => {
    $("signin-button").disabled = true;
    try {
      await token({ interactive: true });
      show("signin", false);
      await refresh({ full: true });
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
      await refresh({ full: true });
    } catch (error) {
      $("consent-text").textContent =
        `Granting access did not work: ${error.message || error}. If your organisation ` +
        "allows only administrators to consent, ask yours to grant RightNote access.";
    } finally {
      $("consent-button").disabled = false;
    }
  });

  // --- the API -------------------------------------------------------------------------------

  async function post(path, body) {
    return call("POST", path, body);
  }

  async function call(method, path, body) {
    const headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const bearer = await token();
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    const response = await fetch(api(path), {
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
      state.cached = null; // a dialog token the server refused: never send it again
      throw Object.assign(new Error("sign-in needed"), { signIn: true });
    }
    if (!response.ok) {
      const detail = payload && payload.detail;
      const text = typeof detail === "string" ? detail : `HTTP ${response.status}`;
      throw new Error(text);
    }
    return payload;
  }

  function orderedRecipients() {
    // The API suggests for the first matched recipient: put the one the user chose first.
    if (!state.chosen) return state.recipients;
    const first = state.recipients.filter((r) => r.email === state.chosen);
    return first.concat(state.recipients.filter((r) => r.email !== state.chosen));
  }

  async function refresh({ full = false } = {}) {
    const seq = ++state.seq;
    const body = {
      recipients: orderedRecipients(),
      subject: state.subject || null,
      body: state.body.slice(0, 100000),
      body_type: state.bodyType === Office.CoercionType.Text ? "text" : "html",
    };
    if (state.edited && !full) body.details = readDetails();
    let result;
    try {
      result = await post("v1/suggest", body);
    } catch (error) {
      if (seq !== state.seq) return;
      if (error.signIn) {
        askToSignIn();
      } else {
        setStatus(`RightNote could not check this message: ${error.message}`, "error");
      }
      return;
    }
    if (seq !== state.seq) return; // a newer request is on its way
    state.result = result;
    state.checkedBody = body.body;
    render(result, { full });
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

  function currentMatch(result) {
    const suggestion = result.suggestion;
    if (!suggestion) return null;
    return result.matches.find((m) => m.recipient.email === suggestion.recipient) || null;
  }

  function render(result, { full }) {
    const match = currentMatch(result);
    // Signing in again asks for the same scope and cannot grant Graph: ask for consent instead.
    const graph = result.calendar && result.calendar.graph;
    show("consent", graph === "consent_required" && Boolean(state.authMode));
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
    if (full || key !== state.shownKey) {
      renderCard(match);
      renderForm(match, suggestion);
      state.shownKey = key;
      const label = SCENARIOS[suggestion.suggested]?.label || "No note needed";
      setStatus(`${match.interviewer.name || match.recipient.email}: ${label}.`);
    }
    updateQuestionTexts(suggestion.questions);
    renderDraft(suggestion);
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
    const choice = match.default_scenario;
    const suggested = choice.scenario;
    $("suggested-label").textContent = suggested
      ? SCENARIOS[suggested].label : "No note needed";
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
      prompt.textContent = standDown ? "Stood down: no note" : "Choose a note…";
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
    const drafts = DRAFTS.includes(scenario);
    $("scenario-summary").textContent = scenario ? SCENARIOS[scenario].summary : "";
    show("inputs", drafts);
    show("topic-field", drafts && scenario !== "ask_recruiter");
    show("recovery-fields", scenario === "recovery");
    show("follow-up-fields", scenario === "follow_up");
    $("insert").disabled = !drafts;
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

  function renderDraft(suggestion) {
    const draft = suggestion.draft;
    const advice = $("advice");
    if (!draft || draft.scenario === "stand_down") {
      advice.textContent = draft ? draft.advice : "No note is needed for this person. You can " +
        "still pick one above.";
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

  // --- insert --------------------------------------------------------------------------------

  async function flushInputs() {
    // Insert what the inputs say now, not what the last debounced request said.
    if (state.inputTimer) {
      clearTimeout(state.inputTimer);
      state.inputTimer = null;
      await refresh();
    }
  }

  $("insert").addEventListener("click", async () => {
    const button = $("insert");
    button.disabled = true;
    try {
      await flushInputs();
      const draft = state.result && state.result.suggestion && state.result.suggestion.draft;
      if (!draft || !draft.text) throw new Error("there is no draft to insert");
      const type = await readBodyType();
      const html = type === Office.CoercionType.Html;
      // HTML only into an HTML body: Outlook rejects HTML in a plain-text message.
      await officeCall((cb) =>
        item().body.setSelectedDataAsync(
          html ? draft.html : draft.text,
          { coercionType: html ? Office.CoercionType.Html : Office.CoercionType.Text },
          cb,
        ),
      );
      if (!state.subject.trim() && draft.subject && item().subject.setAsync) {
        await officeCall((cb) => item().subject.setAsync(draft.subject, cb)).catch(() => null);
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

  // --- stand down ----------------------------------------------------------------------------

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

  // --- auto-drafts: connect, status, disconnect, delete my data ------------------------------

  const AUTODRAFT_WATCH_MS = 3000;
  const AUTODRAFT_WATCH_FOR_MS = 180000;
  const autodraft = { connection: null, confirming: null, watch: null };

  function renderAutodraft(connection) {
    autodraft.connection = connection;
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

  async function loadAutodraft() {
    const listed = await call("GET", "v1/connections");
    const mine = (listed.connections || []).filter((c) => c.provider === "microsoft" &&
      c.status !== "disconnected");
    return renderAutodraft(mine[0] || null);
  }

  function watchAutodraft(from) {
    // The sign-in happens in another window: look again until the status changes.
    clearInterval(autodraft.watch);
    const until = Date.now() + AUTODRAFT_WATCH_FOR_MS;
    autodraft.watch = setInterval(async () => {
      let now;
      try {
        now = await loadAutodraft();
      } catch {
        return;
      }
      if (now !== from || Date.now() > until) clearInterval(autodraft.watch);
    }, AUTODRAFT_WATCH_MS);
  }

  function openConnectWindow(url) {
    const ui = Office.context && Office.context.ui;
    if (ui && typeof ui.displayDialogAsync === "function") {
      ui.displayDialogAsync(url, { height: 70, width: 40, promptBeforeOpen: false }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          window.open(url, "_blank", "noopener");
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          loadAutodraft().catch(() => null); // closed by the user: read the status now
        });
      });
    } else {
      window.open(url, "_blank", "noopener");
    }
  }

  $("autodraft-connect").addEventListener("click", async () => {
    $("autodraft-connect").disabled = true;
    $("autodraft-result").textContent = "";
    try {
      const before = autodraft.connection && autodraft.connection.status === "needs_reauth"
        ? "paused" : "off";
      const link = await post("v1/connect/microsoft", {});
      openConnectWindow(link.url);
      $("autodraft-result").textContent = "Sign in in the window that opened, then close it.";
      watchAutodraft(before);
    } catch (error) {
      $("autodraft-result").textContent = `Connecting did not start: ${error.message}`;
    } finally {
      $("autodraft-connect").disabled = false;
    }
  });

  function confirmAutodraft(kind) {
    autodraft.confirming = kind;
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

  $("autodraft-disconnect").addEventListener("click", () => confirmAutodraft("disconnect"));
  $("autodraft-delete").addEventListener("click", () => confirmAutodraft("delete"));
  $("autodraft-no").addEventListener("click", () => {
    show("autodraft-confirm", false);
    autodraft.confirming = null;
  });

  $("autodraft-yes").addEventListener("click", async () => {
    const kind = autodraft.confirming;
    if (!kind) return;
    $("autodraft-yes").disabled = true;
    try {
      const done = kind === "disconnect"
        ? await call("DELETE", `v1/connections/${encodeURIComponent(autodraft.connection.id)}`)
        : await call("DELETE", "v1/me");
      $("autodraft-result").textContent = done.message;
      show("autodraft-confirm", false);
      autodraft.confirming = null;
      await loadAutodraft();
    } catch (error) {
      $("autodraft-result").textContent = `That did not work: ${error.message}`;
    } finally {
      $("autodraft-yes").disabled = false;
    }
  });

  // --- polling the message -------------------------------------------------------------------

  async function poll({ force = false } = {}) {
    if (document.visibilityState !== "visible" && !force) return;
    let recipients;
    let body;
    try {
      [recipients, body] = await Promise.all([readRecipients(), readBody()]);
    } catch {
      return; // the item may be closing; the next tick tries again
    }
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

  // --- start ---------------------------------------------------------------------------------

  async function start() {
    // legacy-check.js has found a webview that cannot run this script and said so already.
    if (window.__rightnoteUnsupported) return;
    if (!window.Office || typeof Office.onReady !== "function") {
      setStatus("Open RightNote from the RightNote button while writing a message in Outlook.",
        "error");
      return;
    }
    await Office.onReady();
    if (!Office.context || !Office.context.mailbox || !item() || !item().body) {
      setStatus("Open RightNote while writing a message: it works on the note you compose.",
        "error");
      return;
    }
    try {
      const response = await fetch(api("outlook/config.json"), { credentials: "omit" });
      state.config = await response.json();
    } catch {
      setStatus("RightNote's server could not be reached. Check your connection and reopen " +
        "the pane.", "error");
      return;
    }
    if (state.config.auth === "unavailable") {
      setStatus("Microsoft sign-in is not set up on this RightNote server.", "error");
      return;
    }
    if (state.config.auth === "microsoft") {
      try {
        await setUpSignIn();
      } catch (error) {
        setStatus(error.message, "error");
        return;
      }
    }
    try {
      [state.recipients, state.subject, state.body, state.bodyType] = await Promise.all([
        readRecipients(), readSubject(), readBody(), readBodyType(),
      ]);
    } catch (error) {
      setStatus(`Outlook did not share the message: ${error.message}`, "error");
      return;
    }
    state.seenBody = state.body;
    state.seenAt = Date.now();
    state.seenRecipients = state.recipients.map((r) => r.email.toLowerCase()).join(",");
    if (state.config.auth === "local") {
      $("mode").textContent = "Running locally: no sign-in needed.";
      show("mode", true);
    }
    setStatus("Looking up your interviews…");
    await refresh({ full: true });
    loadAutodraft().catch(() => null); // the status is secondary: a failure hides nothing else
    startPolling();
  }

  start().catch((error) => setStatus(`Something went wrong: ${error.message || error}`, "error"));
})();
