'use strict';
// One CSV row per event (deduplicated by eventId), oldest first, for loading into a data warehouse.
// Usage: node export-csv.js [file]   (stdout without a file)
const fs = require('fs');
const { readTopics } = require('./read-topics');
const { factsOf } = require('./refund-facts');

const COLUMNS = ['event_id', 'topic', 'status', 'refund_id', 'order_number', 'occurred_at', 'policy_version',
  'amount_minor', 'currency', 'resolution', 'clauses', 'decided_by'];

function cell(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(facts) {
  const rows = [...facts].sort((a, b) => a.occurredAt - b.occurredAt || a.eventId.localeCompare(b.eventId))
    .map((f) => [f.eventId, f.topic, f.status, f.refundId, f.orderNumber, f.occurredAt.toISOString(),
      f.policyVersion, f.amountMinor, f.currency, f.resolution, f.clauses.join(';'), f.decidedBy].map(cell)
      .join(','));
  return [COLUMNS.join(','), ...rows].join('\n') + '\n';
}

async function main() {
  const { events, undecodable } = await readTopics();
  const csv = toCsv(events.map(factsOf));
  if (process.argv[2]) fs.writeFileSync(process.argv[2], csv);
  else process.stdout.write(csv);
  if (undecodable > 0) console.error(`${undecodable} records could not be decoded and were skipped`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

module.exports = { toCsv, COLUMNS };
