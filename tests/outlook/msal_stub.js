/* A stand-in for MSAL.js's browser bundle in the task-pane tests (served in place of
 * /outlook/vendor/msal-browser.min.js). Nested App Authentication needs a real Office host to
 * broker tokens; here the test hands over a token minted by the fake identity platform:
 *   window.__msalStub = {token, silentFails}
 * and reads back the configuration and token requests the pane made.
 */
(function () {
  "use strict";
  var stub = Object.assign({ token: null, silentFails: false, config: null, silent: [], popup: [] },
    window.__msalStub || {});
  window.__msalStub = stub;
  var account = null;

  window.msal = {
    createNestablePublicClientApplication: function (config) {
      stub.config = config;
      return Promise.resolve({
        getActiveAccount: function () { return account; },
        setActiveAccount: function (value) { account = value; },
        acquireTokenSilent: function (request) {
          stub.silent.push(request);
          if (stub.silentFails && !account) {
            return Promise.reject(Object.assign(new Error("interaction_required"),
              { errorCode: "interaction_required" }));
          }
          return Promise.resolve({ accessToken: stub.token, account: { username: "alice" } });
        },
        acquireTokenPopup: function (request) {
          stub.popup.push(request);
          return Promise.resolve({ accessToken: stub.token, account: { username: "alice" } });
        },
      });
    },
  };
})();
