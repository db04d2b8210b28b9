import fc from 'fast-check';
import t from 'tap';
import {
  addBusinessMinutes,
  businessHoursErrors,
  businessMinutesBetween,
  isOpenAt,
  weekdays,
} from '../../src/domain/slaClock.js';
import type { BusinessHours, Weekday } from '../../src/domain/slaClock.js';
import { frenchHolidays2026, oracleDue } from '../support/parisOffice.js';

const workingDays: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

function calendar(
  days: readonly Weekday[],
  windows: [string, string][],
  overrides: Partial<BusinessHours> = {},
): BusinessHours {
  return {
    timezone: 'Europe/Paris',
    alwaysOpen: false,
    weekly: days.flatMap((day) => windows.map(([open, close]) => ({ day, open, close }))),
    holidays: [],
    ...overrides,
  };
}

const officeHours = calendar(workingDays, [['09:00', '18:00']]);

t.test('Friday 17:30 + 60 min is Monday 09:30 local, across the spring-forward weekend', async (t) => {
  t.equal(addBusinessMinutes(officeHours, '2026-03-27T17:30:00+01:00', 60), '2026-03-30T07:30:00.000Z');
  t.equal(businessMinutesBetween(officeHours, '2026-03-27T17:30:00+01:00', '2026-03-30T09:30:00+02:00'), 60);
  t.equal(isOpenAt(officeHours, '2026-03-28T12:00:00+01:00'), false, 'closed on Saturday');
});

t.test('a lunch break is skipped, and a budget that runs out at a close is due at that close', async (t) => {
  const hours = calendar(workingDays, [
    ['09:00', '12:00'],
    ['13:00', '17:00'],
  ]);
  t.equal(addBusinessMinutes(hours, '2026-06-16T11:30:00+02:00', 60), '2026-06-16T11:30:00.000Z', '13:30 local');
  t.equal(
    addBusinessMinutes(hours, '2026-06-16T11:30:00+02:00', 30),
    '2026-06-16T10:00:00.000Z',
    '12:00 local, not 13:00',
  );
  t.equal(addBusinessMinutes(hours, '2026-06-16T12:15:00+02:00', 1), '2026-06-16T11:01:00.000Z', 'from lunch: 13:01');
  t.equal(
    addBusinessMinutes(hours, '2026-06-16T11:30:00+02:00', 0.5),
    '2026-06-16T09:30:30.000Z',
    'fractional minutes',
  );
  t.equal(
    addBusinessMinutes(hours, '2026-06-16T12:15:00+02:00', 0),
    '2026-06-16T10:15:00.000Z',
    '0 min: start, in UTC',
  );
  t.equal(isOpenAt(hours, '2026-06-16T12:30:00+02:00'), false);
  t.equal(isOpenAt(hours, '2026-06-16T13:00:00+02:00'), true, 'open at the opening minute');
  t.equal(isOpenAt(hours, '2026-06-16T17:00:00+02:00'), false, 'closed at the closing minute');
  t.equal(businessMinutesBetween(hours, '2026-06-15T00:00:00+02:00', '2026-06-22T00:00:00+02:00'), 5 * 7 * 60);
  t.equal(businessMinutesBetween(hours, '2026-06-16T14:00:00+02:00', '2026-06-16T10:00:00+02:00'), 0, 'to before from');
});

t.test('a holiday is skipped', async (t) => {
  const hours = { ...officeHours, holidays: ['2026-05-01'] };
  t.equal(
    addBusinessMinutes(hours, '2026-04-30T17:00:00+02:00', 120),
    '2026-05-04T08:00:00.000Z',
    'Monday 10:00 local',
  );
  t.equal(isOpenAt(hours, '2026-05-01T10:00:00+02:00'), false);
  t.equal(businessMinutesBetween(hours, '2026-04-27T00:00:00+02:00', '2026-05-04T00:00:00+02:00'), 4 * 9 * 60);
});

