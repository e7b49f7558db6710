'use strict';
// What analytics counts, read from one event: its status, amount, currency, policy version and clauses.

const STATUS = {
  'refund.requested': 'REQUESTED',
  'refund.review-required': 'REVIEW_REQUIRED',
  'refund.approved': 'APPROVED',
  'refund.denied': 'DENIED',
  'refund.processed': 'PROCESSED',
  'refund.failed': 'FAILED',
};

function amountMinor(topic, e) {
  switch (topic) {
    case 'refund.requested': return e.lines.reduce((sum, line) => sum + line.amountPaidMinor, 0);
    case 'refund.review-required': return e.suggestedAmountMinor;
    case 'refund.denied': return 0;
    default: return e.amountMinor;
  }
}

/** Clauses of a decision: the event's own list, or (for a review) every clause its lines cite. */
function clauses(topic, e) {
  if (e.clauses && e.clauses.length > 0) return e.clauses;
  if (topic === 'refund.review-required') return [...new Set(e.lines.flatMap((line) => line.clauses))];
  return [];
}

function factsOf({ topic, event: e }) {
  return {
    eventId: e.eventId,
    topic,
    status: STATUS[topic],
    refundId: e.refundId,
    orderNumber: e.orderNumber,
    occurredAt: new Date(e.occurredAt),
    policyVersion: e.policyVersion ?? null,
    amountMinor: amountMinor(topic, e),
    currency: e.currency,
    resolution: e.resolution ?? e.preferredResolution ?? null,
    clauses: clauses(topic, e),
    decidedBy: e.decidedBy ?? null,
  };
}

/** 12345 EUR minor units as "123.45 EUR", with the currency's own number of decimals (JPY has none). */
function formatMoney(minor, currency) {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
}

module.exports = { factsOf, formatMoney, STATUS };
