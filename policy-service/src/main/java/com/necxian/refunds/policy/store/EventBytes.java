package com.necxian.refunds.policy.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import com.necxian.refunds.events.RefundRequested;

/** The decided request, kept with its decision as Avro single-object encoding (the reviewer's view reads it). */
final class EventBytes {

    private EventBytes() {
    }

    static byte[] encode(RefundRequested request) {
        try {
            ByteBuffer buffer = request.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RefundRequested request(byte[] bytes) {
        try {
            return RefundRequested.fromByteBuffer(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