t.test('a 24/7 calendar counts real minutes, across DST changes too, and ignores weekly and holidays', async (t) => {
  const hours = { ...officeHours, alwaysOpen: true, holidays: ['2026-03-29'] };
  t.equal(addBusinessMinutes(hours, '2026-03-28T12:00:00+01:00', 24 * 60), '2026-03-29T11:00:00.000Z', '13:00 CEST');
  t.equal(addBusinessMinutes(hours, '2026-10-24T12:00:00+02:00', 24 * 60), '2026-10-25T10:00:00.000Z', '11:00 CET');
  t.equal(businessMinutesBetween(hours, '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'), 25 * 60);
  t.equal(isOpenAt(hours, '2026-03-29T03:00:00+02:00'), true);
});

const everyDay = calendar(weekdays, [['01:00', '04:00']]);
const sundayOnly = (open: string, close: string) => calendar(['sunday'], [[open, close]]);

t.test('spring forward (Paris, 2026-03-29): the skipped hour shortens the windows it touches', async (t) => {
  t.equal(
    businessMinutesBetween(everyDay, '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00'),
    120,
    '01:00–04:00 lasts 2 h',
  );
  t.equal(addBusinessMinutes(everyDay, '2026-03-29T01:00:00+01:00', 90), '2026-03-29T01:30:00.000Z', '03:30 CEST');
  t.equal(
    addBusinessMinutes(everyDay, '2026-03-29T01:00:00+01:00', 150),
    '2026-03-29T23:30:00.000Z',
    'Monday 01:30 CEST',
  );

  const fromInsideTheGap = sundayOnly('02:30', '05:00');
  t.equal(isOpenAt(fromInsideTheGap, '2026-03-29T00:59:59.999Z'), false);
  t.equal(isOpenAt(fromInsideTheGap, '2026-03-29T01:00:00Z'), true, 'opens when the clocks jump to 03:00 CEST');
  t.equal(businessMinutesBetween(fromInsideTheGap, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'), 120);

  const wholeGap = sundayOnly('02:00', '03:00');
  t.equal(businessMinutesBetween(wholeGap, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'), 0, 'never opens');

  const morning = sundayOnly('08:00', '12:00');
  t.equal(addBusinessMinutes(morning, '2026-03-29T00:00:00+01:00', 1), '2026-03-29T06:01:00.000Z', 'opens 08:00 CEST');
  t.equal(businessMinutesBetween(morning, '2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00'), 240);
});

t.test('fall back (Paris, 2026-10-25): a repeated hour inside a window counts twice', async (t) => {
  t.equal(
    businessMinutesBetween(everyDay, '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'),
    240,
    '01:00–04:00 lasts 4 h',
  );
  t.equal(addBusinessMinutes(everyDay, '2026-10-25T01:00:00+02:00', 180), '2026-10-25T02:00:00.000Z', '03:00 CET');
  t.equal(isOpenAt(everyDay, '2026-10-25T02:30:00+01:00'), true, 'the second 02:30');

  const fromInsideTheRepeat = sundayOnly('02:30', '05:00');
  t.equal(isOpenAt(fromInsideTheRepeat, '2026-10-25T02:29:00+02:00'), false);
  t.equal(isOpenAt(fromInsideTheRepeat, '2026-10-25T02:30:00+02:00'), true, 'opens at the first 02:30');
  t.equal(businessMinutesBetween(fromInsideTheRepeat, '2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z'), 210);
});

t.test('a calendar that never opens throws instead of looping', async (t) => {
  const mondays: string[] = [];
  for (let day = Date.UTC(2026, 0, 5); day < Date.UTC(2030, 0, 1); day += 7 * 86_400_000) {
    mondays.push(new Date(day).toISOString().slice(0, 10));
  }
  const hours = calendar(['monday'], [['09:00', '10:00']], { holidays: mondays });
  t.throws(() => addBusinessMinutes(hours, '2026-01-01T00:00:00Z', 1), /no open time for 3 years/);
  t.equal(businessMinutesBetween(hours, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), 0);
});

t.test('bad input is refused', async (t) => {
  t.throws(() => addBusinessMinutes(officeHours, '2026-06-16T10:00:00+02:00', -1), RangeError);
  t.throws(() => addBusinessMinutes(officeHours, '2026-06-16T10:00:00', 1), RangeError, 'no offset');
  t.throws(() => isOpenAt(officeHours, '2026-02-30T10:00:00Z'), RangeError);
  t.throws(() => isOpenAt({ ...officeHours, timezone: 'Mars/Olympus' }, '2026-06-16T10:00:00Z'), /\/timezone/);
});

t.test('businessHoursErrors names each kind of invalid calendar', async (t) => {
  t.same(businessHoursErrors(officeHours), []);
  t.same(businessHoursErrors({ ...officeHours, alwaysOpen: true, weekly: [] }), [], '24/7 needs no window');
  t.same(businessHoursErrors(calendar(['monday'], [['00:00', '24:00']])), [], 'close may be 24:00');

  const pathsOf = (hours: BusinessHours) => businessHoursErrors(hours).map(({ path }) => path);
  t.same(pathsOf({ ...officeHours, timezone: 'Europe/Atlantis' }), ['/timezone']);
  const weekly = [
    { day: 'monday' as const, open: '09:00', close: '17:00' },
    { day: 'monday' as const, open: '17:00', close: '18:00' },
    { day: 'tuesday' as const, open: '9:00', close: '17:00' },
    { day: 'tuesday' as const, open: '24:00', close: '24:00' },
    { day: 'wednesday' as const, open: '09:00', close: '24:30' },
    { day: 'wednesday' as const, open: '12:00', close: '12:00' },
    { day: 'thursday' as const, open: '18:00', close: '09:00' },
    { day: 'friday' as const, open: '09:00', close: '12:00' },
    { day: 'friday' as const, open: '11:00', close: '14:00' },
  ];
  t.same(pathsOf({ ...officeHours, weekly }), [
    '/weekly/2/open',
    '/weekly/3/open',
    '/weekly/4/close',
    '/weekly/5/close',
    '/weekly/6/close',
    '/weekly/8',
  ]);
  t.same(pathsOf({ ...officeHours, holidays: ['2026-02-28', '2026-02-30', '2026-13-01', '1 May'] }), [
    '/holidays/1',
    '/holidays/2',
    '/holidays/3',
  ]);
  t.same(businessHoursErrors({ ...officeHours, weekly: [] }), [
    { path: '/weekly', message: 'no window is ever open: give at least one, or set alwaysOpen' },
  ]);
});

// Random calendars: windows on quarter hours so that they often start, end or sit inside DST changes.
const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
const DAY_MS = 86_400_000;
const START_OF_2026 = Date.UTC(2026, 0, 1);
const START_OF_2028 = Date.UTC(2028, 0, 1);

const quarterHour = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

const windowsOn = (day: Weekday) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }).map((boundaries) => {
    const sorted = [...boundaries].sort((a, b) => a - b);
    const windows = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      windows.push({ day, open: quarterHour(sorted[i]!), close: quarterHour(sorted[i + 1]!) });
    }
    return windows;
  });

const randomCalendar: fc.Arbitrary<BusinessHours> = fc
  .record({
    timezone: fc.constantFrom(...zones),
    alwaysOpen: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    weekly: fc.tuple(...weekdays.map(windowsOn)).map((days) => days.flat()),
    holidays: fc.uniqueArray(
      fc
        .integer({ min: 0, max: (START_OF_2028 - START_OF_2026) / DAY_MS - 1 })
        .map((day) => new Date(START_OF_2026 + day * DAY_MS).toISOString().slice(0, 10)),
      { maxLength: 40 },
    ),
  })
  .filter((hours) => hours.weekly.length > 0);

// Half the instants fall in the days before a DST change of one of the zones, so that due dates cross it.
const dstChanges = [
  ...['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31'], // Europe/Paris
  ...['2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07'], // America/New_York
  ...['2026-04-05', '2026-10-04', '2027-04-04', '2027-10-03'], // Australia/Lord_Howe
].map(Date.parse);
const randomInstant = fc.oneof(
  fc.integer({ min: START_OF_2026, max: START_OF_2028 - 1 }),
  fc
    .tuple(fc.constantFrom(...dstChanges), fc.integer({ min: -3 * DAY_MS, max: DAY_MS }))
    .map(([day, shift]) => day + shift),
);
const iso = (ms: number) => new Date(ms).toISOString();
/** Positive business minutes, whole or to the millisecond. */
const randomMinutes = fc.oneof(
  fc.integer({ min: 1, max: 3000 }),
  fc.integer({ min: 1, max: 3000 * 60_000 }).map((ms) => ms / 60_000),
);
const numRuns = 300;

t.test('property: adding a then b is adding a + b', async (t) => {
  fc.assert(
    fc.property(randomCalendar, randomInstant, randomMinutes, randomMinutes, (hours, start, a, b) => {
      const stepwise = addBusinessMinutes(hours, addBusinessMinutes(hours, iso(start), a), b);
      return stepwise === addBusinessMinutes(hours, iso(start), a + b);
    }),
    { numRuns },
  );
  t.pass(`held for ${numRuns} random calendars`);
});

t.test('property: the minutes between a start and its due instant are the minutes added', async (t) => {
  fc.assert(
    fc.property(randomCalendar, randomInstant, randomMinutes, (hours, start, minutes) => {
      const due = addBusinessMinutes(hours, iso(start), minutes);
      return Math.abs(businessMinutesBetween(hours, iso(start), due) - minutes) < 1e-6;
    }),
    { numRuns },
  );
  t.pass(`held for ${numRuns} random calendars`);
});

t.test('property: a due instant ends open time (the millisecond before it is open)', async (t) => {
  fc.assert(
    fc.property(randomCalendar, randomInstant, randomMinutes, (hours, start, minutes) => {
      const due = Date.parse(addBusinessMinutes(hours, iso(start), minutes));
      return isOpenAt(hours, iso(due - 1));
    }),
    { numRuns },
  );
  t.pass(`held for ${numRuns} random calendars`);
});

t.test('property: isOpenAt agrees with businessMinutesBetween over the next millisecond', async (t) => {
  fc.assert(
    fc.property(randomCalendar, randomInstant, (hours, at) => {
      return isOpenAt(hours, iso(at)) === businessMinutesBetween(hours, iso(at), iso(at + 1)) > 0;
    }),
    { numRuns },
  );
  t.pass(`held for ${numRuns} random calendars`);
});

const parisOffice = calendar(
  workingDays,
  [
    ['09:00', '12:30'],
    ['13:30', '18:00'],
  ],
  { holidays: frenchHolidays2026 },
);

t.test('oracle: a Paris office through 2026 agrees with a minute-by-minute count', async (t) => {
  const oracleRuns = 200;
  fc.assert(
    fc.property(
      fc.integer({ min: START_OF_2026 / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 - 1 }),
      fc.integer({ min: 1, max: 3000 }),
      (startMinute, target) => {
        const start = iso(startMinute * 60_000);
        const due = iso(oracleDue(startMinute, target));
        return (
          addBusinessMinutes(parisOffice, start, target) === due &&
          businessMinutesBetween(parisOffice, start, due) === target
        );
      },
    ),
    { numRuns: oracleRuns },
  );
  t.pass(`agreed on ${oracleRuns} random starts`);
});

let coldCalendars = 0;
t.test('property: a calendar answers the same once its weeks are cached as on first use', async (t) => {
  fc.assert(
    fc.property(
      randomCalendar,
      randomInstant,
      randomMinutes,
      fc.array(fc.tuple(randomInstant, randomMinutes), { minLength: 1, maxLength: 5 }),
      (hours, start, minutes, others) => {
        // A holiday of the 1970s changes nothing in 2026–2028 but makes a calendar never compiled
        // before (calendars are cached by their hours): the first answer is computed cold.
        const unseen = new Date((coldCalendars++ % 3650) * DAY_MS).toISOString().slice(0, 10);
        const fresh = { ...hours, holidays: [...hours.holidays, unseen] };
        const cold = addBusinessMinutes(fresh, iso(start), minutes);
        for (const [other, otherMinutes] of others) addBusinessMinutes(fresh, iso(other), otherMinutes);
        return addBusinessMinutes(fresh, iso(start), minutes) === cold;
      },
    ),
    { numRuns },
  );
  t.pass(`held for ${numRuns} random calendars`);
});
