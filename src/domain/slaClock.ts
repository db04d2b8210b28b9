/**
 * The SLA clock (SPEC §2 SlaDefinition `hours`): how business time elapses in a support desk's calendar.
 * Pure: no I/O and no clock of its own, every instant is passed in.
 *
 * Business time is real elapsed time while a window is open. A window is a pair of wall-clock
 * times in the calendar's zone, turned into instants with luxon on each local date. A wall-clock
 * time stands for the FIRST instant at which the office clock shows that time or a later one:
 * - on a spring-forward day a time the clocks skip (02:30 in Paris on 2026-03-29) stands for the
 *   instant they jumped (03:00 CEST), so a window touching the skipped hour is shortened by the part
 *   of it that never happened, and a window wholly inside it is empty; 08:00–12:00 is unaffected;
 * - on a fall-back day a time shown twice (02:30 in Paris on 2026-10-25) stands for its first
 *   occurrence, so a window spanning the whole repeated hour (01:00–04:00) lasts one real hour
 *   longer, and a window with a boundary inside it runs from or to the first pass.
 * This reading is monotonic (a later wall-clock time never maps to an earlier instant), so windows
 * that do not overlap on the wall clock never overlap in real time.
 *
 * Instants are handled as epoch milliseconds; minutes are resolved to the millisecond.
 *
 * Every request raised, moved or read asks for due dates, always of the few calendars its partners
 * publish: each calendar is checked and parsed once, and each of its weeks turned into open
 * intervals (luxon's zone lookups are the cost) once, then kept — bounded, see CALENDARS_KEPT and
 * WEEKS_KEPT. Cached values are plain numbers derived from the hours alone, so a cached answer is
 * the answer.
 */
import { DateTime, IANAZone } from 'luxon';
import type { FieldError } from './problems.js';

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

