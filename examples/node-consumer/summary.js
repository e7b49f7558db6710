'use strict';
// Per UTC day: how many refunds reached each status, the approved amount per currency, and per clause how many
// decisions cited it with each outcome; then the median time from request to payout.
const { readTopics } = require('./read-topics');
const { factsOf, formatMoney } = require('./refund-facts');

const COUNTED = ['REQUESTED', 'APPROVED', 'DENIED', 'REVIEW_REQUIRED', 'PROCESSED', 'FAILED'];
const DECISIONS = ['APPROVED', 'DENIED', 'REVIEW_REQUIRED'];

function summarise(facts) {
  const days = new Map();
  for (const f of facts) {
    const day = f.occurredAt.toISOString().slice(0, 10);
    if (!days.has(day)) days.set(day, { counts: {}, approved: {}, clauses: new Map() });
    const d = days.get(day);
    d.counts[f.status] = (d.counts[f.status] || 0) + 1;
    if (f.status === 'APPROVED') d.approved[f.currency] = (d.approved[f.currency] || 0) + f.amountMinor;
    if (DECISIONS.includes(f.status)) {
      for (const clause of f.clauses) {
        if (!d.clauses.has(clause)) d.clauses.set(clause, {});
        const c = d.clauses.get(clause);
        c[f.status] = (c[f.status] || 0) + 1;
      }
    }
  }
  return days;
}

/** Hours from each refund's request to its payout (refund.processed), median over the refunds paid out. */
function medianHoursToPayout(facts) {
  const requested = new Map(facts.filter((f) => f.status === 'REQUESTED').map((f) => [f.refundId, f.occurredAt]));
  const hours = facts.filter((f) => f.status === 'PROCESSED' && requested.has(f.refundId))
    .map((f) => (f.occurredAt - requested.get(f.refundId)) / 3600000).sort((a, b) => a - b);
  if (hours.length === 0) return null;
  const middle = Math.floor(hours.length / 2);
  return { refunds: hours.length,
    median: hours.length % 2 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2 };
}

function render(facts) {
  const lines = [];
  const days = summarise(facts);
  for (const day of [...days.keys()].sort()) {
    const d = days.get(day);
    const counts = COUNTED.map((s) => `${s.toLowerCase()} ${d.counts[s] || 0}`).join(', ');
    const money = Object.keys(d.approved).sort().map((c) => formatMoney(d.approved[c], c)).join(' + ') || 'nothing';
    lines.push(`${day}: ${counts}; approved ${money}`);
    for (const clause of [...d.clauses.keys()].sort()) {
      const c = d.clauses.get(clause);
      lines.push(`  ${clause}: ${DECISIONS.map((s) => `${s.toLowerCase()} ${c[s] || 0}`).join(', ')}`);
    }
  }
  const payout = medianHoursToPayout(facts);
  lines.push(payout
    ? `median time to payout: ${payout.median.toFixed(1)} h over ${payout.refunds} refunds`
    : 'median time to payout: no refund paid out');
  return lines.join('\n');
}

async function main() {
  const { events, undecodable } = await readTopics();
  console.log(render(events.map(factsOf)));
  if (undecodable > 0) console.error(`${undecodable} records could not be decoded and were skipped`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

module.exports = { render, summarise, medianHoursToPayout };
