package com.necxian.refunds.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.necxian.refunds.contracts.intake.client.ApiClient;
import com.necxian.refunds.contracts.intake.client.ApiException;
import com.necxian.refunds.contracts.intake.client.ApiResponse;
import com.necxian.refunds.contracts.intake.client.api.RefundsApi;
import com.necxian.refunds.contracts.intake.client.model.Acknowledgement;
import com.necxian.refunds.contracts.intake.client.model.Customer;
import com.necxian.refunds.contracts.intake.client.model.Evidence;
import com.necxian.refunds.contracts.intake.client.model.FieldProblem;
import com.necxian.refunds.contracts.intake.client.model.Line;
import com.necxian.refunds.contracts.intake.client.model.Payment;
import com.necxian.refunds.contracts.intake.client.model.Problem;
import com.necxian.refunds.contracts.intake.client.model.RefundRequestBody;
import com.necxian.refunds.contracts.intake.client.model.StatusView;
import com.necxian.refunds.testsupport.FreePort;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.ServiceProcess;

/**
 * The client another team generates from docs/openapi/intake-service.json (openapi-generator's Maven plugin, library
 * native on java.net.http, in this module's build) works against intake-service running as its executable jar on real
 * Kafka, Apicurio Registry and PostgreSQL: it submits a refund (202 with an Idempotency-Key, the same answer again for
 * a retry), reads its status, and gets a 400 it reads as the document's Problem, naming the bad fields.
 */
class GeneratedClientTest {

    static final String STOREFRONT_KEY = "local-storefront-key";
    static ServiceProcess intake;
    static RefundsApi refunds;

    @BeforeAll
    static void startIntake() {
        Infrastructure infrastructure = Infrastructure.shared();
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties("intake_service"));
        properties.put("spring.profiles.active", "local");
        properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        intake = ServiceProcess.start("intake-service", FreePort.find(), properties,
                Path.of("target", "generated-client-logs")).awaitHealthy(Duration.ofSeconds(180));
        ApiClient client = new ApiClient();
        client.updateBaseUri(intake.url());
        client.setRequestInterceptor(request -> request.header("X-Api-Key", STOREFRONT_KEY));
        refunds = new RefundsApi(client);
    }

    @AfterAll
    static void stopIntake() {
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void submitsARefundAndReadsItsStatus() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = "client-" + orderNumber;

        ApiResponse<Acknowledgement> accepted = refunds.submitRefundWithHttpInfo(request(orderNumber, "199.00"), key,
                null);

        assertThat(accepted.getStatusCode()).isEqualTo(202);
        Acknowledgement acknowledgement = accepted.getData();
        assertThat(acknowledgement.getStatus()).isEqualTo(Acknowledgement.StatusEnum.RECEIVED);
        assertThat(accepted.getHeaders().get("location"))
                .containsExactly("/api/v1/refunds/" + acknowledgement.getRefundId());
        assertThat(refunds.submitRefund(request(orderNumber, "199.00"), key, null).getRefundId())
                .as("a retry with the same key and body gets the first answer").isEqualTo(acknowledgement.getRefundId());

        StatusView view = await().atMost(Duration.ofSeconds(60)).ignoreException(ApiException.class)
                .until(() -> refunds.getRefund(acknowledgement.getRefundId()), found -> found != null);
        assertThat(view.getOrderNumber()).isEqualTo(orderNumber);
        assertThat(view.getStatus()).isEqualTo(StatusView.StatusEnum.RECEIVED);
        assertThat(view.getRespondBy().toInstant()) // the event carries milliseconds
                .isCloseTo(acknowledgement.getRespondBy().toInstant(), within(1, ChronoUnit.MILLIS));
        assertThat(view.getHistory()).hasSize(1);
        assertThat(refunds.listRefundsOfOrder(orderNumber)).extracting(StatusView::getRefundId)
                .containsExactly(acknowledgement.getRefundId());
    }

    @Test
    void aBadRequestIsAProblemNamingEveryBadField() throws Exception {
        RefundRequestBody bad = request("", "199.999");

        ApiException refused = catchThrowableOfType(ApiException.class, () -> refunds.submitRefund(bad, null, null));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = readProblem(refused.getResponseBody());
        assertThat(problem.getType()).hasToString("https://necxian.example/problems/invalid-request");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getErrors()).extracting(FieldProblem::getField)
                .containsExactlyInAnyOrder("orderNumber", "lines[0].amountPaid");
    }

    @Test
    void anUnknownRefundIsA404Problem() {
        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> refunds.getRefund(UUID.randomUUID().toString()));

        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(missing.getResponseBody()).contains("https://necxian.example/problems/refund-not-found");
    }

    /** The body of an error answer as the document's Problem schema, read with the client's own mapper. */
    private static Problem readProblem(String body) throws Exception {
        return new ApiClient().getObjectMapper().readValue(body, Problem.class);
    }

    /** http-api.md's example request, built with the generated model. */
    private static RefundRequestBody request(String orderNumber, String amountPaid) {
        return new RefundRequestBody().orderNumber(orderNumber)
                .orderedAt(OffsetDateTime.parse("2026-11-01T10:00:00Z"))
                .processedAt(OffsetDateTime.parse("2026-11-01T12:00:00Z"))
                .customer(new Customer().id("C-42").email("ana@example.com").name("Ana Ruiz"))
                .payment(new Payment().method(Payment.MethodEnum.CARD).reference("pay_8f2k"))
                .currency("EUR").reason(RefundRequestBody.ReasonEnum.DEFECTIVE)
                .description("Left earcup crackles after two days.")
                .evidence(List.of(new Evidence().kind(Evidence.KindEnum.PHOTO).uri(URI.create("https://cdn.example.com/e/1.jpg"))
                        .note("crack")))
                .preferredResolution(RefundRequestBody.PreferredResolutionEnum.REFUND)
                .lines(List.of(new Line().lineId("1").sku("HP-200").description("Headphones")
                        .productType(Line.ProductTypeEnum.PHYSICAL).madeToOrder(Line.MadeToOrderEnum.NONE)
                        .saleCondition(Line.SaleConditionEnum.REGULAR).quantity(1).amountPaid(amountPaid)
                        .deliveredAt(OffsetDateTime.parse("2026-11-03T10:00:00Z"))));
    }
}
