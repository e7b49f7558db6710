package com.necxian.refunds.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.necxian.refunds.events.EvidenceKind;
import com.necxian.refunds.events.LineOutcome;
import com.necxian.refunds.events.MadeToOrder;
import com.necxian.refunds.events.PaymentMethod;
import com.necxian.refunds.events.ProductType;
import com.necxian.refunds.events.RefundReason;
import com.necxian.refunds.events.Resolution;
import com.necxian.refunds.events.SaleCondition;
import com.necxian.refunds.intake.domain.RefundStatus;
import com.necxian.refunds.testsupport.OpenApiDocument;
import com.necxian.refunds.testsupport.RealInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI document is the committed docs/openapi/intake-service.json (the contract clients are generated
 * from, linted by contract-tests), and what it says matches what the service does: the enumerations are the events'
 * own, every operation names its errors with the problem schema.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RealInfrastructure
class OpenApiDocumentTest {

    @Autowired
    MockMvc http;

    @Autowired
    JsonMapper json;

    String served;
    JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        served = http.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        document = json.readTree(served);
    }

    @Test
    void theServedDocumentIsTheCommittedOne() {
        OpenApiDocument.assertMatchesCommitted("intake-service", served);
    }

    static Stream<Arguments> enumerations() {
        return Stream.of(
                Arguments.of("RefundRequestBody", "reason", RefundReason.getClassSchema()),
                Arguments.of("RefundRequestBody", "preferredResolution", Resolution.getClassSchema()),
                Arguments.of("Payment", "method", PaymentMethod.getClassSchema()),
                Arguments.of("Evidence", "kind", EvidenceKind.getClassSchema()),
                Arguments.of("Line", "productType", ProductType.getClassSchema()),
                Arguments.of("Line", "madeToOrder", MadeToOrder.getClassSchema()),
                Arguments.of("Line", "saleCondition", SaleCondition.getClassSchema()),
                Arguments.of("Decision", "resolution", Resolution.getClassSchema()),
                Arguments.of("DecisionLine", "outcome", LineOutcome.getClassSchema()),
                Arguments.of("ReviewLine", "outcome", LineOutcome.getClassSchema()));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("enumerations")
    void anEnumerationListsWhatValidationAccepts(String schema, String property, Schema avro) {
        assertThat(enumOf(schema, property)).containsExactlyElementsOf(avro.getEnumSymbols());
    }

    @Test
    void statusesAreTheViewsOwn() {
        assertThat(enumOf("StatusView", "status"))
                .containsExactlyElementsOf(Arrays.stream(RefundStatus.values()).map(Enum::name).toList());
    }

    @Test
    void everyOperationNamesItsErrorsAsProblems() {
        assertThat(responses("/api/v1/refunds", "post")).containsExactly("202", "400", "401", "413", "415", "422",
                "503");
        assertThat(responses("/api/v1/refunds/{refundId}", "get")).containsExactly("200", "400", "401", "404", "503");
        assertThat(responses("/api/v1/refunds", "get")).containsExactly("200", "400", "401", "503");
        JsonNode post = document.at("/paths/~1api~1v1~1refunds/post");
        errors().forEach((operation, response) -> assertThat(resolved(response)
                .at("/content/application~1problem+json/schema/$ref").asString()).as(operation)
                .isEqualTo("#/components/schemas/Problem"));
        assertThat(resolved(post.at("/responses/422")).at("/content/application~1problem+json/examples"
                + "/idempotency-key-reused/value/status").asInt()).isEqualTo(422);
        assertThat(resolved(post.at("/responses/503")).at("/headers/Retry-After").isMissingNode()).isFalse();
        assertThat(resolved(post.at("/responses/503")).at("/description").asString()).contains("the broker");
        assertThat(post.at("/parameters/0/name").asString()).isEqualTo("Idempotency-Key");
        assertThat(post.at("/parameters/0/schema/maxLength").asInt()).isEqualTo(255);
        assertThat(post.at("/requestBody/required").asBoolean()).isTrue();
    }

    @Test
    void requiredFieldsAreThoseOfTheContract() {
        assertThat(required("RefundRequestBody")).containsExactlyInAnyOrder("orderNumber", "orderedAt", "customer",
                "payment", "currency", "reason", "description", "lines");
        assertThat(required("Customer")).containsExactlyInAnyOrder("id", "email");
        assertThat(required("Line")).containsExactlyInAnyOrder("lineId", "productType", "amountPaid");
    }

    private List<String> enumOf(String schema, String property) {
        JsonNode values = document.at("/components/schemas/" + schema + "/properties/" + property + "/enum");
        assertThat(values.isArray()).as(schema + "." + property + " has an enum").isTrue();
        return values.valueStream().map(JsonNode::asString).toList();
    }

    private List<String> responses(String path, String method) {
        return document.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses").propertyNames()
                .stream().sorted().toList();
    }

    /** Every error answer of every operation, as "method path status". */
    private Map<String, JsonNode> errors() {
        Map<String, JsonNode> errors = new TreeMap<>();
        document.at("/paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().at("/responses").properties().stream()
                        .filter(response -> response.getKey().charAt(0) >= '4')
                        .forEach(response -> errors.put(operation.getKey() + " " + path.getKey() + " "
                                + response.getKey(), response.getValue()))));
        assertThat(errors).hasSize(13);
        return errors;
    }

    /** The response itself, or the one under components it refers to. */
    private JsonNode resolved(JsonNode response) {
        String ref = response.at("/$ref").asString("");
        return ref.isEmpty() ? response : document.at(ref.substring(1));
    }

    private List<String> required(String schema) {
        return document.at("/components/schemas/" + schema + "/required").valueStream().map(JsonNode::asString)
                .toList();
    }
}
