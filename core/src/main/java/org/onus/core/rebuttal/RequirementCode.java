package org.onus.core.rebuttal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The code of one thing a rebuttal must show, as it appears in the API: {@code TRACE:3},
 * {@code TRACE:-1} (the goods themselves), {@code POLICY_REPEALED:<policy id>},
 * {@code TARGETS_NOT_ENFORCED} or {@code INDICATOR_<indicator>}. Equal codes are equal values.
 */
public final class RequirementCode {

    /** What kind of proof a requirement asks for, and the route it belongs to. */
    public enum Kind {
        TRACE(Route.NOT_APPLICABLE),
        POLICY_REPEALED(Route.EXCEPTION),
        TARGETS_NOT_ENFORCED(Route.EXCEPTION),
        INDICATOR(Route.EXCEPTION);

        private final Route route;

        Kind(Route route) {
            this.route = route;
        }

        public Route route() {
            return route;
        }
    }

    /** The report's key indicators of non-internment state-imposed forced labour. */
    public enum Indicator {
        SECURITIZED_CONTEXT,
        GRASSROOTS_MOBILIZATION,
        EMPLOYMENT_POLICY,
        EXECUTION_STAGES;

        public String code() {
            return INDICATOR_PREFIX + name();
        }
    }

    /** The highest input index: an entry discloses at most 500 inputs. */
    static final int MAX_INPUT_INDEX = 499;

    private static final String TRACE_PREFIX = "TRACE:";
    private static final String POLICY_PREFIX = "POLICY_REPEALED:";
    private static final String TARGETS = "TARGETS_NOT_ENFORCED";
    private static final String INDICATOR_PREFIX = "INDICATOR_";

    private final Kind kind;
    private final String code;
    private final int inputIndex;
    private final UUID policyId;
    private final Indicator indicator;

    private RequirementCode(Kind kind, String code, int inputIndex, UUID policyId, Indicator indicator) {
        this.kind = kind;
        this.code = code;
        this.inputIndex = inputIndex;
        this.policyId = policyId;
        this.indicator = indicator;
    }

    /** Trace a matched input to where it was made; {@code -1} is the goods themselves. */
    public static RequirementCode trace(int inputIndex) {
        if (inputIndex < -1 || inputIndex > MAX_INPUT_INDEX) {
            throw new IllegalArgumentException("An input index is -1 (the goods themselves) or from 0 to "
                    + MAX_INPUT_INDEX + ", not " + inputIndex);
        }
        return new RequirementCode(Kind.TRACE, TRACE_PREFIX + inputIndex, inputIndex, null, null);
    }

    public static RequirementCode policyRepealed(UUID policyId) {
        Objects.requireNonNull(policyId, "policyId");
        return new RequirementCode(Kind.POLICY_REPEALED, POLICY_PREFIX + policyId, 0, policyId, null);
    }

    public static RequirementCode targetsNotEnforced() {
        return new RequirementCode(Kind.TARGETS_NOT_ENFORCED, TARGETS, 0, null, null);
    }

    public static RequirementCode indicator(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        return new RequirementCode(Kind.INDICATOR, indicator.code(), 0, null, indicator);
    }

    /**
     * Reads a code as the API writes it; surrounding blanks and letter case of the keyword are
     * forgiven.
     *
     * @throws IllegalArgumentException saying what is wrong and what codes look like
     */
    public static RequirementCode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Give a requirement code: " + FORMS);
        }
        String s = raw.strip();
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.startsWith(TRACE_PREFIX)) {
            String index = s.substring(TRACE_PREFIX.length()).strip();
            if (!index.matches("-?\\d{1,9}")) {
                throw new IllegalArgumentException(
                        "\"" + s + "\" is not a requirement code: TRACE: is followed by the input index, e.g. TRACE:2"
                                + " or TRACE:-1 for the goods themselves");
            }
            try {
                return trace(Integer.parseInt(index));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + s + "\" is not a requirement code: " + e.getMessage());
            }
        }
        if (upper.startsWith(POLICY_PREFIX)) {
            String id = s.substring(POLICY_PREFIX.length()).strip();
            try {
                UUID policy = UUID.fromString(id);
                if (!policy.toString().equalsIgnoreCase(id)) {
                    throw new IllegalArgumentException(id);
                }
                return policyRepealed(policy);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + s
                        + "\" is not a requirement code: POLICY_REPEALED: is followed by the policy's id, a UUID");
            }
        }
        if (upper.equals(TARGETS)) {
            return targetsNotEnforced();
        }
        if (upper.startsWith(INDICATOR_PREFIX)) {
            String name = upper.substring(INDICATOR_PREFIX.length());
            for (Indicator i : Indicator.values()) {
                if (i.name().equals(name)) {
                    return indicator(i);
                }
            }
            throw new IllegalArgumentException("\"" + s + "\" is not a requirement code: the indicators are "
                    + Arrays.stream(Indicator.values()).map(Indicator::code).collect(Collectors.joining(", ")));
        }
        throw new IllegalArgumentException("\"" + s + "\" is not a requirement code; use " + FORMS);
    }

    private static final String FORMS = "TRACE:<input index>, POLICY_REPEALED:<policy id>, " + TARGETS + ", "
            + Arrays.stream(Indicator.values()).map(Indicator::code).collect(Collectors.joining(", "));

    public Kind kind() {
        return kind;
    }

    /** The route this requirement belongs to. */
    public Route route() {
        return kind.route();
    }

    /**
     * The traced input's index, {@code -1} for the goods themselves.
     *
     * @throws IllegalStateException unless this is a TRACE code
     */
    public int inputIndex() {
        if (kind != Kind.TRACE) {
            throw new IllegalStateException(code + " names no input");
        }
        return inputIndex;
    }

    /**
     * The policy whose repeal must be shown.
     *
     * @throws IllegalStateException unless this is a POLICY_REPEALED code
     */
    public UUID policyId() {
        if (kind != Kind.POLICY_REPEALED) {
            throw new IllegalStateException(code + " names no policy");
        }
        return policyId;
    }

    /**
     * The indicator to address.
     *
     * @throws IllegalStateException unless this is an INDICATOR code
     */
    public Indicator indicator() {
        if (kind != Kind.INDICATOR) {
            throw new IllegalStateException(code + " names no indicator");
        }
        return indicator;
    }

    /** The code as the API writes it. */
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequirementCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
