// Label Studio tasks (https://labelstud.io/guide/predictions, /guide/task_format): one task per document,
// `data.text` the source text the offsets count in (code points, as Label Studio counts them), entity
// types as labels of a <Labels name="label" toName="text"> control, and each region's value in a
// per-region <TextArea name="value">. Export writes our extraction as `predictions`; import reads a
// person's `annotations` (the latest one not cancelled), or the predictions when nobody annotated.
import { ENTITY_TYPES } from '../model.js';
import { GoldError, type DraftMention, type ExportEntity } from './model.js';
import type { GoldInput } from './read.js';
import { parseValueText, valueText } from './value-text.js';

export const LABEL_STUDIO_CONFIG = `<View>
  <Labels name="label" toName="text">
${ENTITY_TYPES.map((t) => `    <Label value="${t}"/>`).join('\n')}
  </Labels>
  <Text name="text" value="$text" granularity="word"/>
  <TextArea name="value" toName="text" perRegion="true" editable="true" maxSubmissions="1" rows="1" placeholder="value | key=value"/>
</View>
`;

interface Result {
  id: string;
  from_name: string;
  to_name: string;
  type: string;
  value: Record<string, unknown>;
  origin?: string;
}

export function toLabelStudioTasks(input: { text: string; path: string; sha256: string; model: string }, entities: ExportEntity[]): unknown[] {
  const result: Result[] = [];
  entities.forEach((e, i) => {
    const id = `e${i + 1}`;
    result.push({ id, from_name: 'label', to_name: 'text', type: 'labels', value: { start: e.start.offset, end: e.end.offset, text: e.text, labels: [e.type] } });
    result.push({ id, from_name: 'value', to_name: 'text', type: 'textarea', value: { start: e.start.offset, end: e.end.offset, text: [valueText(e)] } });
  });
  return [{ data: { text: input.text, source: input.path, sha256: input.sha256 }, predictions: [{ model_version: input.model, result }] }];
}

export function isLabelStudio(json: unknown): boolean {
  const tasks = Array.isArray(json) ? json : [json];
  return tasks.length > 0 && tasks.every((t) => t && typeof t === 'object' && ('data' in t || ('text' in t && 'label' in t)) && ('annotations' in t || 'predictions' in t || 'label' in t || 'data' in t));
}

export function fromLabelStudio(json: unknown, path: string): GoldInput {
  const tasks = (Array.isArray(json) ? json : [json]) as Array<Record<string, any>>;
  if (tasks.length !== 1) {
    throw new GoldError(path, [`holds ${tasks.length} tasks; a fixture is one document: export the one task of this document from Label Studio`]);
  }
  const task = tasks[0];
  // JSON-MIN export: { text, label: [{start, end, text, labels}] }
  if (Array.isArray(task.label) && !task.data) {
    const drafts = task.label.map((r: any, i: number): DraftMention => ({ where: `region ${i + 1}`, type: r.labels?.[0], text: r.text, start: r.start, end: r.end, extras: {} }));
    return { format: 'label-studio', drafts, text: typeof task.text === 'string' ? task.text : undefined, reviewed: true };
  }
  const annotations = (Array.isArray(task.annotations) ? task.annotations : []).filter((a: any) => !a.was_cancelled);
  const chosen = annotations.length ? annotations[annotations.length - 1] : task.predictions?.[task.predictions.length - 1];
  if (!chosen || !Array.isArray(chosen.result)) {
    throw new GoldError(path, ['the task has neither annotations nor predictions; submit the task in Label Studio, then export it as JSON']);
  }
  const regions = new Map<string, DraftMention>();
  const problems: string[] = [];
  (chosen.result as Result[]).forEach((r, i) => {
    const id = r.id ?? `#${i}`;
    const draft = regions.get(id) ?? { where: `region ${regions.size + 1}`, extras: {} };
    regions.set(id, draft);
    const v = r.value ?? {};
    if (r.type === 'labels') {
      const labels = (v.labels ?? []) as string[];
      if (labels.length !== 1) problems.push(`${draft.where} (id ${id}): ${labels.length} labels; give each region one entity type`);
      draft.type = labels[0];
      draft.text = v.text as string;
      draft.start = v.start as number;
      draft.end = v.end as number;
      draft.where = `region ${[...regions.keys()].indexOf(id) + 1} "${v.text}"`;
    } else if (r.type === 'textarea') {
      const line = Array.isArray(v.text) ? String(v.text[0] ?? '') : String(v.text ?? '');
      const parsed = parseValueText(line);
      draft.value = parsed.value;
      draft.extras = parsed.extras;
    }
  });
  if (problems.length) throw new GoldError(path, problems);
  const drafts = [...regions.values()].filter((d) => d.type !== undefined || d.text !== undefined);
  for (const d of drafts) if (d.type === undefined) d.where += ' (a value with no label)';
  return {
    format: 'label-studio',
    drafts,
    text: typeof task.data?.text === 'string' ? task.data.text : undefined,
    sha256: typeof task.data?.sha256 === 'string' ? task.data.sha256 : undefined,
    reviewed: annotations.length > 0,
    annotator: annotations.length ? 'label-studio' : undefined,
  };
}
