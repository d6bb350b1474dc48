/* A stub Office.js host for the task-pane tests: served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js by Playwright routing.
 *
 * It implements the Mailbox compose calls the pane uses, asynchronously and with Office's
 * result shape ({status, value} / {status, error}), and records what is inserted. The test
 * sets `window.__officeStub` (an init script) before the page loads:
 *   {to: [{displayName, emailAddress}], cc: [...], subject, body, bodyType: "html" | "text"}
 * and reads back `window.__officeStub.inserted` ([{data, coercionType}]) and `.subjectSet`.
 * Sign-in: `nestedAppAuth` (bool) answers isSetSupported("NestedAppAuth"); `ssoToken` /
 * `ssoError` drive Office.auth.getAccessToken (calls in `.sso`); `dialogReply` is what the
 * sign-in dialog messages back (dialogs opened in `.dialogs`).
 * Like Outlook, it refuses HTML inserted into a plain-text body (InvalidFormatError), inserts at
 * the top of a body that never had focus, and reads a text body back as HTML-escaped lines.
 */
(function () {
  "use strict";

  var stub = Object.assign(
    { to: [], cc: [], subject: "", body: "", bodyType: "html", inserted: [], subjectSet: [],
      calls: [], nestedAppAuth: false, dialogs: [], sso: [], ssoToken: null, ssoError: null,
      dialogReply: null, parentMessages: [] },
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

  var itemHandlers = [];
  stub.switchItem = function (values) {
    ["to", "cc", "subject", "body", "bodyType"].forEach(function (key) {
      if (key in values) stub[key] = values[key];
    });
    itemHandlers.forEach(function (handler) {
      setTimeout(function () { handler({ type: "olkItemSelectedChanged" }); }, 0);
    });
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
      // ItemChanged (Mailbox 1.5, a pinned pane): `__officeStub.switchItem({to, cc, body, ...})`
      // stands for the user opening another message; the item then reads the new values.
      mailbox: {
        item: item,
        addHandlerAsync: function (type, handler) {
          stub.calls.push("mailbox.addHandlerAsync:" + type);
          if (type === "olkItemSelectedChanged") itemHandlers.push(handler);
          var callback = arguments.length > 2 ? callbackOf(arguments) : null;
          if (callback && callback !== handler) ok(callback);
        },
      },
      // Office dialogs: records the URL opened; `__officeStub.closeDialogs()` closes them all
      // (the host then sends DialogEventReceived, as when the user closes the window).
      ui: {
        displayDialogAsync: function (url, options) {
          var callback = callbackOf(arguments);
          var handlers = [];
          var messageHandlers = [];
          var record = { url: url, options: options || null, closed: false };
          stub.dialogs.push(record);
          stub.closeDialogs = function () {
            handlers.forEach(function (handler) { handler({ error: 12006 }); });
          };
          ok(callback, {
            addEventHandler: function (type, handler) {
              if (type === "dialogEventReceived") handlers.push(handler);
              if (type === "dialogMessageReceived") messageHandlers.push(handler);
            },
            close: function () { record.closed = true; },
          });
          // `dialogReply` stands for what auth-dialog.js sends with messageParent once the user
          // has signed in there (a string, as Office delivers it).
          if (stub.dialogReply !== null && url.indexOf("/auth-dialog.html") !== -1) {
            setTimeout(function () {
              var origin = new URL(url).origin;
              messageHandlers.forEach(function (handler) {
                handler({ message: stub.dialogReply, origin: origin });
              });
            }, 20);
          }
        },
        messageParent: function (message) {
          stub.parentMessages.push(message);
        },
      },
    },
    // Office SSO. Like office.js on a host without it, getAccessToken rejects (13000) unless
    // the test gives a token; `ssoError` makes it reject with that code (e.g. 13003).
    auth: {
      getAccessToken: function (options) {
        stub.sso.push(options || null);
        return new Promise(function (resolve, reject) {
          setTimeout(function () {
            if (stub.ssoToken && !stub.ssoError) return resolve(stub.ssoToken);
            var code = stub.ssoError || 13000;
            reject({ code: code, name: "API Not Supported", message: "SSO failed: " + code });
          }, 0);
        });
      },
    },
    EventType: { DialogEventReceived: "dialogEventReceived", DialogMessageReceived: "dialogMessageReceived",
      ItemChanged: "olkItemSelectedChanged" },
    onReady: function (callback) {
      var info = { host: "Outlook", platform: "OfficeOnline" };
      var ready = new Promise(function (resolve) { setTimeout(function () { resolve(info); }, 0); });
      if (callback) ready.then(callback);
      return ready;
    },
  };
})();
