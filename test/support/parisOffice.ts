/**
 * An independent business-hours oracle for tests: a Paris office (Mon–Fri 09:00–12:30 and
 * 13:30–18:00, French public holidays of 2026), computed minute by minute from what Intl says
 * the Paris clock shows, without luxon.
 */
export const frenchHolidays2026 = [
  '2026-01-01',
  '2026-04-06',
  '2026-05-01',
  '2026-05-08',
  '2026-05-14',
  '2026-05-25',
  '2026-07-14',
  '2026-08-15',
  '2026-11-01',
  '2026-11-11',
  '2026-12-25',
];

const parisClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const openMinutes = new Map<number, boolean>(); // the same minutes come back across cases

/** Whether the Paris office is open during the minute that starts `minute` minutes after 1970. */
function oracleIsOpen(minute: number): boolean {
  const known = openMinutes.get(minute);
  if (known !== undefined) return known;
  const shown = parisClock.format(minute * 60_000); // e.g. "Monday, 30/03/2026, 09:15"
  const match = /^(\w+), (\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2})$/.exec(shown);
  if (!match) throw new Error(`unexpected Intl output: ${shown}`);
  const [, weekday, day, month, year, hour, minuteOfHour] = match;
  const time = Number(hour) * 60 + Number(minuteOfHour);
  const open =
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].includes(weekday!) &&
    !frenchHolidays2026.includes(`${year}-${month}-${day}`) &&
    ((time >= 9 * 60 && time < 12 * 60 + 30) || (time >= 13 * 60 + 30 && time < 18 * 60));
  openMinutes.set(minute, open);
  return open;
}

/** The instant (epoch ms) at which `target` open minutes have passed since `startMinute`. */
export function oracleDue(startMinute: number, target: number): number {
  let counted = 0;
  for (let minute = startMinute; ; minute++) {
    if (oracleIsOpen(minute) && ++counted === target) return (minute + 1) * 60_000;
  }
}
