const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const dateOnlyLong = new Intl.DateTimeFormat('en-US', { dateStyle: 'full' });

/** `2026-05-01T09:00:00Z` → `May 1, 2026, 11:00 AM` in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dateOnly.format(new Date(iso)) : '—';
}

/** A day of the browser's calendar as `YYYY-MM-DD` (for grouping and CSV). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What a screen reader says for the calendar's controls and days (Mantine leaves them unnamed). */
export const calendarLabels = {
  ariaLabels: {
    nextMonth: 'Next month',
    previousMonth: 'Previous month',
    nextYear: 'Next year',
    previousYear: 'Previous year',
    nextDecade: 'Next decade',
    previousDecade: 'Previous decade',
    monthLevelControl: 'Choose the month',
    yearLevelControl: 'Choose the year',
  },
  getDayAriaLabel: (day: string) => dateOnlyLong.format(new Date(`${day.slice(0, 10)}T12:00:00`)),
};
