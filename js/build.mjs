// Bundles the libraries kgraph view draws with into one minified file inside the package,
// with the licences of every package that went into it, so that the page opens offline.
// Run by build.sh after `npm ci`; the versions are package-lock.json's.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, "..", "kgraph", "export", "data");
const result = await build({
  entryPoints: [join(here, "entry.js")],
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "kgraphLibraries",
  target: "es2020",
  legalComments: "none", // the licences go whole into the file beside it
  metafile: true,
  write: false,
});

// the packages whose code is in the bundle, from the inputs esbuild read
const names = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (match) names.add(match[1]);
}
const packages = [...names].sort().map((name) => {
  const folder = join(here, "node_modules", name);
  const { version, license } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  const file = ["LICENSE", "LICENSE.txt", "LICENSE.md", "license"].find((f) => existsSync(join(folder, f)));
  if (!file) throw new Error(`${name} ships no licence file`);
  return { name, version, license, text: readFileSync(join(folder, file), "utf8").trim() };
});
const named = packages.map((p) => `${p.name} ${p.version} (${p.license})`).join(", ");
const banner = `/*! kgraph view's libraries: ${named}. Licences: graph-libraries.LICENSE.txt. ` +
  "Built from kgraph's js/ folder by js/build.sh. */\n";
const code = result.outputFiles[0].text;
// the bundle is inlined in a <script> element, which these would end early
if (/<\/script|<!--/i.test(code)) throw new Error("the bundle holds </script or <!--");
writeFileSync(join(data, "graph-libraries.min.js"), banner + code);
writeFileSync(
  join(data, "graph-libraries.LICENSE.txt"),
  packages.map((p) => `${p.name} ${p.version}, ${p.license}\n\n${p.text}\n`).join("\n" + "-".repeat(72) + "\n\n"),
);
console.log(`graph-libraries.min.js: ${named}; ${(banner.length + code.length) / 1000 | 0} kB`);
