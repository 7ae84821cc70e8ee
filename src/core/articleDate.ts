import { parseDocument } from 'yaml';
import { isValidPartialDate } from './dates';

const DATE_LINE = /^date(?::[ \t]*|[ \t]+)(\S.*)$/i;
const DATE_VALUE = /^(\d{4}-\d{2}-\d{2})(?:[Tt ][0-9:.]+(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;
const FRONT_MATTER_END = /^(?:---|\.\.\.)[ \t]*$/;

function calendarDate(value: string): string | undefined {
  const day = DATE_VALUE.exec(value.trim())?.[1];
  return day !== undefined && isValidPartialDate(day) ? day : undefined;
}

// Lines are cut lazily: hovers call this on whole documents, and only the top matters.
function* linesOf(text: string): Generator<string> {
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    yield text.slice(start, m.index);
    start = breaks.lastIndex;
  }
  yield text.slice(start);
}

function frontMatterDate(lines: Iterator<string>): string | undefined {
  const body: string[] = [];
  for (let next = lines.next(); !next.done; next = lines.next()) {
    if (FRONT_MATTER_END.test(next.value)) return dateIn(body.join('\n'));
    body.push(next.value);
  }
  return undefined;
}

function dateIn(yaml: string): string | undefined {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined; // alias bombs and the like: no date rather than a throw
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const key = Object.keys(data).find((k) => k.toLowerCase() === 'date');
  const value: unknown = key === undefined ? undefined : (data as Record<string, unknown>)[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : calendarDate(value.toISOString());
  return typeof value === 'string' ? calendarDate(value) : undefined;
}

/**
 * The article's date (`YYYY-MM-DD`) from a `date 2024-01-28` first non-empty line or a `date:` key
 * in leading YAML front matter (quoted or with a time; the time is dropped). BOM and CRLF are
 * tolerated; anything else, including bad YAML or an impossible date, gives undefined.
 */
export function articleDate(text: string): string | undefined {
  const lines = linesOf(text.replace(/^\uFEFF/, ''));
  let first = lines.next();
  if (!first.done && /^---[ \t]*$/.test(first.value)) return frontMatterDate(lines);
  while (!first.done && first.value.trim() === '') first = lines.next();
  const value = first.done ? undefined : DATE_LINE.exec(first.value.trim())?.[1];
  return value === undefined ? undefined : calendarDate(value);
}
