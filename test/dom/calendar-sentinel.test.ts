/**
 * The calendar sentinel (sites/calendar-common/sentinel.ts): asks for the overlay only when a
 * calendar page shows an event editor or popover, looks at nothing else while the page churns,
 * and fails open.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CalendarSentinel, startCalendarSentinel } from '../../sites/calendar-common/sentinel';

const GOOGLE_WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23';
const OUTLOOK_WEEK = 'https://outlook.office.com/calendar/view/workweek';

let sentinel: CalendarSentinel | null = null;
afterEach(() => {
  sentinel?.stop();
  sentinel = null;
  document.body.innerHTML = '';
  document.body.removeAttribute('data-viewfamily');
});

function at(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

function start(loadMain: () => Promise<boolean> = async () => true, trustSynthetic = true) {
  const load = vi.fn(loadMain);
  sentinel = startCalendarSentinel(window, { loadMain: load, trustSynthetic });
  return load;
}

/** Let the MutationObserver deliver what the test just changed. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function grid(chips: number): void {
  const main = document.getElementById('grid') ?? document.body.appendChild(document.createElement('div'));
  main.id = 'grid';
  main.replaceChildren(
    ...Array.from({ length: chips }, (_, i) => {
      const chip = document.createElement('div');
      chip.setAttribute('data-eventid', `e${i}`);
      chip.textContent = `Event ${i}`;
      return chip;
    }),
  );
}

describe('the calendar sentinel', () => {
  it('loads nothing on a week view that keeps re-rendering, and nothing on a hidden popover', async () => {
    at(GOOGLE_WEEK);
    grid(30);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div hidden><div id="xDetDlg" role="dialog" data-chips-dialog="true" data-eventid="e1"></div></div>',
    );
    const load = start();
    for (let i = 0; i < 5; i++) {
      grid(30);
      await settle();
    }
    expect(load).not.toHaveBeenCalled();
    expect(sentinel!.state()).toBe('waiting');
  });

  it('loads the overlay once when the reused popover is shown, and stops watching', async () => {
    at(GOOGLE_WEEK);
    document.body.innerHTML =
      '<div><div id="xDetDlg" role="dialog" data-chips-dialog="true" data-eventid="e1" hidden></div></div>';
    const load = start();
    await settle();
    expect(load).not.toHaveBeenCalled();
    document.getElementById('xDetDlg')!.hidden = false;
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(sentinel!.state()).toBe('loaded');
    // Later changes ask for nothing more: the overlay watches the page from now on.
    document.getElementById('xDetDlg')!.hidden = true;
    await settle();
    document.getElementById('xDetDlg')!.hidden = false;
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the overlay at once when the page opens on the editor', () => {
    at('https://calendar.google.com/calendar/u/0/r/eventedit/ZXZlbnQx');
    document.body.innerHTML = '<div role="main"><input id="xTiIn" type="text"></div>';
    const load = start();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('sees Outlook’s peek appear', async () => {
    at(OUTLOOK_WEEK);
    document.body.innerHTML = '<div role="main"></div>';
    const load = start();
    await settle();
    expect(load).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><div role="heading">Sync</div></div>');
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing on an address that is not a calendar, whatever the page shows', async () => {
    at('https://calendar.google.com/settings');
    const load = start();
    document.body.innerHTML = '<div role="dialog" data-chips-dialog="true"></div><input id="xTiIn">';
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('fails open: a failed load is not retried and nothing throws into the page', async () => {
    at(GOOGLE_WEEK);
    const load = start(async () => {
      throw new Error('calendar-main.js is missing');
    });
    document.body.innerHTML = '<div role="dialog" data-chips-dialog="true"><input type="text"></div>';
    await settle();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(sentinel!.state()).toBe('failed');
    document.body.innerHTML = '<div role="dialog" data-chips-dialog="true"><input type="text"></div>';
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for the overlay on a press on an event chip or the grid, not elsewhere', () => {
    at(GOOGLE_WEEK);
    grid(3);
    document.body.insertAdjacentHTML('beforeend', '<button id="today">Today</button>');
    const load = start();
    document.getElementById('today')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();
    document.querySelector('[data-eventid="e1"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('takes no press but the person’s own', () => {
    at(GOOGLE_WEEK);
    grid(3);
    const load = start(async () => true, false);
    document.querySelector('[data-eventid="e1"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();
  });

  it('stops watching when the extension goes away', async () => {
    at(GOOGLE_WEEK);
    const load = start();
    sentinel!.stop();
    document.body.innerHTML = '<div role="dialog" data-chips-dialog="true" data-eventid="e1"></div>';
    await settle();
    document.querySelector('[data-eventid="e1"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(load).not.toHaveBeenCalled();
    expect(sentinel!.state()).toBe('stopped');
  });
});
