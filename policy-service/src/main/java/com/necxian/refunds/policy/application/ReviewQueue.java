package com.necxian.refunds.policy.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.necxian.refunds.policy.store.Decisions;
import com.necxian.refunds.policy.store.OrderHistories;
import com.necxian.refunds.policy.store.Reviews;

/** Reading the review queue: the cases, what a reviewer may still approve for one, the order's other refunds. */
@Component
public class ReviewQueue {

    /** The most cases one listing shows (the API's and the console's). */
    public static final int LIMIT = 200;

    private final Reviews reviews;
    private final Decisions decisions;
    private final OrderHistories histories;

    ReviewQueue(Reviews reviews, Decisions decisions, OrderHistories histories) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.histories = histories;
    }

    /** Oldest respondBy first, at most {@link #LIMIT}. */
    public List<ReviewCase> inState(Reviews.State state) {
        return reviews.inState(state, LIMIT).stream().map(this::withDecision).toList();
    }

    public ReviewCase find(String refundId) {
        return reviews.find(refundId).map(this::withDecision).orElseThrow(() -> new ReviewNotFound(refundId));
    }

    public Optional<Reviews.Review> review(String refundId) {
        return reviews.find(refundId);
    }

    /** What a reviewer may still approve for the case, in minor units: the limit {@link DecideReview} applies. */
    public long payableMinor(ReviewCase reviewCase) {
        return histories.read(reviewCase.review().orderNumber())
                .payableFor(DomainRequest.of(reviewCase.request()));
    }

    /** The order's lines refunded by other requests, with the refunds that approved each. */
    public Map<String, String> earlierRefunds(ReviewCase reviewCase) {
        return histories.refundedLines(reviewCase.review().orderNumber(), reviewCase.refundId());
    }

    private ReviewCase withDecision(Reviews.Review review) {
        Decisions.Recorded recorded = decisions.find(review.refundId())
                .orElseThrow(() -> new ReviewNotFound(review.refundId()));
        return new ReviewCase(review, recorded.request(), recorded.decision());
    }
}
