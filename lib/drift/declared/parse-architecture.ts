import { isMap, LineCounter, type Node, parseDocument } from 'yaml';
import type { Finding } from '../types';
import { extractBlock } from './extract-block';
import { type Declared, SECTION_NAMES, SECTION_SCHEMAS, type SectionName } from './schema';

export type ParsedArchitecture = { declared: Declared; findings: Finding[] };

const DOC = 'document.architecture';

function invalid(fieldPath: string, message: string, line: number | undefined, actual: unknown = null): Finding {
  return { resource: DOC, fieldPath, kind: 'changed', severity: 'high', declared: 'valid', actual, message, line };
}

/**
 * Parses and validates the declared side. Every problem becomes a finding with the line and field
 * instead of an exception, and only the sections that are valid take part in the comparison, so one
 * typo does not turn the whole report into noise.
 */
export function parseArchitecture(markdown: string): ParsedArchitecture {
  const block = extractBlock(markdown);
  if (!block)
    return {
      declared: {},
      findings: [invalid('', 'No machine-readable block (YAML front matter or a ```yaml fence) was found.', undefined)],
    };

  const counter = new LineCounter();
  const doc = parseDocument(block.yaml, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? undefined : block.firstLine + counter.linePos(offset).line - 1;

  if (doc.errors.length > 0) {
    return {
      declared: {},
      findings: doc.errors.map((e) => invalid('', `YAML syntax: ${e.message.split('\n')[0]}`, lineAt(e.pos[0]))),
    };
  }
  if (!isMap(doc.contents))
    return {
      declared: {},
      findings: [invalid('', 'The block must be a YAML mapping of resource types.', block.firstLine)],
    };

  const findings: Finding[] = [];
  const declared: Declared = {};
  for (const pair of doc.contents.items) {
    const key = String((pair.key as Node & { value?: unknown })?.toJSON?.() ?? pair.key);
    const keyLine = lineAt((pair.key as Node | null)?.range?.[0]);
    if (!(SECTION_NAMES as string[]).includes(key)) {
      findings.push({
        resource: DOC,
        fieldPath: key,
        kind: 'unexpected',
        severity: 'medium',
        declared: null,
        actual: key,
        line: keyLine,
        message: `Unknown resource type "${key}" (known: ${SECTION_NAMES.join(', ')}).`,
      });
      continue;
    }
    const name = key as SectionName;
    const result = SECTION_SCHEMAS[name].safeParse(doc.get(name) === undefined ? undefined : doc.toJS()[name]);
    if (result.success) {
      (declared as Record<string, unknown>)[name] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      const path = [name, ...issue.path.map(String)];
      let node: Node | undefined;
      for (let depth = path.length; depth > 0 && !node; depth--)
        node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      findings.push(
        invalid(path.join('.'), `${path.join('.')}: ${issue.message}`, lineAt(node?.range?.[0]) ?? keyLine),
      );
    }
  }
  for (const name of SECTION_NAMES) {
    if (doc.contents.has(name)) continue;
    findings.push({
      resource: DOC,
      fieldPath: name,
      kind: 'missing',
      severity: 'medium',
      declared: name,
      actual: null,
      line: block.firstLine,
      message: `Section "${name}" is not declared, so it is not compared.`,
    });
  }
  return { declared, findings };
}
