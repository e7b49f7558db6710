package com.necxian.refunds.intake.application;

import static com.necxian.refunds.intake.web.RefundApiTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.necxian.refunds.events.RefundRequested;
import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.TopicContents;

import tools.jackson.databind.json.JsonMapper;

/**
 * An attempt whose RefundRequested reached the broker but whose key claim was then lost (its commit failed): the
 * storefront's retry with the same key and body writes the same event again (same eventId and refundId), which
 * every consumer drops, instead of a second refund request.
 */
@SpringBootTest
@RealInfrastructure
class RetryAfterLostClaimTest {

    @Autowired
    SubmitRefund intake;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JsonMapper json;

    @Test
    void theRetryWritesTheSameEventAgainNotASecondRefund() {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = "k-" + orderNumber;
        RefundRequestBody body = json.readValue(request(orderNumber, "10.00"), RefundRequestBody.class);

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            intake.accept(body, key, "first-attempt");
            throw new IllegalStateException("injected fault: the commit fails after the broker acknowledged");
        })).hasMessageContaining("injected fault");
        Acknowledgement retry = intake.accept(body, key, "retry");

        List<RefundRequested> written = TopicContents.withKey(Infrastructure.shared().kafka().bootstrapServers(),
                Topics.REFUND_REQUESTED, orderNumber).stream().map(r -> decode(r.value())).toList();
        assertThat(written).hasSize(2);
        assertThat(written).extracting(RefundRequested::getRefundId).containsOnly(retry.refundId());
        assertThat(written).extracting(RefundRequested::getEventId).containsOnly(written.get(0).getEventId());
    }

    /** Confluent wire format: magic byte and 4-byte schema id, then Avro binary of this very schema. */
    private static RefundRequested decode(byte[] value) {
        try {
            return new SpecificDatumReader<>(RefundRequested.class).read(null,
                    DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
