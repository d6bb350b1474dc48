/* A stand-in for MSAL.js's browser bundle in the task-pane tests (served in place of
 * /outlook/vendor/msal-browser.min.js). Nested App Authentication needs a real Office host to
 * broker tokens; here the test hands over a token minted by the fake identity platform:
 *   window.__msalStub = {token, silentFails, staleToken}
 * and reads back the configuration and token requests the pane made.
 */
(function () {
  "use strict";
  var stub = Object.assign({ token: null, silentFails: false, config: null, silent: [], popup: [],
    redirectResult: null, redirects: [], pcaConfig: null }, window.__msalStub || {});
  window.__msalStub = stub;
  var account = null;

  // The standard client auth-dialog.js uses: `redirectResult` is what handleRedirectPromise
  // returns (null on the first load, before the redirect to Microsoft).
  function PublicClientApplication(config) {
    stub.pcaConfig = config;
  }
  PublicClientApplication.prototype.initialize = function () { return Promise.resolve(); };
  PublicClientApplication.prototype.handleRedirectPromise = function () {
    return Promise.resolve(stub.redirectResult);
  };
  PublicClientApplication.prototype.loginRedirect = function (request) {
    stub.redirects.push(request);
    return new Promise(function () {}); // the page navigates away
  };

  window.msal = {
    PublicClientApplication: PublicClientApplication,
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
          // `staleToken`: what MSAL's cache still holds (expired on the server's clock); only
          // forceRefresh redeems the refresh token for `token`.
          var cached = stub.staleToken && !request.forceRefresh ? stub.staleToken : stub.token;
          return Promise.resolve({ accessToken: cached, account: { username: "alice" } });
        },
        acquireTokenPopup: function (request) {
          stub.popup.push(request);
          return Promise.resolve({ accessToken: stub.token, account: { username: "alice" } });
        },
      });
    },
  };
})();
