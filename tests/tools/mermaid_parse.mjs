// Parse Mermaid files with mermaid's own parser: node mermaid_parse.mjs NODE_MODULES FILE...
// Exit 0 when every file parses, 1 (with the parser's message) when one does not.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(path.join(modules, "noop.js"));
const { JSDOM } = require("jsdom");
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const entry = path.join(modules, "mermaid", "dist", "mermaid.core.mjs");
const { default: mermaid } = await import(pathToFileURL(entry).href);
for (const file of files) {
  try {
    await mermaid.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: ${error?.message ?? error}`);
    process.exit(1);
  }
}
console.log("ok");
