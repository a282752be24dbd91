package org.onus.core.upr;

/**
 * One recommending State's brief in a review, as listed beside the others.
 *
 * @param state the recommending State
 * @param recommendations the current (approved) recommendations proposed for it: what its brief holds
 * @param inProgress recommendations proposed for it still in draft or in review
 * @param earlier the recommendations it made to the State under review in earlier cycles, as imported
 * @param words the brief's word count, counted as its export counts it
 * @param overLimit whether that is over {@link BriefDocument#WORD_LIMIT}: the export needs draft=true
 */
public record BriefSummary(
        String state, int recommendations, int inProgress, int earlier, int words, boolean overLimit) {}
