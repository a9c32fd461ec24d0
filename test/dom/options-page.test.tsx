import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../components/options/OptionsPage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

function renderPage(overrides: Partial<OptionsPageProps> = {}) {
  const onChange = vi.fn<(next: Settings) => void>();
  const props: OptionsPageProps = {
    settings: DEFAULT_SETTINGS,
    onChange,
    errors: {},
    saveState: 'idle',
    quarantine: null,
    onDismissQuarantine: vi.fn(),
    onDownloadQuarantine: vi.fn(),
    onAddSelfHosted: vi.fn(async () => null),
    onRemoveSelfHosted: vi.fn(),
    timeZones: ['Europe/Berlin'],
    now: Date.UTC(2026, 10, 23, 12),
    ...overrides,
  };
  render(<OptionsPage {...props} />);
  return { onChange, props };
}

describe('OptionsPage', () => {
  it('edits a number and reports the whole next settings object', () => {
    const { onChange } = renderPage();
    fireEvent.change(screen.getByLabelText('Hourly rate per person'), { target: { value: '120' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hourlyRate: 120 });
  });

  it('switches a site off', () => {
    const { onChange } = renderPage();
    fireEvent.click(screen.getByRole('switch', { name: 'Slack' }));
    expect(onChange.mock.lastCall?.[0].sites.slack).toBe(false);
  });

  it('shows validation errors next to their field', () => {
    renderPage({ errors: { currency: 'Use a three-letter currency code such as USD or EUR.' }, saveState: 'invalid' });
    expect(screen.getByLabelText('Currency').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('three-letter');
    expect(screen.getByRole('status').textContent).toContain('Not saved');
  });

  it('tells the person which stored settings were reset, and offers the old value', () => {
    const onDownloadQuarantine = vi.fn();
    renderPage({
      quarantine: { problems: [{ path: 'hourlyRate', message: 'Expected a number' }], at: 1 },
      onDownloadQuarantine,
    });
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('hourlyRate');
    fireEvent.click(screen.getByRole('button', { name: 'Download the old value' }));
    expect(onDownloadQuarantine).toHaveBeenCalled();
  });

  it('snoozes the chat helper for an hour and resumes', () => {
    const now = Date.UTC(2026, 10, 23, 12);
    const { onChange } = renderPage({ now });
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 1 hour' }));
    expect(onChange.mock.lastCall?.[0].chatSnoozedUntil).toBe(now + 3600_000);
  });

  it('sets how many “Send anyway” in a day quiet a conversation', () => {
    const { onChange } = renderPage();
    const field = screen.getByLabelText(/Stop asking in a conversation for a day/);
    expect((field as HTMLInputElement).value).toBe('3');
    fireEvent.change(field, { target: { value: '0' } });
    expect(onChange.mock.lastCall?.[0].quietAfterSendAnyway).toBe(0);
  });

  it('switches the kind reply off, sets its wait, edits its words, and offers it again where dismissed', () => {
    const { onChange } = renderPage({
      settings: { ...DEFAULT_SETTINGS, kindReply: { ...DEFAULT_SETTINGS.kindReply, dismissed: ['slack:D0001'] } },
    });
    fireEvent.click(screen.getByRole('switch', { name: /Offer a kind reply when someone else sends only/ }));
    expect(onChange.mock.lastCall?.[0].kindReply.enabled).toBe(false);
    const wait = screen.getByLabelText(/Offer it once their greeting has stood alone/) as HTMLInputElement;
    expect(wait.value).toBe('3');
    fireEvent.change(wait, { target: { value: '10' } });
    expect(onChange.mock.lastCall?.[0].kindReply.afterMinutes).toBe(10);
    const words = screen.getByLabelText(/kind reply to someone else’s bare “hi”/) as HTMLTextAreaElement;
    expect(words.value).toBe(DEFAULT_SETTINGS.templates.kindReply);
    fireEvent.change(words, { target: { value: 'Hey! What can I do for you?' } });
    expect(onChange.mock.lastCall?.[0].templates.kindReply).toBe('Hey! What can I do for you?');
    fireEvent.click(screen.getByRole('button', { name: /Offer it again where I dismissed it \(1\)/ }));
    expect(onChange.mock.lastCall?.[0].kindReply.dismissed).toEqual([]);
  });

  it('restores a template to its default', () => {
    const { onChange } = renderPage({
      settings: { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_SETTINGS.templates, agenda: 'mine' } },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Restore the default' }));
    expect(onChange.mock.lastCall?.[0].templates.agenda).toBe(DEFAULT_SETTINGS.templates.agenda);
  });

  it('adds a self-hosted server through the permission callback', async () => {
    const onAddSelfHosted = vi.fn(async () => 'Permission was not granted.');
    renderPage({ onAddSelfHosted });
    fireEvent.change(screen.getByLabelText('Server address'), { target: { value: 'chat.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add server' }));
    expect(onAddSelfHosted).toHaveBeenCalledWith('chat.example.com', 'mattermost');
    expect(await screen.findByText('Permission was not granted.')).toBeTruthy();
  });
});

describe('OptionsPage, servers with a port', () => {
  it('says clearly that the permission covers every port of the host', () => {
    renderPage({
      settings: {
        ...DEFAULT_SETTINGS,
        selfHostedChats: [{ origin: 'http://localhost:8065', kind: 'mattermost', enabled: true }],
      },
    });
    expect(document.body.textContent).toContain('Firefox cannot name a port');
    fireEvent.change(screen.getByLabelText('Server address'), { target: { value: 'chat.example.com:8443' } });
    expect(screen.getByLabelText('Server address').getAttribute('aria-describedby')).toBeTruthy();
  });
});

describe('the weekly meeting budget', () => {
  it('is off by default; switching it on takes the suggestion from the person’s weeks', () => {
    const { onChange } = renderPage({ budgetSuggestion: 13 });
    expect(screen.queryByLabelText('Hours of meetings a week')).toBeNull();
    expect(screen.getByText(/Your last 8 weeks suggest 13 h/)).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Keep a weekly meeting budget' }));
    expect(onChange.mock.lastCall?.[0].weeklyMeetingBudgetHours).toBe(13);
  });

  it('edits the hours, offers the suggestion, and switches off', () => {
    const { onChange } = renderPage({
      settings: { ...DEFAULT_SETTINGS, weeklyMeetingBudgetHours: 20 },
      budgetSuggestion: 13,
    });
    fireEvent.change(screen.getByLabelText('Hours of meetings a week'), { target: { value: '18' } });
    expect(onChange.mock.lastCall?.[0].weeklyMeetingBudgetHours).toBe(18);
    fireEvent.click(screen.getByRole('button', { name: 'Use 13 h' }));
    expect(onChange.mock.lastCall?.[0].weeklyMeetingBudgetHours).toBe(13);
    fireEvent.click(screen.getByRole('switch', { name: 'Keep a weekly meeting budget' }));
    expect(onChange.mock.lastCall?.[0].weeklyMeetingBudgetHours).toBe(0);
  });

  it('without a calendar, switches on at 15 h and says where a suggestion would come from', () => {
    const { onChange } = renderPage();
    expect(screen.getByText(/Connect a calendar/)).toBeTruthy();
    fireEvent.click(screen.getByRole('switch', { name: 'Keep a weekly meeting budget' }));
    expect(onChange.mock.lastCall?.[0].weeklyMeetingBudgetHours).toBe(15);
  });
});
