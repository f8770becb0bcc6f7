// A validator for the Frictionless Tabular Data Package profile (vendored in schema/vendor), in ajv's
// strict mode, with the profile's formats checked (uri, email, date-time: ajv-formats) rather than
// ignored with a warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from './helpers.js';

export function dataPackageValidator() {
  const profile = JSON.parse(readFileSync(join(ROOT, 'schema', 'vendor', 'tabular-data-package.json'), 'utf8'));
  // The profile, as published, leaves "type": "object" implicit beside "required" and names required
  // properties inside oneOf branches that declare none: strict mode's type and required checks are for
  // schemas we write, so those two are off; every other strict check stays on.
  const ajv = new Ajv({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
  addFormats(ajv);
  // Hints for the forms Frictionless builds from the profile; they constrain nothing.
  ajv.addFormat('textarea', true);
  ajv.addVocabulary(['propertyOrder', 'context', 'options', 'hidden', 'notes', 'examples']);
  return ajv.compile(profile);
}
