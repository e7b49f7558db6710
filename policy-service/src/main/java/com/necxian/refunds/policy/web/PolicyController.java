package com.necxian.refunds.policy.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.necxian.refunds.policy.application.ChangePolicy;
import com.necxian.refunds.policy.application.PolicyInForce;
import com.necxian.refunds.policy.domain.MadeToOrder;
import com.necxian.refunds.policy.domain.ProductType;
import com.necxian.refunds.policy.domain.RefundabilityAnswer;
import com.necxian.refunds.policy.domain.SaleCondition;
import com.necxian.refunds.web.openapi.ProblemResponses;
import com.necxian.refunds.web.problem.FieldProblem;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The policy in force, its versions (CHG-1, CHG-2), the recall list (EXC-3) and the refundability label (EXC-1). */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy")
class PolicyController {

    static final String EXAMPLE_VERSION = """
            {"settings": {"returnWindowDays": 45, "reviewThresholds": {"EUR": "1000.00", "CHF": "1000.00"}},
             "significant": true,
             "summary": "Regular items can now be returned within 45 days of delivery."}""";
    static final String EXAMPLE_RECALL = """
            {"sku": "HP-200", "recalledAt": "2026-10-01T00:00:00Z", "note": "Battery overheats."}""";
    static final String EXAMPLE_POSTED = "{\"version\": 4, \"effectiveAt\": \"2026-11-01T09:00:00Z\"}";

    private static final String CORRELATION_ID = "Carried by the RefundPolicyChanged event of a significant "
            + "version; a new one when absent";

    private final PolicyInForce policy;
    private final ChangePolicy changes;

    PolicyController(PolicyInForce policy, ChangePolicy changes) {
        this.policy = policy;
        this.changes = changes;
    }

    @GetMapping
    @Operation(operationId = "getPolicy", summary = "The policy version in force and its settings")
    @ApiResponse(responseCode = "200", description = "The version in force")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    PolicyVersionView current() {
        return PolicyVersionView.of(policy.current());
    }

    @GetMapping("/versions/{version}")
    @Operation(operationId = "getPolicyVersion", summary = "One policy version")
    @ApiResponse(responseCode = "200", description = "The version")
    @ApiResponse(responseCode = "400", ref = ProblemResponses.INVALID_REQUEST)
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = OpenApiDescription.POLICY_VERSION_NOT_FOUND)
    PolicyVersionView version(@Parameter(description = "The version number", schema = @Schema(minimum = "1"))
            @PathVariable int version) {
        return PolicyVersionView.of(policy.version(version));
    }

    @PostMapping("/versions")
    @Operation(operationId = "postPolicyVersion", summary = "Post a new policy version, in force at once (CHG-1)",
            description = "The version starts from the one in force and changes only what is posted. A significant "
                    + "version publishes RefundPolicyChanged (CHG-2), committed with the version through the outbox. "
                    + "400 lists every invalid field and nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Posted; Location names the new version",
            headers = @Header(name = "Location", description = "/api/v1/policy/versions/{version}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostedVersion.class),
                    examples = @ExampleObject(name = "posted", value = EXAMPLE_POSTED)))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.INVALID_REQUEST)
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    ResponseEntity<PostedVersion> post(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "significant change", value = EXAMPLE_VERSION)))
            @RequestBody NewPolicyVersion body, Principal policyOwner,
            @Parameter(description = CORRELATION_ID) @RequestHeader(name = "X-Correlation-Id", required = false)
            String correlationId) {
        body.check();
        return PostedVersion.created(changes.post(body.settings()::toSettings, Boolean.TRUE.equals(body.significant()),
                body.summary(), policyOwner.getName(), orNew(correlationId)));
    }

    @GetMapping("/recalls")
    @Operation(operationId = "listRecalls", summary = "The recall list of the version in force (EXC-3)",
            description = "A recall claim on a listed SKU is approved; on any other it goes to review.")
    @ApiResponse(responseCode = "200", description = "The recalled SKUs, in the order they were listed")
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    List<RecallBody> recalls() {
        return policy.current().settings().recalls().stream().map(RecallBody::of).toList();
    }

    @PostMapping("/recalls")
    @Operation(operationId = "addRecall", summary = "Add a recalled SKU: a new policy version, in force at once",
            description = "The same SKU again replaces its entry. The version is not significant.")
    @ApiResponse(responseCode = "201", description = "Posted; Location names the new version",
            headers = @Header(name = "Location", description = "/api/v1/policy/versions/{version}",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostedVersion.class),
                    examples = @ExampleObject(name = "posted", value = EXAMPLE_POSTED)))
    @ApiResponse(responseCode = "400", ref = ProblemResponses.INVALID_REQUEST)
    @ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @ApiResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    ResponseEntity<PostedVersion> recall(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "recall", value = EXAMPLE_RECALL)))
            @RequestBody RecallBody body, Principal policyOwner,
            @Parameter(description = CORRELATION_ID) @RequestHeader(name = "X-Correlation-Id", required = false)
            String correlationId) {
        return PostedVersion.created(changes.recall(body.toRecall(), policyOwner.getName(),
                orNew(correlationId)));
    }

    @GetMapping("/refundability")
    @Operation(operationId = "getRefundability", summary = "Is a product refundable under the policy in force (EXC-1)?",
            description = "YES, CASE_BY_CASE or NO with the label to show at purchase and the clauses.",
            security = {@SecurityRequirement(name = OpenApiDescription.STOREFRONT_KEY),
                    @SecurityRequirement(name = OpenApiDescription.BASIC)})
    @ApiResponse(responseCode = "200", description = "The answer")
    @ApiResponse(responseCode = "400", ref = ProblemResponses.INVALID_REQUEST)
    RefundabilityView refundability(
            @Parameter(description = "The kind of product", required = true,
                    schema = @Schema(implementation = ProductType.class))
            @RequestParam(required = false) String productType,
            @Parameter(description = "Default NONE", schema = @Schema(implementation = MadeToOrder.class))
            @RequestParam(required = false) String madeToOrder,
            @Parameter(description = "Default REGULAR", schema = @Schema(implementation = SaleCondition.class))
            @RequestParam(required = false) String saleCondition) {
        List<FieldProblem> problems = new ArrayList<>();
        ProductType type = parse(problems, "productType", productType, ProductType.class, null);
        MadeToOrder made = parse(problems, "madeToOrder", madeToOrder, MadeToOrder.class, MadeToOrder.NONE);
        SaleCondition sale = parse(problems, "saleCondition", saleCondition, SaleCondition.class,
                SaleCondition.REGULAR);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The refundability question has invalid parameters; each is listed in errors.",
                    problems);
        }
        RefundabilityAnswer answer = policy.refundability(type, made, sale);
        return new RefundabilityView(answer.refundable().name(), answer.label(), answer.clauses(),
                answer.policyVersion());
    }

    private static String orNew(String correlationId) {
        return correlationId == null || correlationId.isBlank() ? UUID.randomUUID().toString() : correlationId;
    }

    /** The named constant; a missing optional value gives the fallback, a missing required one (null) a problem. */
    private static <E extends Enum<E>> E parse(List<FieldProblem> problems, String field, String value, Class<E> type,
            E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }
}
