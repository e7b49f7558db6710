'use strict';
// Reads refund topics from the beginning to their current end, in a consumer group of its own, and decodes each
// record with the registry's Confluent-compatible API. The services' groups and offsets are not touched.
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');

const REFUND_TOPICS = ['refund.requested', 'refund.review-required', 'refund.approved', 'refund.denied',
  'refund.processed', 'refund.failed'];

function settings(env = process.env) {
  return {
    brokers: (env.KAFKA_BROKERS || '127.0.0.1:9092').split(','),
    registryUrl: env.REGISTRY_URL || 'http://127.0.0.1:8090/apis/ccompat/v7',
    groupId: env.ANALYTICS_GROUP || `analytics-replay-${Date.now()}`,
    sasl: env.KAFKA_USERNAME
      ? { mechanism: 'scram-sha-512', username: env.KAFKA_USERNAME, password: env.KAFKA_PASSWORD }
      : undefined,
    timeoutMs: Number(env.READ_TIMEOUT_MS || 120000),
  };
}

/** The end of each partition now: reading stops there, so a replay is a snapshot, not a tail. */
async function endOffsets(admin, topics) {
  const ends = new Map();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (Number(p.high) > Number(p.low)) ends.set(`${topic}/${p.partition}`, Number(p.high));
    }
  }
  return ends;
}

/**
 * Every event on the topics, once each (delivery is at least once: a repeated eventId is dropped), with its
 * topic and key. Records the registry cannot decode are counted, not thrown.
 */
async function readTopics(topics = REFUND_TOPICS, options = settings()) {
  // kafkajs logs its own retries (e.g. while a new group's coordinator is elected) as errors: failures that
  // matter reject the promise instead.
  const kafka = new Kafka({ clientId: 'necxian-analytics', brokers: options.brokers, sasl: options.sasl,
    logLevel: logLevel.NOTHING });
  const registry = new SchemaRegistry({ host: options.registryUrl });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await endOffsets(admin, topics);
  await admin.disconnect();

  const events = new Map();
  let undecodable = 0;
  if (ends.size > 0) {
    const consumer = kafka.consumer({ groupId: options.groupId });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(
        `not at the end of ${[...ends.keys()].join(', ')} after ${options.timeoutMs} ms`)), options.timeoutMs);
      consumer.run({
        eachMessage: async ({ topic, partition, message }) => {
          const at = `${topic}/${partition}`;
          try {
            const event = await registry.decode(message.value);
            if (!events.has(event.eventId)) {
              events.set(event.eventId, { topic, key: message.key && message.key.toString(), event });
            }
          } catch (e) {
            undecodable++;
          }
          if (ends.has(at) && Number(message.offset) + 1 >= ends.get(at)) ends.delete(at);
          if (ends.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      }).catch(reject);
    }).finally(() => consumer.disconnect());
  }
  return { events: [...events.values()], undecodable };
}

module.exports = { readTopics, settings, REFUND_TOPICS };
