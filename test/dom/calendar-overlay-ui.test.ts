import { describe, expect, it, vi } from 'vitest';
import {
  mountCalendarOverlay,
  type OverlayActions,
  type OverlayView,
  placePanel,
} from '../../components/calendar/overlay-ui';
import { OVERLAY_CSS } from '../../components/calendar/styles';
import { createShadowHost } from '../../components/in-page/shadow-host';
import type { Cost } from '../../lib/meeting/assess';

const HOSTILE = '<img src=x onerror="window.__pwned=1">Budget';

const cost: Cost = {
  minutes: 90,
  attendees: 12,
  hourlyRate: 100,
  currency: 'USD',
  personHours: 18,
  amount: 1800,
  amountText: '$1,800',
  formula: '1 h 30 min × 12 people × $100/h',
  perYear: { occurrences: 52, personHours: 936, amount: 93600, amountText: '$93,600' },
};

function view(overrides: Partial<OverlayView> = {}): OverlayView {
  return {
    title: 'Weekly status sync',
    level: 'consider-async',
    label: 'Consider going async',
    solo: false,
    reasons: [
      {
        code: 'status-title',
        text: '‘Status’ sounds like a status update; a written one could save everyone the time.',
      },
      { code: 'large', text: '12 people means 66 conversations to keep in sync.' },
    ],
    cost,
    dismissed: false,
    canAddAgenda: true,
    canAskOrganizer: false,
    deadline: 'Tuesday, November 24, 2026 at 10:00 AM',
    ...overrides,
  };
}

function actions(overrides: Partial<OverlayActions> = {}): OverlayActions {
  return {
    addAgenda: vi.fn(async () => ({ ok: true, message: 'Agenda added to the description.' })),
    asyncDoc: vi.fn(() => '# Weekly status sync\n\n## Purpose\n(…)\n'),
    shareAsyncDoc: vi.fn(async () => ({ ok: true, message: 'Copied as Markdown.' })),
    organizerNote: vi.fn(() => 'Hi Ana,\n\nCould you add a short agenda?'),
    copyNote: vi.fn(async () => ({ ok: true, message: 'Copied.' })),
    dismiss: vi.fn(),
    ...overrides,
  };
}

function mount(v: OverlayView = view(), a: OverlayActions = actions()) {
  const shadowHost = createShadowHost({ css: OVERLAY_CSS, name: 'calendar-badge', inline: true });
  document.body.append(shadowHost.host);
  const handle = mountCalendarOverlay(shadowHost.container, a, v);
  const root = shadowHost.shadow;
  const buttons = () => [...root.querySelectorAll('button')];
  const byText = (text: string) => buttons().find((b) => b.textContent === text);
  return { handle, root, host: shadowHost.host, actions: a, byText, buttons };
}

describe('the calendar badge', () => {
  it('names the verdict, with an accessible name', () => {
    const { handle } = mount();
    expect(handle.badge.textContent).toBe('Consider going async');
    expect(handle.badge.getAttribute('aria-label')).toBe('Eventually: Consider going async. Show details');
    expect(handle.badge.getAttribute('aria-expanded')).toBe('false');
    expect(handle.badge.className).toContain('ev-level-consider-async');
  });

  it('names a missing agenda with its verdict, so it shows without opening the panel', () => {
    const noAgenda = { code: 'no-agenda', text: 'There’s no agenda yet.' };
    const large = { code: 'large', text: '12 people means 66 conversations to keep in sync.' };
    const long = { code: 'long', text: 'At 1 h 30 min it runs long.' };
    const { handle } = mount(view({ reasons: [noAgenda, large] }));
    expect(handle.badge.textContent).toBe('No agenda · go async?');
    expect(handle.badge.getAttribute('aria-label')).toBe('Eventually: No agenda · go async? Show details');
    handle.update(view({ level: 'needs-agenda', label: 'Needs an agenda', reasons: [noAgenda] }));
    expect(handle.badge.textContent).toBe('No agenda · add one?');
    // The size, when it is the strongest reason left.
    handle.update(view({ reasons: [large, long] }));
    expect(handle.badge.textContent).toBe('12 people · go async?');
    // A status-update title decides on its own: the verdict stays as it is.
    handle.update(view({ reasons: [noAgenda, view().reasons[0]!, large] }));
    expect(handle.badge.textContent).toBe('Consider going async');
    handle.update(view({ level: 'fine', label: 'Looks fine', reasons: [] }));
    expect(handle.badge.textContent).toBe('Looks fine');
  });

  it('shows a kept meeting muted', () => {
    const { handle } = mount(view({ dismissed: true }));
    expect(handle.badge.textContent).toBe('Kept');
    expect(handle.badge.className).toContain('ev-level-kept');
  });
});