export interface BusinessHours {
  /** IANA zone, e.g. 'Europe/Paris'. */
  timezone: string;
  /** 24/7: every calendar minute counts, `weekly` and `holidays` are ignored. */
  alwaysOpen: boolean;
  /** 'HH:MM' wall-clock times in `timezone`; close may be '24:00'; windows of a day never overlap. */
  weekly: { day: Weekday; open: string; close: string }[];
  /** 'YYYY-MM-DD' dates in `timezone` when nothing is open. */
  holidays: string[];
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
const DAY_MS = DAY_MINUTES * MINUTE_MS;
const WEEK_MS = 7 * DAY_MS;
/** A calendar with no open time for this many weeks in a row (a little over 3 years) never opens. */
const MAX_CLOSED_WEEKS = 157;
/** Distinct calendars kept compiled; past that the cache starts over (they are cheap to rebuild). */
const CALENDARS_KEPT = 256;
/** Weeks kept per calendar: about 20 years of due dates. */
const WEEKS_KEPT = 1_000;

/** A date of the calendar's zone, as days since 1970-01-01. */
type LocalDay = number;

/** Epoch milliseconds, start included, end excluded. */
interface Interval {
  start: number;
  end: number;
}

/** BusinessHours once checked and parsed. */
interface Calendar {
  zone: string;
  alwaysOpen: boolean;
  /** Index 0 is Monday; minutes after local midnight, sorted by opening. */
  windowsByWeekday: { open: number; close: number }[][];
  holidays: Set<LocalDay>;
  /** Weeks resolved so far, by their Monday. */
  weeks: Map<LocalDay, Week>;
  /** The week weekContaining found last. */
  lastWeek?: Week;
}

/** A local week, Monday 00:00 to the next Monday 00:00, the instants it starts and ends, and its open intervals in order. */
interface Week {
  monday: LocalDay;
  start: number;
  end: number;
  intervals: Interval[];
}

/**
 * The earliest instant at which `minutes` business minutes have elapsed since `start`, in UTC
 * (`toISOString()` form); `start` itself when `minutes` is 0. Throws a RangeError on invalid input
 * and an Error when the calendar has no open time for 3 years.
 */
export function addBusinessMinutes(hours: BusinessHours, start: string, minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  const calendar = compiled(hours);
  const from = parseInstant(start);
  let remaining = Math.round(minutes * MINUTE_MS);
  if (calendar.alwaysOpen || remaining === 0) return formatInstant(from + remaining);

  let closedWeeks = 0;
  for (let week = weekContaining(calendar, from); ; week = weekAfter(calendar, week)) {
    let open = false;
    for (const interval of week.intervals) {
      const countFrom = Math.max(interval.start, from);
      if (interval.end <= countFrom) continue;
      open = true;
      // `<=`: a budget running out exactly at a close is due at that close, not at the next opening.
      if (remaining <= interval.end - countFrom) return formatInstant(countFrom + remaining);
      remaining -= interval.end - countFrom;
    }
    closedWeeks = open ? 0 : closedWeeks + 1;
    if (closedWeeks > MAX_CLOSED_WEEKS) {
      throw new Error(`the calendar in ${calendar.zone} has no open time for 3 years after ${formatInstant(from)}`);
    }
  }
}

/** Business minutes inside [from, to), 0 when `to` is not after `from`. */
export function businessMinutesBetween(hours: BusinessHours, from: string, to: string): number {
  const calendar = compiled(hours);
  const fromMs = parseInstant(from);
  const toMs = parseInstant(to);
  if (toMs <= fromMs) return 0;
  if (calendar.alwaysOpen) return (toMs - fromMs) / MINUTE_MS;

  let total = 0;
  for (let week = weekContaining(calendar, fromMs); week.start < toMs; week = weekAfter(calendar, week)) {
    for (const { start, end } of week.intervals) {
      total += Math.max(0, Math.min(end, toMs) - Math.max(start, fromMs));
    }
  }
  return total / MINUTE_MS;
}

/** Whether `instant` lies inside an open window (an opening instant is open, a closing one is not). */
export function isOpenAt(hours: BusinessHours, instant: string): boolean {
  const calendar = compiled(hours);
  const at = parseInstant(instant);
  if (calendar.alwaysOpen) return true;
  return weekContaining(calendar, at).intervals.some(({ start, end }) => start <= at && at < end);
}

/** What a route answers as 400 for these hours; empty when they are valid. */
export function businessHoursErrors(hours: BusinessHours): FieldError[] {
  const errors: FieldError[] = [];
  if (!IANAZone.create(hours.timezone).isValid) {
    errors.push({ path: '/timezone', message: `"${hours.timezone}" is not an IANA time zone` });
  }

  const wellFormed: { index: number; day: Weekday; open: number; close: number }[] = [];
  hours.weekly.forEach(({ day, open, close }, index) => {
    const opensAt = open === '24:00' ? undefined : parseWallClock(open);
    const closesAt = parseWallClock(close);
    if (opensAt === undefined) {
      errors.push({ path: `/weekly/${index}/open`, message: `"${open}" is not a time from 00:00 to 23:59` });
    }
    if (closesAt === undefined) {
      errors.push({ path: `/weekly/${index}/close`, message: `"${close}" is not a time from 00:00 to 24:00` });
    } else if (opensAt !== undefined && closesAt <= opensAt) {
      errors.push({ path: `/weekly/${index}/close`, message: `closes at ${close}, not after it opens at ${open}` });
    } else if (opensAt !== undefined) {
      wellFormed.push({ index, day, open: opensAt, close: closesAt });
    }
  });
  for (const [position, later] of wellFormed.entries()) {
    const overlapped = wellFormed
      .slice(0, position)
      .find((earlier) => earlier.day === later.day && earlier.open < later.close && later.open < earlier.close);
    if (overlapped) {
      errors.push({ path: `/weekly/${later.index}`, message: `overlaps /weekly/${overlapped.index} on ${later.day}` });
    }
  }
  if (!hours.alwaysOpen && hours.weekly.length === 0) {
    errors.push({ path: '/weekly', message: 'no window is ever open: give at least one, or set alwaysOpen' });
  }

  hours.holidays.forEach((holiday, index) => {
    if (parseDate(holiday) === undefined) {
      errors.push({ path: `/holidays/${index}`, message: `"${holiday}" is not a date (YYYY-MM-DD)` });
    }
  });
  return errors;
}

const calendars = new Map<string, Calendar>();

/** The calendar of `hours`, compiled on first use. */
function compiled(hours: BusinessHours): Calendar {
  const key = JSON.stringify(hours);
  let calendar = calendars.get(key);
  if (!calendar) {
    if (calendars.size >= CALENDARS_KEPT) calendars.clear();
    calendar = compile(hours);
    calendars.set(key, calendar);
  }
  return calendar;
}

function compile(hours: BusinessHours): Calendar {
  const errors = businessHoursErrors(hours);
  if (errors.length > 0) {
    throw new RangeError(`invalid business hours: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  }
  // The non-null assertions below hold because businessHoursErrors found nothing to parse badly.
  return {
    zone: hours.timezone,
    alwaysOpen: hours.alwaysOpen,
    windowsByWeekday: weekdays.map((weekday) =>
      hours.weekly
        .filter(({ day }) => day === weekday)
        .map(({ open, close }) => ({ open: parseWallClock(open)!, close: parseWallClock(close)! }))
        .sort((a, b) => a.open - b.open),
    ),
    holidays: new Set(hours.holidays.map((holiday) => parseDate(holiday)!)),
    weeks: new Map(),
  };
}

/** The open intervals of the week from `week.start` to `week.end`, in order. */
function openIntervals(calendar: Calendar, week: Omit<Week, 'intervals'>): Interval[] {
  // In a week without an offset change, local minutes are real minutes after Monday 00:00, which
  // spares a luxon lookup per window; the two weeks a year with a change resolve each time.
  const steady = week.end - week.start === WEEK_MS;
  const instantOf = (day: LocalDay, minute: number): number =>
    steady
      ? week.start + ((day - week.monday) * DAY_MINUTES + minute) * MINUTE_MS
      : wallClockInstant(calendar.zone, day, minute);

  const intervals: Interval[] = [];
  calendar.windowsByWeekday.forEach((windows, weekday) => {
    const day = week.monday + weekday;
    if (calendar.holidays.has(day)) return;
    for (const { open, close } of windows) {
      const interval = { start: instantOf(day, open), end: instantOf(day, close) };
      // A window wholly inside a spring-forward gap never opens.
      if (interval.end > interval.start) intervals.push(interval);
    }
  });
  return intervals;
}

function weekContaining(calendar: Calendar, instant: number): Week {
  // Most instants asked about fall in the week asked about last (this week): no zone lookup then.
  const last = calendar.lastWeek;
  if (last && last.start <= instant && instant < last.end) return last;
  calendar.lastWeek = weekOf(calendar, mondayOf(localDayAt(calendar.zone, instant)));
  return calendar.lastWeek;
}

function weekAfter(calendar: Calendar, week: Week): Week {
  return weekOf(calendar, week.monday + 7);
}

/** The week starting on local `monday`, resolved once per calendar. */
function weekOf(calendar: Calendar, monday: LocalDay): Week {
  let week = calendar.weeks.get(monday);
  if (!week) {
    const start = calendar.weeks.get(monday - 7)?.end ?? wallClockInstant(calendar.zone, monday, 0);
    const bounds = { monday, start, end: weekEnd(calendar.zone, monday, start) };
    week = { ...bounds, intervals: openIntervals(calendar, bounds) };
    if (calendar.weeks.size >= WEEKS_KEPT) calendar.weeks.clear();
    calendar.weeks.set(monday, week);
  }
  return week;
}

/** When the week that starts at `start` ends: 7 × 24 h later unless the offset changes on the way. */
function weekEnd(zone: string, monday: LocalDay, start: number): number {
  const steadyEnd = start + WEEK_MS;
  return offsetAt(zone, steadyEnd) === offsetAt(zone, start) ? steadyEnd : wallClockInstant(zone, monday + 7, 0);
}

/**
 * The first instant at which the office clock shows `minute` (after midnight; 1440 is the next
 * midnight) on local `day`, or a later time: see the module comment for skipped and repeated times.
 */
function wallClockInstant(zone: string, day: LocalDay, minute: number): number {
  if (minute === DAY_MINUTES) return wallClockInstant(zone, day + 1, 0);
  const date = new Date(day * DAY_MS);
  const resolved = DateTime.fromObject(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: Math.floor(minute / 60),
      minute: minute % 60,
    },
    { zone },
  );
  const wanted = day * DAY_MS + minute * MINUTE_MS;
  const shown = wallClockAt(zone, resolved.toMillis());
  if (shown === wanted) {
    // luxon may pick either occurrence of a repeated time; ours is the first.
    return Math.min(...resolved.getPossibleOffsets().map((candidate) => candidate.toMillis()));
  }
  // The clocks skipped `wanted`: luxon moved it forward by the gap, so the jump happened in the
  // preceding `shown - wanted` milliseconds. Find it by bisection.
  let before = resolved.toMillis() - (shown - wanted);
  let after = resolved.toMillis();
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallClockAt(zone, middle) >= wanted) after = middle;
    else before = middle;
  }
  return after;
}

/** What the office clock shows at `instant`, as milliseconds since 1970-01-01 00:00 local time. */
function wallClockAt(zone: string, instant: number): number {
  return instant + offsetAt(zone, instant) * MINUTE_MS;
}

function offsetAt(zone: string, instant: number): number {
  return DateTime.fromMillis(instant, { zone }).offset;
}

function localDayAt(zone: string, instant: number): LocalDay {
  return Math.floor(wallClockAt(zone, instant) / DAY_MS);
}

function mondayOf(day: LocalDay): LocalDay {
  const weekday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday, weekday 3 counting Monday as 0
  return day - weekday;
}

/** Minutes after midnight for 'HH:MM' from 00:00 to 24:00, else undefined. */
function parseWallClock(text: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= DAY_MINUTES ? minutes : undefined;
}

/** The local day of a 'YYYY-MM-DD' date that exists, else undefined. */
function parseDate(text: string): LocalDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as written
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.getTime() / DAY_MS : undefined;
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Epoch milliseconds of an RFC 3339 instant; the offset is required so the host's zone never matters. */
function parseInstant(instant: string): number {
  // The form this module and the database write (toISOString) round-trips without luxon.
  const fast = Date.parse(instant);
  if (Number.isFinite(fast) && formatInstant(fast) === instant) return fast;
  const parsed = rfc3339.test(instant) ? DateTime.fromISO(instant) : undefined;
  if (!parsed?.isValid) throw new RangeError(`"${instant}" is not an RFC 3339 instant`);
  return parsed.toMillis();
}

function formatInstant(instant: number): string {
  return new Date(instant).toISOString();
}
