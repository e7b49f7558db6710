package com.necxian.refunds.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.necxian.refunds.payment.domain.GatewayOutcome.Kind;

/**
 * PROC-4, PROC-5: a refund the provider accepted is reported processed or failed only on the provider's word about
 * that refund; a status check that finds none asks again with the same idempotency key and never reports it failed.
 */
class SubmittedRefundTest {

    static final RefundInstruction INSTRUCTION = new RefundInstruction("refund-1", "CARD", "pay_1", 4_990, "EUR");

    static Stream<Arguments> rule() {
        GatewayOutcome succeeded = GatewayOutcome.succeeded("re_1");
        GatewayOutcome pending = GatewayOutcome.pending("re_1");
        GatewayOutcome providerFailed = GatewayOutcome.permanentFailure("re_1", "expired_or_canceled_card");
        GatewayOutcome unavailable = GatewayOutcome.transientFailure("provider_unavailable");
        GatewayOutcome notFound = GatewayOutcome.notFound("re_1", "resource_missing: no such refund");
        return Stream.of(
                // status answer, re-submission answer, outcome, re-submitted?
                Arguments.of(succeeded, null, Kind.SUCCEEDED, false),
                Arguments.of(pending, null, Kind.PENDING, false),
                Arguments.of(providerFailed, null, Kind.PERMANENT_FAILURE, false),
                Arguments.of(unavailable, null, Kind.TRANSIENT_FAILURE, false),
                Arguments.of(notFound, succeeded, Kind.SUCCEEDED, true),
                Arguments.of(notFound, pending, Kind.PENDING, true),
                Arguments.of(notFound, unavailable, Kind.TRANSIENT_FAILURE, true),
                Arguments.of(notFound, notFound, Kind.TRANSIENT_FAILURE, true));
    }

    @ParameterizedTest(name = "status {0}, re-submission {1}: {2}")
    @MethodSource("rule")
    void aRefundTheProviderCannotFindIsAskedForAgainWithTheSameKeyNeverFailed(GatewayOutcome status,
            GatewayOutcome resubmission, Kind expected, boolean resubmitted) {
        var provider = new ScriptedProvider(status, resubmission);

        GatewayOutcome outcome = SubmittedRefund.check(provider, INSTRUCTION, "re_1");

        assertThat(outcome.kind()).isEqualTo(expected);
        assertThat(provider.refundsAskedFor).isEqualTo(resubmitted ? List.of(INSTRUCTION) : List.of());
    }

    /** A provider that answers the status check and a re-submission as scripted, and records what it was asked. */
    private static final class ScriptedProvider implements PaymentGateway {

        private final GatewayOutcome status;
        private final GatewayOutcome resubmission;
        final List<RefundInstruction> refundsAskedFor = new ArrayList<>();

        ScriptedProvider(GatewayOutcome status, GatewayOutcome resubmission) {
            this.status = status;
            this.resubmission = resubmission;
        }

        @Override
        public GatewayOutcome refund(RefundInstruction instruction) {
            refundsAskedFor.add(instruction);
            return resubmission;
        }

        @Override
        public GatewayOutcome status(RefundInstruction instruction, String providerReference) {
            return status;
        }
    }
}
