// Which reader a file needs, decided from its content first and its extension second:
// a ".txt" that holds "<!DOCTYPE html>" is read as HTML.
import type { SourceFormat } from '../model.js';

export function detectFormat(path: string, raw: string): SourceFormat {
  const head = raw.slice(0, 2048).trimStart();
  if (/^\{[\s\S]*"(?:details|base_path|content_id|title)"\s*:/.test(head)) return 'govuk-json';
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^<(?:main|div|section|article|h[1-6]|p)[\s>]/i.test(head) && /<\/(?:p|div|h[1-6]|li)>/i.test(raw)) return 'html';
  const ext = path.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'govuk-json';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (/^#{1,6}\s+\S/m.test(head) && /^#{1,6}\s+\S/m.test(raw.slice(0, 20000).split('\n').slice(1).join('\n'))) {
    return 'markdown';
  }
  return 'text';
}
