import { formatDistanceStrict } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../lib/text/relative-time';

describe('relativeTime', () => {
  it('says what date-fns formatDistanceStrict with a suffix says, for the past and the future', () => {
    const now = Date.UTC(2026, 11, 7, 12, 0, 0);
    const spans = [0, 1_000, 45_000, 60_000, 5 * 60_000, 59 * 60_000, 2 * 3_600_000, 23 * 3_600_000];
    const days = [1, 3, 29, 31, 90, 364, 400, 800].map((n) => n * 86_400_000);
    for (const span of [...spans, ...days]) {
      expect(relativeTime(now - span, now)).toBe(formatDistanceStrict(now - span, now, { addSuffix: true }));
      if (span > 0)
        expect(relativeTime(now + span, now)).toBe(formatDistanceStrict(now + span, now, { addSuffix: true }));
    }
  });
});
