package com.necxian.refunds.policy.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

import com.necxian.refunds.policy.domain.MadeToOrder;
import com.necxian.refunds.policy.domain.ProductType;
import com.necxian.refunds.policy.domain.Recall;
import com.necxian.refunds.policy.domain.RefundabilityAnswer;
import com.necxian.refunds.policy.domain.RefundabilityAtPurchase;
import com.necxian.refunds.policy.domain.SaleCondition;
import com.necxian.refunds.policy.messaging.PolicyChanges;
import com.necxian.refunds.policy.store.PolicyVersions;
import com.necxian.refunds.policy.store.PolicyVersions.PolicyVersion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

/** The policy in force, its versions (CHG-1, CHG-2) and the refundability label shown at purchase (EXC-1). */
@RestController
@RequestMapping("/api/v1/policy")
class PolicyController {

    static final String EXAMPLE_VERSION = """
            {"settings": {"returnWindowDays": 45, "reviewThresholds": {"EUR": "1000.00", "CHF": "1000.00"}},
             "significant": true,
             "summary": "Regular items can now be returned within 45 days of delivery."}""";

    private final PolicyVersions versions;
    private final PolicyChanges changes;
    private final RefundabilityAtPurchase refundability;

    PolicyController(PolicyVersions versions, PolicyChanges changes, RefundabilityAtPurchase refundability) {
        this.versions = versions;
        this.changes = changes;
        this.refundability = refundability;
    }

    record VersionView(int version, Instant effectiveAt, boolean significant, String summary, String postedBy,
            PolicySettingsBody settings) {

        static VersionView of(PolicyVersion version) {
            return new VersionView(version.version(), version.effectiveAt(), version.significant(),
                    version.summary(), version.createdBy(), PolicySettingsBody.of(version.settings()));
        }
    }

    record NewVersion(PolicySettingsBody settings, Boolean significant, String summary) {
    }

    record Posted(int version, Instant effectiveAt) {
    }

    record Refundability(String refundable, String label, List<String> clauses, int policyVersion) {
    }

    @GetMapping
    @Operation(summary = "The policy version in force and its settings")
    VersionView current() {
        return VersionView.of(versions.current());
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "One policy version (404 when unknown)")
    ResponseEntity<VersionView> version(@PathVariable int version) {
        return ResponseEntity.of(versions.find(version).map(VersionView::of));
    }

    @PostMapping("/versions")
    @Operation(summary = "Post a new policy version, in force at once (CHG-1)", description = "201 with Location. "
            + "A significant version publishes RefundPolicyChanged (CHG-2), committed with the version through the "
            + "outbox. The version starts from the one in force and changes only what is posted; thresholds are "
            + "decimal strings per ISO 4217 currency, null removes one, and a version without any threshold is "
            + "refused. 400 lists every invalid field and nothing is stored.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(examples = @ExampleObject(
            value = "{\"version\": 4, \"effectiveAt\": \"2026-11-01T09:00:00Z\"}")))
    ResponseEntity<Posted> post(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "significant change", value = EXAMPLE_VERSION)))
            @RequestBody NewVersion body, Principal policyOwner,
            @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (body.settings() == null) {
            problems.add(new FieldProblem("settings", "is required"));
        }
        if (body.summary() == null || body.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "is required: customers read it for significant changes"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid policy version", problems);
        }
        PolicyVersion posted = changes.post(body.settings()::toSettings, Boolean.TRUE.equals(body.significant()),
                body.summary(), policyOwner.getName(),
                correlationId == null ? UUID.randomUUID().toString() : correlationId);
        return ResponseEntity.created(URI.create("/api/v1/policy/versions/" + posted.version()))
                .body(new Posted(posted.version(), posted.effectiveAt()));
    }

    record RecallBody(String sku, Instant recalledAt, String note) {

        private static final int MAX_SKU = 100;

        static RecallBody of(Recall recall) {
            return new RecallBody(recall.sku(), recall.recalledAt(), recall.note());
        }

        /** What is wrong with {@code sku} as a recalled SKU; the console's recall list checks each line with it. */
        static Optional<String> skuProblem(String sku) {
            return sku == null || sku.isBlank() || sku.length() > MAX_SKU
                    ? Optional.of("is required, at most " + MAX_SKU + " characters") : Optional.empty();
        }
    }

    @GetMapping("/recalls")
    @Operation(summary = "The recall list of the version in force (EXC-3)", description = "A recall claim on a listed "
            + "SKU is approved; on any other it goes to review.")
    List<RecallBody> recalls() {
        return versions.current().settings().recalls().stream().map(RecallBody::of).toList();
    }

    @PostMapping("/recalls")
    @Operation(summary = "Add a recalled SKU: a new policy version, in force at once", description = "201 with the "
            + "new version and Location; the same SKU again replaces its entry. sku and recalledAt are required.")
    ResponseEntity<Posted> recall(@RequestBody RecallBody body, Principal policyOwner,
            @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        List<FieldProblem> problems = new ArrayList<>();
        RecallBody.skuProblem(body.sku()).ifPresent(problem -> problems.add(new FieldProblem("sku", problem)));
        if (body.recalledAt() == null) {
            problems.add(new FieldProblem("recalledAt", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid recall", problems);
        }
        Recall recall = new Recall(body.sku(), body.recalledAt(), body.note());
        PolicyVersion posted = changes.post(current -> current.withRecall(recall), false,
                "Recall of SKU " + body.sku() + " added to the recall list.", policyOwner.getName(),
                correlationId == null ? UUID.randomUUID().toString() : correlationId);
        return ResponseEntity.created(URI.create("/api/v1/policy/versions/" + posted.version()))
                .body(new Posted(posted.version(), posted.effectiveAt()));
    }

    @GetMapping("/refundability")
    @Operation(summary = "Is a product refundable under the policy in force (EXC-1)?", description = "YES, "
            + "CASE_BY_CASE or NO with the label to show at purchase and the clauses. productType is required; "
            + "madeToOrder defaults to NONE and saleCondition to REGULAR.",
            security = @SecurityRequirement(name = "storefrontKey"))
    Refundability refundability(@RequestParam(required = false) String productType,
            @RequestParam(required = false) String madeToOrder, @RequestParam(required = false) String saleCondition) {
        List<FieldProblem> problems = new ArrayList<>();
        ProductType type = parse(problems, "productType", productType, ProductType.class, null);
        MadeToOrder made = parse(problems, "madeToOrder", madeToOrder, MadeToOrder.class, MadeToOrder.NONE);
        SaleCondition sale = parse(problems, "saleCondition", saleCondition, SaleCondition.class,
                SaleCondition.REGULAR);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid refundability question", problems);
        }
        RefundabilityAnswer answer = refundability.answer(type, made, sale, versions.current().settings());
        return new Refundability(answer.refundable().name(), answer.label(), answer.clauses(), answer.policyVersion());
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
