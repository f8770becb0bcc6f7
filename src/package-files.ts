// The installed package's own files (package.json, the worker script), found from this module's place in
// dist/. Every path the program takes from its own location goes through here, so that a build which
// moves the code into one file (the startup snapshot's bundle) has one place to tell where dist/ is.
import { readFileSync } from 'node:fs';

/** A file of the package, by its path from the package's root: "package.json", "dist/batch/worker.js". */
export function packageFile(path: string): URL {
  return new URL(`../${path}`, import.meta.url);
}

let info: { name: string; version: string } | null = null;

/** The tool's name and version, from package.json. */
export function toolInfo(): { name: string; version: string } {
  if (!info) {
    const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { name: string; version: string };
    info = { name: pkg.name, version: pkg.version };
  }
  return info;
}
