/**
 * "Copy a layout report of this tab" (components/popup/TabLayoutReport.tsx): the report is
 * shown first and copied only on the Copy button; a tab with nothing to report says why.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TabLayoutReport, type TabReportState } from '../../components/popup/TabLayoutReport';

const REPORT = '<!-- Eventually layout report v1; site: slack -->\n<html>\n<body></body>\n</html>\n';

function Harness(props: { answer: TabReportState; copy: (report: string) => Promise<boolean> }) {
  const [state, setState] = useState<TabReportState>({ step: 'idle' });
  return (
    <TabLayoutReport
      state={state}
      onAsk={() => setState(props.answer)}
      onCopy={props.copy}
      onClose={() => setState({ step: 'idle' })}
    />
  );
}

describe('a layout report of the tab', () => {
  it('shows the report before copying it, and copies it on the Copy button only', async () => {
    const copy = vi.fn(async () => true);
    render(<Harness answer={{ step: 'shown', label: 'Slack', report: REPORT }} copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy a layout report of this tab…' }));
    expect((screen.getByRole('textbox', { name: 'Layout report: Slack' }) as HTMLTextAreaElement).value).toBe(REPORT);
    expect(copy).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect(copy).toHaveBeenCalledWith(REPORT);
    expect(await screen.findByText(/^Copied\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('says when the browser refused the clipboard', async () => {
    render(<Harness answer={{ step: 'shown', label: 'Slack', report: REPORT }} copy={async () => false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy a layout report of this tab…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect(await screen.findByText(/copy it by hand/)).toBeTruthy();
  });

  it('says why there is no report', () => {
    render(<Harness answer={{ step: 'problem', text: 'This tab is not a chat or calendar page.' }} copy={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy a layout report of this tab…' }));
    expect(screen.getByRole('status').textContent).toBe('This tab is not a chat or calendar page.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
