/**
 * Amounts of money in words ("$1,250", "€87.50"). Its own module so that the popup can show
 * costs without the meeting rules (lib/meeting/assess.ts re-exports it). Pure.
 */

/** The formats of one locale and currency: whole units, and its natural cents. */
interface MoneyFormats {
  whole: Intl.NumberFormat;
  cents: Intl.NumberFormat;
}

/** undefined: this locale or currency is unknown (Intl threw). */
const moneyFormats = new Map<string, MoneyFormats | undefined>();

/**
 * Intl.NumberFormat is slow to build, and so is resolvedOptions() (a new object each call, ~30 µs
 * of every assessMeeting when it was asked each time): both once per locale and currency.
 */
function moneyFormatsOf(locale: string | undefined, currency: string): MoneyFormats | undefined {
  const key = `${locale ?? ''}|${currency}`;
  if (moneyFormats.has(key)) return moneyFormats.get(key);
  let formats: MoneyFormats | undefined;
  try {
    const make = (digits?: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
      });
    const natural = make().resolvedOptions().maximumFractionDigits ?? 2;
    formats = { whole: make(0), cents: make(natural) };
  } catch {
    // Unknown locale or currency.
    formats = undefined;
  }
  if (moneyFormats.size > 50) moneyFormats.clear();
  moneyFormats.set(key, formats);
  return formats;
}

/** Money in `currency` with Intl; whole units from 100 up ("$1,200"), cents below ("$12.50"). */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  if (!Number.isFinite(amount)) return `— ${currency}`;
  const whole = Number.isInteger(amount) || Math.abs(amount) >= 100;
  // Unknown locale: try the next; unknown currency: fall through to plain text.
  for (const loc of [locale, 'en-US']) {
    const formats = moneyFormatsOf(loc, currency);
    if (formats) return whole ? formats.whole.format(Math.round(amount)) : formats.cents.format(amount);
  }
  return `${Math.round(amount * 100) / 100} ${currency}`;
}
