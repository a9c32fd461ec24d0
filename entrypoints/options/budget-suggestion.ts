/** The options page's budget suggestion: the person's last 8 weeks, as the popup counts them. */
import { useEffect, useState } from 'react';
import { suggestWeeklyBudget } from '../../lib/calendar/budget';
import { figuresFor, loadStatsInputs } from '../../platform/stats';

export function useBudgetSuggestion(): number | null {
  const [suggestion, setSuggestion] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const now = Date.now();
    loadStatsInputs(now).then(
      (inputs) => {
        if (live) setSuggestion(suggestWeeklyBudget(figuresFor(inputs, 0, now).weeks, now));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return suggestion;
}
