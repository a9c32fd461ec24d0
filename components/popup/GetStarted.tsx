/** What the popup shows instead of figures: stats switched off, or no calendar yet. */

export function StatsOff(props: { onOpenOptions: () => void }) {
  return (
    <section className="ev-card" aria-label="Weekly stats are off">
      <p>Weekly meeting stats are switched off.</p>
      <button type="button" className="ev-link" onClick={props.onOpenOptions}>
        Turn them on in Settings
      </button>
    </section>
  );
}

export function FirstRun(props: { onOpenFeeds: () => void }) {
  return (
    <section className="ev-first-run" aria-label="Get started">
      <h2>See where your week goes</h2>
      <p>
        Add your calendar’s private iCal address, or import an .ics file, to see your meeting hours, their cost and the
        focus time you have left. It stays in this browser.
      </p>
      <div className="ev-actions">
        <button type="button" className="ev-primary" onClick={props.onOpenFeeds}>
          Add a calendar
        </button>
        <button type="button" className="ev-link" onClick={props.onOpenFeeds}>
          Import an .ics file
        </button>
      </div>
    </section>
  );
}
