package com.necxian.refunds.messaging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;

import io.apicurio.registry.resolver.DefaultSchemaResolver;
import io.apicurio.registry.resolver.SchemaLookupResult;
import io.apicurio.registry.resolver.data.Record;
import io.apicurio.registry.serde.data.KafkaSerdeMetadata;

/**
 * Apicurio's resolver prints the writer schema to JSON and looks it up by content on every record (a fifth of
 * intake's CPU under load). A generated event class always hands over the same Schema instance, so the answer
 * is kept per topic and schema instance; anything else goes the default way. Every producer of the shared serde
 * settings uses it ({@link AvroSerdeSettings#producer}).
 */
public class IdentityCachedSchemaResolver<T> extends DefaultSchemaResolver<Schema, T> {

    private record Key(String topic, boolean isKey, Schema schema) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.schema == schema && k.isKey == isKey && k.topic.equals(topic);
        }

        @Override
        public int hashCode() {
            return topic.hashCode() * 31 + System.identityHashCode(schema);
        }
    }

    private final Map<Key, SchemaLookupResult<Schema>> resolved = new ConcurrentHashMap<>();

    @Override
    public SchemaLookupResult<Schema> resolveSchema(Record<T> record) {
        Key key = keyOf(record);
        if (key == null) {
            return super.resolveSchema(record);
        }
        SchemaLookupResult<Schema> known = resolved.get(key);
        if (known != null) {
            return known;
        }
        SchemaLookupResult<Schema> result = super.resolveSchema(record);
        resolved.put(key, result);
        return result;
    }

    @Override
    public void reset() {
        resolved.clear();
        super.reset();
    }

    private static Key keyOf(Record<?> record) {
        if (record.metadata() instanceof KafkaSerdeMetadata metadata && metadata.artifactReference() == null
                && metadata.getTopic() != null
                && record.payload() instanceof org.apache.avro.generic.GenericContainer payload) {
            return new Key(metadata.getTopic(), metadata.isKey(), payload.getSchema());
        }
        return null;
    }
}
