package org.onus.core.upr;

import java.io.Serializable;

/**
 * One weakness the SMART assistant sees in a recommendation's text: advice for the drafter, never
 * a refusal.
 *
 * @param code {@code VAGUE_VERB}, {@code NO_MEASURABLE_OUTCOME}, {@code NO_TIME_FRAME}, {@code NO_ADDRESSEE} or
 *     {@code ADDRESSED_TO_RECOMMENDING_STATE}
 */
public record SmartFinding(String code, String message) implements Serializable {}
