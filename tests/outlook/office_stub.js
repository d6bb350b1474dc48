/* A stub Office.js host for the task-pane tests: served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js by Playwright routing.
 *
 * It implements the Mailbox compose calls the pane uses, asynchronously and with Office's
 * result shape ({status, value} / {status, error}), and records what is inserted. The test
 * sets `window.__officeStub` (an init script) before the page loads:
 *   {to: [{displayName, emailAddress}], cc: [...], subject, body, bodyType: "html" | "text"}
 * and reads back `window.__officeStub.inserted` ([{data, coercionType}]) and `.subjectSet`.
 * Like Outlook, it refuses HTML inserted into a plain-text body (InvalidFormatError), inserts at
 * the top of a body that never had focus, and reads a text body back as HTML-escaped lines.
 */
(function () {
  "use strict";

  var stub = Object.assign(
    { to: [], cc: [], subject: "", body: "", bodyType: "html", inserted: [], subjectSet: [],
      calls: [], nestedAppAuth: false, dialogs: [] },
    window.__officeStub || {}
  );
  window.__officeStub = stub;

  var Succeeded = "succeeded";
  var Failed = "failed";

  function later(callback, result) {
    // Office answers on a later turn of the event loop, never synchronously.
    setTimeout(function () { callback(result); }, 0);
  }
  function ok(callback, value) {
    later(callback, { status: Succeeded, value: value, error: null });
  }
  function fail(callback, name, message) {
    later(callback, { status: Failed, value: undefined, error: { name: name, message: message, code: 9000 } });
  }
  function callbackOf(args) {
    for (var i = args.length - 1; i >= 0; i--) {
      if (typeof args[i] === "function") return args[i];
    }
    throw new Error("Office stub: no callback given");
  }
  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function recipients(field) {
    return {
      getAsync: function () {
        stub.calls.push(field + ".getAsync");
        ok(callbackOf(arguments), (stub[field] || []).map(function (r) {
          return { displayName: r.displayName, emailAddress: r.emailAddress, recipientType: "other" };
        }));
      },
    };
  }

  var item = {
    itemType: "message",
    to: recipients("to"),
    cc: recipients("cc"),
    subject: {
      getAsync: function () {
        stub.calls.push("subject.getAsync");
        ok(callbackOf(arguments), stub.subject);
      },
      setAsync: function (value) {
        stub.calls.push("subject.setAsync");
        stub.subject = value;
        stub.subjectSet.push(value);
        ok(callbackOf(arguments));
      },
    },
    body: {
      getTypeAsync: function () {
        stub.calls.push("body.getTypeAsync");
        ok(callbackOf(arguments), stub.bodyType);
      },
      getAsync: function (coercionType) {
        stub.calls.push("body.getAsync:" + coercionType);
        var body = stub.body;
        if (coercionType === "html" && stub.bodyType === "text") {
          body = body.split("\n").map(function (line) {
            return "<div>" + (escapeHtml(line) || "<br>") + "</div>";
          }).join("");
        }
        ok(callbackOf(arguments), body);
      },
      setSelectedDataAsync: function (data, options) {
        var coercionType = (options && typeof options === "object" && options.coercionType) || "text";
        stub.calls.push("body.setSelectedDataAsync:" + coercionType);
        var callback = callbackOf(arguments);
        if (typeof data !== "string" || data.length > 1000000) {
          return fail(callback, "DataExceedsMaximumSize", "The data is too large.");
        }
        if (coercionType === "html" && stub.bodyType === "text") {
          return fail(callback, "InvalidFormatError", "HTML cannot be inserted into a text body.");
        }
        stub.inserted.push({ data: data, coercionType: coercionType });
        stub.body = data + stub.body;
        ok(callback);
      },
    },
  };

  window.Office = {
    AsyncResultStatus: { Succeeded: Succeeded, Failed: Failed },
    CoercionType: { Html: "html", Text: "text" },
    HostType: { Outlook: "Outlook" },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          if (name === "NestedAppAuth") return stub.nestedAppAuth;
          if (name === "Mailbox") return parseFloat(version || "1.0") <= 1.13;
          return false;
        },
      },
      mailbox: { item: item },
      // Office dialogs: records the URL opened; `__officeStub.closeDialogs()` closes them all
      // (the host then sends DialogEventReceived, as when the user closes the window).
      ui: {
        displayDialogAsync: function (url, options) {
          var callback = callbackOf(arguments);
          var handlers = [];
          stub.dialogs.push({ url: url, options: options || null });
          stub.closeDialogs = function () {
            handlers.forEach(function (handler) { handler({ error: 12006 }); });
          };
          ok(callback, {
            addEventHandler: function (type, handler) {
              if (type === "dialogEventReceived") handlers.push(handler);
            },
            close: function () {},
          });
        },
      },
    },
    EventType: { DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived" },
    onReady: function (callback) {
      var info = { host: "Outlook", platform: "OfficeOnline" };
      var ready = new Promise(function (resolve) { setTimeout(function () { resolve(info); }, 0); });
      if (callback) ready.then(callback);
      return ready;
    },
  };
})();
