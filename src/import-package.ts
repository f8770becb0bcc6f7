// Loads a package written as ES modules (pdf.js, mammoth) when a document first needs it. Code that runs
// from a startup snapshot has no loader for `import()` of its own; the snapshot's entry (cli-snapshot.ts)
// installs one here. Everywhere else this is a plain dynamic import.
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function setPackageImporter(next: Importer): void {
  importer = next;
}

export function importPackage<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}
