// The formats `policy-extract export` writes (a file of its own, so the command line can list them
// without loading the pipeline).
export const EXPORT_FORMATS = ['label-studio', 'web-annotation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
