/**
 * Amounts of money in words ("$1,250", "€87.50"). Its own module so that the popup can show
 * costs without the meeting rules (lib/meeting/assess.ts re-exports it). Pure.
 */

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is slow to build; keep one per locale, currency and digits. */
function currencyFormat(locale: string | undefined, currency: string, digits?: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${digits ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    });
    if (formatters.size > 50) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

/** Money in `currency` with Intl; whole units from 100 up ("$1,200"), cents below ("$12.50"). */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  if (!Number.isFinite(amount)) return `— ${currency}`;
  const make = (loc: string | undefined, digits?: number) => currencyFormat(loc, currency, digits);
  for (const loc of [locale, 'en-US']) {
    try {
      const natural = make(loc).resolvedOptions().maximumFractionDigits ?? 2;
      const whole = Number.isInteger(amount) || Math.abs(amount) >= 100;
      return make(loc, whole ? 0 : natural).format(whole ? Math.round(amount) : amount);
    } catch {
      // Unknown locale: try the next; unknown currency: fall through to plain text.
    }
  }
  return `${Math.round(amount * 100) / 100} ${currency}`;
}
