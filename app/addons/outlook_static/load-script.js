/* A classic script (the vendored MSAL.js bundle) loaded on demand, as a promise. Used by the pane
 * and by its sign-in dialog. */

export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}
