package com.necxian.refunds.policy.web;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.necxian.refunds.money.Money;
import com.necxian.refunds.policy.application.AmountAboveWhatCanBePaid;
import com.necxian.refunds.policy.application.DecideReview;
import com.necxian.refunds.policy.application.ReviewAlreadyDecided;
import com.necxian.refunds.policy.application.ReviewCase;
import com.necxian.refunds.policy.application.ReviewNotFound;
import com.necxian.refunds.policy.application.ReviewQueue;
import com.necxian.refunds.policy.store.Reviews;
import com.necxian.refunds.web.problem.InvalidRequest;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The review queue in a browser: the same cases as the review API, decided through the same {@link DecideReview}
 * with the same checks ({@link DecisionBody}); invalid fields come back in the form instead of a problem body.
 */
@Controller
@Hidden
@RequestMapping("/console/reviews")
class ReviewConsole {

    /** The review categories a reviewer filters by, with their names on the page. */
    static final Map<String, String> CATEGORIES = categories();

    /** The decision form as posted; clauses are IDs separated by commas or spaces. */
    record DecisionForm(String decision, String amount, String resolution, String clauses, String note) {

        DecisionBody body() {
            List<String> ids = clauses == null ? List.of() : Arrays.stream(clauses.split("[,\\s]+"))
                    .filter(id -> !id.isBlank()).map(id -> id.toUpperCase(Locale.ROOT)).toList();
            return new DecisionBody(decision, amount, resolution, ids, note, null);
        }
    }

    /** An evidence item; {@code link} only for an https: address, the others are shown but not linked. */
    record EvidenceItem(String kind, String uri, String note, String link) {
    }

    private final ReviewQueue queue;
    private final DecideReview decide;
    private final ClauseCatalogue catalogue;
    private final Clock clock;

    ReviewConsole(ReviewQueue queue, DecideReview decide, ClauseCatalogue catalogue, Clock clock) {
        this.queue = queue;
        this.decide = decide;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String category, @RequestParam(required = false) String order,
            @RequestParam(required = false) String decided, @RequestParam(required = false) String state,
            Model model) {
        String search = order == null ? "" : order.strip();
        Reviews.State wanted = "DECIDED".equals(state) ? Reviews.State.DECIDED : Reviews.State.OPEN;
        List<ReviewView> cases = queue.inState(wanted).stream().map(c -> ReviewView.of(c, clock.instant()))
                .filter(c -> category == null || category.isEmpty() || category.equals(c.category()))
                .filter(c -> c.orderNumber().toUpperCase(Locale.ROOT).contains(search.toUpperCase(Locale.ROOT)))
                .toList();
        model.addAttribute("cases", cases);
        model.addAttribute("open", wanted == Reviews.State.OPEN);
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("category", category == null ? "" : category);
        model.addAttribute("order", search);
        model.addAttribute("decided", decided == null ? null : queue.review(decided).orElse(null));
        return "console/queue";
    }

    @GetMapping("/{refundId}")
    String one(@PathVariable String refundId, Model model) {
        return page(queue.find(refundId), model, new DecisionForm(null, null, "REFUND", null, null), Map.of());
    }

    @PostMapping("/{refundId}/decision")
    String decide(@PathVariable String refundId, @ModelAttribute DecisionForm form, Principal reviewer, Model model,
            HttpServletResponse response) {
        ReviewCase reviewCase = queue.find(refundId);
        try {
            decide.decide(refundId, form.body().verdict(reviewCase.currency()), reviewer.getName());
            return "redirect:/console/reviews?decided=" + refundId;
        } catch (InvalidRequest invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach(problem -> errors.merge(problem.field(), problem.message(),
                    (a, b) -> a + "; " + b));
            return errorPage(response, HttpStatus.BAD_REQUEST, reviewCase, model, form, errors);
        } catch (AmountAboveWhatCanBePaid tooMuch) {
            return errorPage(response, HttpStatus.BAD_REQUEST, reviewCase, model, form,
                    Map.of("amount", tooMuch.amountProblem().message()));
        } catch (ReviewAlreadyDecided decided) {
            return errorPage(response, HttpStatus.CONFLICT, queue.find(refundId), model, form,
                    Map.of("decision", decided.getMessage()));
        }
    }

    @ExceptionHandler(ReviewNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ReviewNotFound missing, Model model) {
        model.addAttribute("message", missing.getMessage());
        // the advice's model attributes are not added for an exception handler
        model.addAttribute("person", ConsolePerson.of(SecurityContextHolder.getContext().getAuthentication()));
        return "console/not-found";
    }

    private String errorPage(HttpServletResponse response, HttpStatus status, ReviewCase reviewCase, Model model,
            DecisionForm form, Map<String, String> errors) {
        response.setStatus(status.value());
        return page(reviewCase, model, form, errors);
    }

    private String page(ReviewCase reviewCase, Model model, DecisionForm form, Map<String, String> errors) {
        ReviewView view = ReviewView.of(reviewCase, clock.instant());
        model.addAttribute("c", view);
        model.addAttribute("categoryName", CATEGORIES.getOrDefault(view.category(), view.category()));
        model.addAttribute("evidence", view.request().evidence().stream()
                .map(e -> new EvidenceItem(e.kind(), e.uri(), e.note(), https(e.uri()))).toList());
        model.addAttribute("clauseTexts", clauseTexts(view));
        model.addAttribute("payable", Money.decimal(queue.payableMinor(reviewCase), view.currency()));
        model.addAttribute("earlierRefunds", new LinkedHashMap<>(queue.earlierRefunds(reviewCase)));
        model.addAttribute("form", form.clauses() == null && form.decision() == null
                ? new DecisionForm(null, view.suggestedAmount(), form.resolution(), String.join(", ", view.clauses()),
                        null)
                : form);
        model.addAttribute("errors", errors);
        return "console/case";
    }

    private Map<String, String> clauseTexts(ReviewView view) {
        Set<String> ids = new LinkedHashSet<>(view.clauses());
        view.lines().forEach(line -> ids.addAll(line.clauses()));
        if (view.decision() != null) {
            ids.addAll(view.decision().clauses());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        ids.forEach(id -> texts.put(id, catalogue.clause(id).text()));
        return texts;
    }

    private static String https(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "https".equalsIgnoreCase(parsed.getScheme()) && parsed.getHost() != null ? parsed.toString() : null;
        } catch (IllegalArgumentException | NullPointerException notAUri) {
            return null;
        }
    }

    private static Map<String, String> categories() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("THIRD_PARTY", "Third-party service");
        names.put("PRO_RATED", "Subscription (pro-rated)");
        names.put("PROFESSIONAL_SERVICE", "Professional service");
        names.put("PARTIAL_REFUND", "Custom service (partial refund)");
        names.put("DEFECT_OR_RECALL", "Defect or recall");
        names.put("DIGITAL_ISSUE", "Digital product issue");
        names.put("THRESHOLD", "Fraud threshold");
        names.put("INCONSISTENT_INPUT", "Inconsistent request");
        names.put("NOT_DELIVERED", "Not delivered");
        return names;
    }
}
