package com.necxian.refunds.policy.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import org.apache.avro.specific.SpecificRecord;

import com.necxian.refunds.events.RefundApproved;
import com.necxian.refunds.events.RefundDenied;
import com.necxian.refunds.events.RefundPolicyChanged;
import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.RefundReviewRequired;
import com.necxian.refunds.events.Topics;

/** Events kept in the database as Avro single-object encoding, so they are republished byte for byte the same. */
final class EventBytes {

    private EventBytes() {
    }

    static byte[] encode(SpecificRecord event) {
        try {
            ByteBuffer buffer;
            if (event instanceof RefundApproved e) {
                buffer = e.toByteBuffer();
            } else if (event instanceof RefundDenied e) {
                buffer = e.toByteBuffer();
            } else if (event instanceof RefundReviewRequired e) {
                buffer = e.toByteBuffer();
            } else if (event instanceof RefundRequested e) {
                buffer = e.toByteBuffer();
            } else if (event instanceof RefundPolicyChanged e) {
                buffer = e.toByteBuffer();
            } else {
                throw new IllegalArgumentException("not stored: " + event.getSchema().getFullName());
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecificRecord decode(String topic, byte[] bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            switch (topic) {
                case Topics.REFUND_APPROVED:
                    return RefundApproved.fromByteBuffer(buffer);
                case Topics.REFUND_DENIED:
                    return RefundDenied.fromByteBuffer(buffer);
                case Topics.REFUND_REVIEW_REQUIRED:
                    return RefundReviewRequired.fromByteBuffer(buffer);
                case Topics.REFUND_POLICY_CHANGED:
                    return RefundPolicyChanged.fromByteBuffer(buffer);
                default:
                    throw new IllegalArgumentException("not stored: " + topic);
            }
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
