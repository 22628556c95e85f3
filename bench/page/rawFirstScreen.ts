import { JournalDatabase } from '../../src/renderer/src/db/journalDatabase';

// The physical floor for the first screen: open the same database, one indexed query for the 50
// newest cases, 50 plain rows in the DOM. Measured from navigation start, like the app.
const db = new JournalDatabase();
const rows = await db.cases.orderBy('updatedAt').reverse().limit(50).toArray();
const container = document.getElementById('rows')!;
container.append(
  ...rows.map((row) => {
    const div = document.createElement('div');
    div.textContent = `${row.title} — ${row.provider.name} — ${row.status}`;
    return div;
  }),
);
requestAnimationFrame(() => {
  performance.mark('raw:first-rows');
  document.documentElement.dataset.rawReady = String(rows.length);
});