describe('the calendar panel', () => {
  it('opens with the reasons, the cost and the actions', () => {
    const { handle, root } = mount();
    handle.badge.click();
    const panel = root.querySelector('[role=dialog]')!;
    expect(handle.badge.getAttribute('aria-expanded')).toBe('true');
    expect(panel.querySelector('h2')!.textContent).toBe('Could this be written instead?');
    expect(root.activeElement).toBe(panel.querySelector('h2'));
    expect([...panel.querySelectorAll('.ev-reasons li')].map((li) => li.textContent)).toHaveLength(2);
    const costText = panel.querySelector('[aria-label=Cost]')!.textContent;
    expect(costText).toContain('$1,800 · 18 person-hours');
    expect(costText).toContain('1 h 30 min × 12 people × $100/h');
    expect(costText).toContain('Repeats about 52× a year: $93,600 · 936 person-hours');
    const labels = [...panel.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).toEqual(['×', 'Write it async instead', 'Add an agenda', 'It’s necessary']);
  });

  it('shows three reasons, and the rest on request', () => {
    const reasons = ['a', 'b', 'c', 'd', 'e'].map((code) => ({ code, text: `Reason ${code}` }));
    const { handle, root, byText } = mount(view({ reasons }));
    handle.badge.click();
    expect([...root.querySelectorAll('.ev-reasons li')].map((li) => li.textContent)).toEqual([
      'Reason a',
      'Reason b',
      'Reason c',
    ]);
    byText('2 more reasons')!.click();
    expect(root.querySelectorAll('.ev-reasons li')).toHaveLength(5);
    expect(byText('2 more reasons')).toBeUndefined();
  });

  it('puts "Add an agenda" first when an agenda is what is missing', () => {
    const { handle, root } = mount(view({ level: 'needs-agenda', label: 'Needs an agenda' }));
    handle.badge.click();
    const primary = root.querySelector('.ev-actions .ev-primary')!;
    expect(primary.textContent).toBe('Add an agenda');
  });

  it('shows the page’s title as text only', () => {
    const { handle, root } = mount(
      view({ title: HOSTILE, reasons: [{ code: 'x', text: '<b onclick="x()">bold</b>' }] }),
    );
    handle.badge.click();
    expect(root.querySelector('.ev-event')!.textContent).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.ev-reasons b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('adds the agenda and tells the result', async () => {
    const { handle, root, byText, actions: a } = mount();
    handle.badge.click();
    byText('Add an agenda')!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role=status]')!.textContent).toBe('Agenda added to the description.'),
    );
    expect(a.addAgenda).toHaveBeenCalledOnce();
  });

  it('opens the async document that fits the meeting, and the person can switch', () => {
    const asyncDoc = vi.fn((kind: string) => `# ${kind} document\n`);
    const { handle, root, byText } = mount(view({ asyncKind: 'status' }), actions({ asyncDoc }));
    handle.badge.click();
    byText('Write it async instead')!.click();
    const select = root.querySelector<HTMLSelectElement>('select[data-action=async-kind]')!;
    expect(select.labels?.[0]?.textContent).toBe('Kind of document');
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'General',
      'Status update',
      'Decision',
      'Proposal / RFC',
      'Handover',
    ]);
    expect(select.value).toBe('status');
    expect(root.querySelector('textarea')!.value).toBe('# status document\n');
    select.value = 'decision';
    select.dispatchEvent(new Event('change'));
    expect(asyncDoc).toHaveBeenLastCalledWith('decision');
    expect(root.querySelector('textarea')!.value).toBe('# decision document\n');
  });

  it('shows the async document, editable, and shares what the person edited', async () => {
    const { handle, root, byText, actions: a } = mount();
    handle.badge.click();
    byText('Write it async instead')!.click();
    const area = root.querySelector('textarea')!;
    expect(area.value).toBe('# Weekly status sync\n\n## Purpose\n(…)\n');
    expect(root.querySelector('textarea')!.labels?.[0]?.textContent).toBe('Document (Markdown)');
    area.value = '# Edited';
    for (const [label, how] of [
      ['Copy as Markdown', 'markdown'],
      ['Copy as rich text', 'rich'],
      ['Download .md', 'download'],
      ['Open a new Google Doc', 'google-doc'],
    ] as const) {
      byText(label)!.click();
      await vi.waitFor(() => expect(a.shareAsyncDoc).toHaveBeenLastCalledWith(how, '# Edited'));
    }
    byText('← Back')!.click();
    expect(root.querySelector('h2')!.textContent).toBe('Could this be written instead?');
  });

  it('shows the note for the organizer and copies it', async () => {
    const {
      handle,
      root,
      byText,
      actions: a,
    } = mount(view({ level: 'needs-agenda', label: 'Needs an agenda', canAddAgenda: false, canAskOrganizer: true }));
    handle.badge.click();
    expect(root.querySelector('.ev-actions .ev-primary')!.textContent).toBe('Ask for an agenda');
    byText('Ask for an agenda')!.click();
    expect(root.querySelector('textarea')!.value).toBe('Hi Ana,\n\nCould you add a short agenda?');
    byText('Copy note')!.click();
    await vi.waitFor(() => expect(a.copyNote).toHaveBeenCalledWith('Hi Ana,\n\nCould you add a short agenda?'));
  });

  it('keeps the meeting when the person says it is necessary', () => {
    const { handle, root, byText, actions: a } = mount();
    handle.badge.click();
    byText('It’s necessary')!.click();
    expect(a.dismiss).toHaveBeenCalledOnce();
    handle.update(view({ dismissed: true }));
    expect(handle.badge.textContent).toBe('Kept');
    expect(root.querySelector('.ev-note')!.textContent).toContain('You marked this meeting as necessary');
    expect(byText('It’s necessary')).toBeUndefined();
    expect(root.querySelector('[role=status]')!.textContent).toContain('will not ask about this meeting again');
  });

  it('closes on Escape and gives focus back to the badge', () => {
    const { handle, root } = mount();
    handle.badge.click();
    root
      .querySelector('h2')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(root.querySelector('[role=dialog]')).toBeNull();
    expect(root.activeElement).toBe(handle.badge);
  });

  it('closes on Escape and gives focus back to the field the badge follows (the event title)', () => {
    const title = document.createElement('input');
    document.body.append(title);
    const { handle, root, host } = mount();
    title.after(host);
    handle.badge.click();
    expect(root.activeElement?.tagName).toBe('H2');
    root
      .querySelector('h2')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(handle.isOpen()).toBe(false);
    expect(document.activeElement).toBe(title);
    // The × does the same.
    handle.badge.click();
    root.querySelector<HTMLButtonElement>('button[aria-label=Close]')!.click();
    expect(document.activeElement).toBe(title);
    title.remove();
    host.remove();
  });

  it('names the panel as ours, then by its heading', () => {
    const { handle, root } = mount();
    handle.badge.click();
    const dialog = root.querySelector('[role=dialog]')!;
    const name = dialog
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent)
      .join(' ');
    expect(name).toBe('Eventually meeting check Could this be written instead?');
  });

  it('does not hold the focus: Tab out of the panel into the page closes it', () => {
    const next = document.createElement('textarea');
    document.body.append(next);
    const { handle, root } = mount();
    handle.badge.click();
    const last = [...root.querySelectorAll<HTMLElement>('.ev-panel button')].at(-1)!;
    last.focus();
    last.dispatchEvent(
      new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: root.querySelector('h2') }),
    );
    expect(handle.isOpen()).toBe(true);
    next.focus();
    last.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: next }));
    expect(handle.isOpen()).toBe(false);
    expect(document.activeElement).toBe(next);
    next.remove();
  });

  it('closes on a press outside, not inside', () => {
    const { handle, root } = mount();
    handle.badge.click();
    root.querySelector('h2')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(handle.isOpen()).toBe(true);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(handle.isOpen()).toBe(false);
  });

  it('keeps the page from hearing presses and keys inside it', () => {
    const { handle, host } = mount();
    const heard = vi.fn();
    document.body.addEventListener('pointerdown', heard);
    document.body.addEventListener('keydown', heard);
    handle.badge.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    handle.badge.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, composed: true }));
    expect(heard).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
  });

  it('says when there is no time to cost, and when there is no one to weigh', () => {
    const unknown = mount(view({ cost: null }));
    unknown.handle.badge.click();
    expect(unknown.root.querySelector('.ev-cost')!.textContent).toContain('no cost to show');
    const solo = mount(view({ solo: true, level: 'fine', label: 'Looks fine', reasons: [] }));
    solo.handle.badge.click();
    expect(solo.root.querySelector('h2')!.textContent).toBe('Nothing to weigh here');
    expect(solo.root.querySelector('.ev-cost')).toBeNull();
    expect(solo.byText('It’s necessary')).toBeUndefined();
  });
});

