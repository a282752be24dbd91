package org.onus.core.upr;

import java.util.List;

/** One page of the UPR reviews, latest first, and how many there are. */
public record UprReviewPage(List<UprReview> reviews, long total) {

    public UprReviewPage {
        reviews = List.copyOf(reviews);
    }
}
