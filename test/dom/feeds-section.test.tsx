import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FeedsSection, type FeedsSectionProps } from '../../components/feeds/FeedsSection';
import { EMPTY_FEED_STATUS, type Feed, feedError } from '../../lib/feeds';

const NOW = Date.UTC(2026, 10, 25, 12);
const WORK: Feed = {
  id: 'w',
  url: 'https://calendar.google.com/calendar/ical/me%40example.com/private-0123abc/basic.ics',
  name: 'Work',
  addedAt: 1,
  kind: 'url',
};

function renderSection(overrides: Partial<FeedsSectionProps> = {}) {
  const props: FeedsSectionProps = {
    rows: [],
    now: NOW,
    onAddUrl: vi.fn(async () => null),
    onImportFile: vi.fn(async () => null),
    onRefresh: vi.fn(),
    onRemove: vi.fn(),
    onAllow: vi.fn(),
    ...overrides,
  };
  render(<FeedsSection {...props} />);
  return props;
}

describe('FeedsSection', () => {
  it('adds a feed by address, calling back inside the click', async () => {
    const props = renderSection();
    expect(screen.getByText('No calendar yet.')).toBeTruthy();
    expect(screen.getByText(/stays in this browser/)).toBeTruthy();
    const add = screen.getByRole('button', { name: 'Add calendar' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Calendar address (.ics)'), {
      target: { value: 'webcal://example.com/a.ics' },
    });
    fireEvent.change(screen.getByLabelText('Name (optional)'), { target: { value: 'Team' } });
    fireEvent.click(add);
    // Synchronously: the permission prompt needs the click's user gesture.
    expect(props.onAddUrl).toHaveBeenCalledWith('webcal://example.com/a.ics', 'Team');
    await vi.waitFor(() =>
      expect((screen.getByLabelText('Calendar address (.ics)') as HTMLInputElement).value).toBe(''),
    );
  });

  it('keeps the next address the person typed while the first one was being added', async () => {
    let finish: (message: string | null) => void = () => {};
    renderSection({ onAddUrl: vi.fn(() => new Promise<string | null>((resolve) => (finish = resolve))) });
    const address = screen.getByLabelText('Calendar address (.ics)') as HTMLInputElement;
    fireEvent.change(address, { target: { value: 'https://example.com/a.ics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add calendar' }));
    fireEvent.change(address, { target: { value: 'https://example.com/b.ics' } });
    finish(null);
    await screen.findByRole('button', { name: 'Add calendar' });
    expect(address.value).toBe('https://example.com/b.ics');
  });

  it('shows why an address was refused, next to the field', async () => {
    renderSection({
      onAddUrl: vi.fn(
        async () => 'Permission was not granted, so Eventually cannot fetch calendars from https://x.example.',
      ),
    });
    fireEvent.change(screen.getByLabelText('Calendar address (.ics)'), {
      target: { value: 'https://x.example/a.ics' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add calendar' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Permission was not granted');
    expect(screen.getByLabelText('Calendar address (.ics)').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Calendar address (.ics)') as HTMLInputElement).value).toBe(
      'https://x.example/a.ics',
    );
  });

  it('lists feeds with their status, never their secret address', () => {
    const props = renderSection({
      rows: [
        { feed: WORK, status: { ...EMPTY_FEED_STATUS, lastSync: NOW - 120_000, events: 42 } },
        {
          feed: { ...WORK, id: 'x', name: 'Old link', url: 'https://calendar.example.com/gone.ics' },
          status: { ...EMPTY_FEED_STATUS, error: feedError({ kind: 'http', status: 404 }) },
        },
        {
          feed: { ...WORK, id: 'p', name: 'Revoked', url: 'https://cal.example.org/a.ics' },
          status: {
            ...EMPTY_FEED_STATUS,
            error: feedError({ kind: 'permission-denied', origin: 'https://cal.example.org' }),
          },
        },
        {
          feed: { id: 'f', url: '', name: 'team.ics', addedAt: 1, kind: 'file' },
          status: { ...EMPTY_FEED_STATUS, lastSync: NOW, events: 3 },
        },
        { feed: { ...WORK, id: 'b', name: 'Busy' }, status: undefined, busy: true },
      ],
    });
    const items = within(screen.getByRole('list', { name: 'Your calendars' })).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('calendar.google.com/…');
    expect(items[0]!.textContent).toContain('Synced 2 minutes ago · 42 events');
    expect(document.body.textContent).not.toContain('private-0123abc');
    expect(items[1]!.className).toContain('ev-feed-error');
    expect(items[1]!.textContent).toContain('HTTP 404 Not Found.');
    expect(items[3]!.textContent).toContain('Imported just now · 3 events');
    expect(within(items[3]!).queryByRole('button', { name: /Refresh/ })).toBeNull();
    expect(items[4]!.textContent).toContain('Fetching…');
    expect((within(items[4]!).getByRole('button', { name: 'Refresh Busy' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Refresh Work' }));
    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Remove Old link' }));
    fireEvent.click(within(items[2]!).getByRole('button', { name: 'Allow access for Revoked' }));
    expect(props.onRefresh).toHaveBeenCalledWith('w');
    expect(props.onRemove).toHaveBeenCalledWith('x');
    expect(props.onAllow).toHaveBeenCalledWith('p');
  });

  it('imports a file chosen with the picker, and says when it is not a calendar', async () => {
    const props = renderSection({
      onImportFile: vi.fn(async (file: File) => (file.name.endsWith('.ics') ? null : `“${file.name}”: not a calendar`)),
    });
    const picker = screen.getByLabelText('Import an .ics file') as HTMLInputElement;
    expect(picker.accept).toBe('.ics,text/calendar');
    fireEvent.change(picker, {
      target: { files: [new File(['BEGIN:VCALENDAR'], 'team.ics', { type: 'text/calendar' })] },
    });
    expect(await screen.findByText('Imported “team.ics”.')).toBeTruthy();
    fireEvent.change(picker, { target: { files: [new File(['milk'], 'notes.txt')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('“notes.txt”: not a calendar');
    expect(props.onImportFile).toHaveBeenCalledTimes(2);
  });

  it('imports a file dropped on the drop zone', async () => {
    const props = renderSection();
    const zone = screen.getByTestId('ics-drop-zone');
    const file = new File(['BEGIN:VCALENDAR'], 'dropped.ics', { type: 'text/calendar' });
    fireEvent.dragOver(zone, { dataTransfer: { files: [file], dropEffect: 'none' } });
    expect(zone.className).toContain('ev-drop-over');
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(props.onImportFile).toHaveBeenCalledWith(file);
    expect(await screen.findByText('Imported “dropped.ics”.')).toBeTruthy();
    expect(zone.className).not.toContain('ev-drop-over');
  });

  it('tells when stored calendars could not be read', () => {
    renderSection({ droppedNotice: '1 stored calendar could not be read and was left out; add it again.' });
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
  });
});