describe('placePanel', () => {
  const viewport = { width: 1280, height: 800 };
  it('sits below the badge, inside the viewport', () => {
    expect(placePanel({ left: 100, top: 100, bottom: 124 }, { width: 368, height: 400 }, viewport)).toEqual({
      left: 100,
      top: 130,
      maxHeight: 662,
    });
    expect(placePanel({ left: 1200, top: 100, bottom: 124 }, { width: 368, height: 400 }, viewport)).toMatchObject({
      left: 904,
      top: 130,
    });
  });
  it('goes above when only there is room', () => {
    expect(placePanel({ left: 100, top: 700, bottom: 724 }, { width: 368, height: 400 }, viewport)).toEqual({
      left: 100,
      top: 294,
      maxHeight: 686,
    });
  });
  it('takes the larger side and scrolls when neither holds it, never covering the badge', () => {
    const below = placePanel({ left: 100, top: 270, bottom: 292 }, { width: 368, height: 600 }, viewport);
    expect(below).toEqual({ left: 100, top: 298, maxHeight: 494 });
    const above = placePanel({ left: 100, top: 500, bottom: 524 }, { width: 368, height: 600 }, viewport);
    expect(above).toEqual({ left: 100, top: 8, maxHeight: 486 });
    expect(above.top + Math.min(600, above.maxHeight)).toBeLessThanOrEqual(500 - 6);
  });
});
