// ESLint for the Outlook task pane (browser ES modules), its sign-in dialog, the old-engine check
// and the Node scripts. `npm run lint`; .ci/run runs it. Pinned in package.json / package-lock.
import js from "@eslint/js";

const browser = {
  window: "readonly", document: "readonly", console: "readonly", fetch: "readonly",
  URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", setInterval: "readonly",
  clearInterval: "readonly", atob: "readonly", Promise: "readonly", Map: "readonly",
  Set: "readonly", JSON: "readonly", Date: "readonly",
};

export default [
  { ignores: ["node_modules/**", ".venv/**", "app/addons/outlook_static/vendor/**", "test-artifacts/**"] },
  js.configs.recommended,
  {
    files: ["app/addons/outlook_static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...browser, Office: "readonly" },
    },
    rules: {
      eqeqeq: "error",
      "no-var": "error",
      "prefer-const": "error",
      "no-implicit-globals": "error",
      // Text from the server goes in with textContent, never as HTML.
      "no-restricted-properties": ["error",
        { property: "innerHTML", message: "Set textContent; never put server text in as HTML." },
        { property: "outerHTML", message: "Set textContent; never put server text in as HTML." }],
      "no-restricted-syntax": ["error",
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Never put server text in as HTML." }],
    },
  },
  {
    // The old-engine check must parse where ES2015 does not: plain ES5 in a classic script.
    files: ["app/addons/outlook_static/legacy-check.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { ...browser } },
    // ES5 has no optional catch binding, so the probe's catch names an error it does not use.
    rules: { "no-var": "off", "prefer-const": "off", "no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    // The test suite's Office.js and MSAL stubs run as classic scripts in the page.
    files: ["tests/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...browser, Office: "writable", msal: "writable" },
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { process: "readonly", console: "readonly", URL: "readonly" },
    },
  },
];
