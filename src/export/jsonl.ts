// JSON Lines: the codebook event, one per line, with the ids that tie it to its report and
// incident placed first.
import type { Rows } from './rows.js';

export async function* jsonl(rows: Rows): AsyncGenerator<string> {
  for await (const row of rows) {
    yield (
      JSON.stringify({
        event_id: row.eventId,
        report_id: row.report.id,
        incident_id: row.incidentId ?? null,
        ...row.event,
      }) + '\n'
    );
  }
}
