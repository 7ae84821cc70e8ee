import { l10n } from './l10n';

/** A span of partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); a missing bound is open. */
export interface DateInterval {
  readonly since?: string;
  readonly until?: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parse(s: string): DateParts | undefined {
  const m = PARTIAL_DATE.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's days_from_civil); avoids
// Date, which maps years below 100 to the 1900s.
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function firstDayNumber(p: DateParts): number {
  return dayNumber(p.year, p.month ?? 1, p.day ?? 1);
}

function lastDayNumber(p: DateParts): number {
  const month = p.month ?? 12;
  return dayNumber(p.year, month, p.day ?? daysInMonth(p.year, month));
}

/** True for a real calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (leap years honoured). */
export function isValidPartialDate(s: string): boolean {
  return parse(s) !== undefined;
}

/** Orders partial dates by the first day they cover, a coarser date before a finer one with the same start; invalid dates last. */
export function compareDates(a: string, b: string): number {
  const va = isValidPartialDate(a);
  const vb = isValidPartialDate(b);
  if (va !== vb) return va ? -1 : 1;
  // Zero-padded ISO strings already sort this way: a prefix ('2023-07') precedes its extensions.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first day (`YYYY-MM-DD`) a partial date covers, or undefined when it is not valid. */
export function firstDay(s: string): string | undefined {
  const p = parse(s);
  return p && `${s.slice(0, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last day (`YYYY-MM-DD`) a partial date covers, or undefined when it is not valid. */
export function lastDay(s: string): string | undefined {
  const p = parse(s);
  if (!p) return undefined;
  const month = p.month ?? 12;
  return `${s.slice(0, 4)}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// [first, last] day numbers of an interval; open or invalid bounds are infinite.
function span(interval: DateInterval): [number, number] {
  const since = interval.since === undefined ? undefined : parse(interval.since);
  const until = interval.until === undefined ? undefined : parse(interval.until);
  return [since ? firstDayNumber(since) : -Infinity, until ? lastDayNumber(until) : Infinity];
}

/**
 * True when `interval` holds at `at`: since <= at <= until, a partial `since` meaning its first day
 * and a partial `until` its last; a partial `at` holds when any of its days does. Missing or
 * invalid bounds are open; an invalid `at` matches nothing.
 */
export function isValidAt(interval: DateInterval, at: string): boolean {
  const p = parse(at);
  if (!p) return false;
  const [from, to] = span(interval);
  return from <= lastDayNumber(p) && firstDayNumber(p) <= to;
}

/** True when `interval` has ended before `at` begins (its `until`'s last day precedes `at`'s first); false for invalid input. */
export function endsBefore(interval: DateInterval, at: string): boolean {
  const p = parse(at);
  const until = interval.until === undefined ? undefined : parse(interval.until);
  return p !== undefined && until !== undefined && lastDayNumber(until) < firstDayNumber(p);
}

/** Whole days between two intervals (open bounds reach forever): 0 when they overlap, Infinity when either is empty. */
export function gapInDays(a: DateInterval, b: DateInterval): number {
  const [aFrom, aTo] = span(a);
  const [bFrom, bTo] = span(b);
  if (aFrom > aTo || bFrom > bTo) return Infinity;
  if (aTo < bFrom) return bFrom - aTo;
  if (bTo < aFrom) return aFrom - bTo;
  return 0;
}

// Month names come from the bundle rather than Intl, so dates speak the language the rest of the
// text does (English where News Lens has no translation) whatever the runtime's ICU data.
function monthName(month: number): string {
  const names = [
    l10n.t('Jan'), l10n.t('Feb'), l10n.t('Mar'), l10n.t('Apr'), l10n.t('May'), l10n.t('Jun'),
    l10n.t('Jul'), l10n.t('Aug'), l10n.t('Sep'), l10n.t('Oct'), l10n.t('Nov'), l10n.t('Dec'),
  ];
  return names[month - 1] ?? '';
}

/** Display form in the current language: `26 Jul 2023`, `Jul 2023` or `2023`; an invalid date comes back unchanged. */
export function formatDate(s: string): string {
  const p = parse(s);
  if (!p) return s;
  const year = s.slice(0, 4);
  if (p.month === undefined) return year;
  const month = monthName(p.month);
  if (p.day === undefined) return `${month} ${year}`;
  // The first of the month has its own message: French writes « 1er avr. 2021 ».
  return p.day === 1 ? l10n.t('1 {0} {1}', month, year) : `${p.day} ${month} ${year}`;
}

/** Display form of an interval: `since X`, `until Y`, `X – Y`, or undefined when both bounds are missing. */
export function formatInterval(interval: DateInterval): string | undefined {
  const { since, until } = interval;
  if (since !== undefined && until !== undefined) return formatRange(since, until);
  if (since !== undefined) return l10n.t('since {0}', formatDate(since));
  if (until !== undefined) return l10n.t('until {0}', formatDate(until));
  return undefined;
}

/** Display form of a closed span: `30 Jul 2023 – 24 Feb 2024`. */
export function formatRange(since: string, until: string): string {
  return l10n.t('{0} – {1}', formatDate(since), formatDate(until));
}
