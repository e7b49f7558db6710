package com.necxian.refunds.messaging.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.util.ClassUtils;

/**
 * Outbox payloads: Avro single-object encoding (a header with the writer schema's fingerprint, then Avro binary),
 * typed by the generated class's name. No schema registry is involved, so a use case can write its events while the
 * registry or the broker is unreachable; the relay decodes and sends them through the service's Avro serde. A
 * payload whose fingerprint the class does not know fails loudly instead of being misread.
 */
final class EventPayloads {

    private static final Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> ENCODERS = new ConcurrentHashMap<>();
    private static final Map<String, BinaryMessageDecoder<SpecificRecord>> DECODERS = new ConcurrentHashMap<>();

    private EventPayloads() {
    }

    static String typeOf(SpecificRecord event) {
        return event.getClass().getName();
    }

    static byte[] encode(SpecificRecord event) {
        BinaryMessageEncoder<SpecificRecord> encoder = ENCODERS.computeIfAbsent(event.getClass(),
                type -> new BinaryMessageEncoder<>(SpecificData.getForClass(type), event.getSchema()));
        try {
            ByteBuffer buffer = encoder.encode(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecificRecord decode(String type, byte[] payload) {
        try {
            return DECODERS.computeIfAbsent(type, EventPayloads::decoder).decode(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("outbox payload of " + type + " cannot be read", e);
        }
    }

    private static BinaryMessageDecoder<SpecificRecord> decoder(String type) {
        Class<?> eventClass;
        try {
            eventClass = ClassUtils.forName(type, EventPayloads.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("outbox holds an event of an unknown type " + type, e);
        }
        if (!SpecificRecord.class.isAssignableFrom(eventClass)) {
            throw new IllegalStateException("outbox event type " + type + " is not a generated Avro class");
        }
        SpecificData model = SpecificData.getForClass(eventClass);
        Schema schema = model.getSchema(eventClass);
        return new BinaryMessageDecoder<>(model, schema);
    }
}
