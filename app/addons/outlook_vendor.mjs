// `npm run build`: copy the pinned MSAL.js browser bundle (UMD, sets `window.msal`) from
// node_modules into the task pane's vendor folder. Nothing is compiled or edited: the file served
// is byte for byte the one in the package `npm ci` verified against package-lock.json.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const pkg = join(root, "node_modules", "@azure", "msal-browser");
const vendor = join(root, "app", "addons", "outlook_static", "vendor");

const wanted = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
  .dependencies["@azure/msal-browser"];
const installed = JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")).version;
if (installed !== wanted) {
  // A stale node_modules would vendor a different library than the lock file names.
  console.error(`@azure/msal-browser ${installed} is installed but ${wanted} is pinned: run npm ci`);
  process.exit(1);
}

mkdirSync(vendor, { recursive: true });
copyFileSync(join(pkg, "lib", "msal-browser.min.js"), join(vendor, "msal-browser.min.js"));
copyFileSync(join(pkg, "LICENSE"), join(vendor, "msal-browser.LICENSE.txt"));
writeFileSync(
  join(vendor, "VERSION.json"),
  `${JSON.stringify({ "@azure/msal-browser": installed }, null, 2)}\n`,
);
console.log(`vendored @azure/msal-browser ${installed} into ${vendor}`);
