package com.necxian.refunds.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.testsupport.PrometheusText;
import com.necxian.refunds.testsupport.RealInfrastructure;

/**
 * The storefront gets the trace id of its request in X-Trace-Id, the status view shows the same id once the
 * refund's event is in, and the stage latency event → status view moves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class TraceAndMetricsTest {

    @Autowired
    MockMvc http;

    @Test
    void theTraceIdOfTheSubmissionIsAnsweredInAHeaderAndShownInTheStatusView() throws Exception {
        double viewedBefore = stageCount();
        var accepted = http.perform(post("/api/v1/refunds").header("X-Api-Key", RefundApiTest.KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(RefundApiTest.request("NX-" + UUID.randomUUID(), "199.00")))
                .andExpect(status().isAccepted()).andReturn().getResponse();
        String traceId = accepted.getHeader("X-Trace-Id");
        String location = accepted.getHeader("Location");

        assertThat(traceId).matches("[0-9a-f]{32}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.perform(
                        get(location).header("X-Api-Key", RefundApiTest.KEY))
                .andExpect(status().isOk()).andExpect(jsonPath("$.traceId").value(traceId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> stageCount() > viewedBefore);
    }

    @Test
    void aRefusedRequestHasATraceIdToo() throws Exception {
        http.perform(post("/api/v1/refunds").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Trace-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}")));
    }

    private double stageCount() throws Exception {
        String metrics = http.perform(get("/actuator/prometheus")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        return PrometheusText.sum(metrics, "necxian_refund_stage_latency_seconds_count",
                Map.of("stage", "event_to_status_view"));
    }
}
