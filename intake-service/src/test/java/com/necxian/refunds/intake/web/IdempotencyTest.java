package com.necxian.refunds.intake.web;

import static com.necxian.refunds.intake.web.RefundApiTest.KEY;
import static com.necxian.refunds.intake.web.RefundApiTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.Topics;
import com.necxian.refunds.testsupport.Infrastructure;
import com.necxian.refunds.testsupport.RealInfrastructure;
import com.necxian.refunds.testsupport.TopicContents;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class IdempotencyTest {

    @Autowired
    MockMvc http;

    @Autowired
    JsonMapper json;

    @Test
    void theSameKeyAndBodyGetTheFirstAnswerAgainAndWriteOneEvent() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        var first = submit(request(orderNumber, "19.99"), key);
        var second = submit(request(orderNumber, "19.99"), key);

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(second.getStatus()).isEqualTo(202);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(eventsFor(orderNumber)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        submit(request(orderNumber, "19.99"), key);

        var conflict = submit(request(orderNumber, "29.99"), key);

        assertThat(conflict.getStatus()).isEqualTo(422);
        assertThat(conflict.getContentType()).startsWith("application/problem+json");
        assertThat(eventsFor(orderNumber)).isEqualTo(1);
    }

    @Test
    void twoConcurrentClientsWithOneKeyGetOneRefundAndOneEvent() throws Exception {
        String orderNumber = "NX-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        CountDownLatch go = new CountDownLatch(1);

        List<CompletableFuture<MockHttpServletResponse>> clients = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return submit(request(orderNumber, "5.00"), key);
                })).toList();
        go.countDown();
        List<MockHttpServletResponse> answers = clients.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(202);
        assertThat(answers.stream().map(this::refundId).distinct()).hasSize(1);
        assertThat(eventsFor(orderNumber)).isEqualTo(1);
    }

    @Test
    void aJsonNumberForMoneyIsRefusedNamingTheField() throws Exception {
        String body = request("NX-" + UUID.randomUUID(), "1").replace("\"amountPaid\": \"1\"", "\"amountPaid\": 199.5");

        var answer = submit(body, null);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getContentAsString()).contains("lines[0].amountPaid");
    }

    @Test
    void aBodyAbove256KiBIs413() throws Exception {
        String big = request("NX-" + UUID.randomUUID(), "1.00").replace("Left earcup", "x".repeat(300 * 1024));

        assertThat(submit(big, null).getStatus()).isEqualTo(413);
    }

    private MockHttpServletResponse submit(String body, String idempotencyKey) {
        try {
            var request = post("/api/v1/refunds").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                    .content(body);
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return http.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String refundId(MockHttpServletResponse response) {
        try {
            return json.readTree(response.getContentAsString()).get("refundId").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long eventsFor(String orderNumber) {
        return TopicContents.withKey(Infrastructure.shared().kafka().bootstrapServers(), Topics.REFUND_REQUESTED,
                orderNumber).size();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
