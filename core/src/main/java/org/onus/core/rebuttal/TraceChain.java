package org.onus.core.rebuttal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a {@code TRACE:<i>} requirement needs: groups of document types, every group filled by at
 * least one accepted, admissible document linked to the requirement. Written as the decision
 * table writes it: groups separated by {@code ;}, alternatives within a group by {@code |}, e.g.
 * {@code PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE} (a production record, and a transport
 * document or an invoice).
 *
 * <p>Every chain holds the floor of the rule "one document never traces an input": at least two
 * groups, no type in two groups (so two different documents are needed), no type that never
 * counts, and at least one group an {@link CaseEvidenceType#ORIGIN_TEST origin test} cannot fill
 * (a lab test never traces alone; it may count in addition).
 */
public final class TraceChain {

    /** The default: a production record plus a transport or payment document. */
    public static final TraceChain DEFAULT = parse("PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE");

    private final List<Set<CaseEvidenceType>> groups;

    private TraceChain(List<Set<CaseEvidenceType>> groups) {
        this.groups = groups;
    }

    /**
     * @throws IllegalArgumentException saying which part of the rule the text breaks
     */
    public static TraceChain parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("A trace chain names at least two groups of document types, e.g. "
                    + "PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE");
        }
        List<Set<CaseEvidenceType>> groups = new ArrayList<>();
        Set<CaseEvidenceType> seen = EnumSet.noneOf(CaseEvidenceType.class);
        for (String part : raw.strip().split(";")) {
            Set<CaseEvidenceType> group = new LinkedHashSet<>();
            for (String name : part.split("\\|")) {
                if (name.isBlank()) {
                    throw new IllegalArgumentException("\"" + raw + "\": an empty document type in a trace chain");
                }
                CaseEvidenceType type = CaseEvidenceType.parse(name);
                if (type.neverAdmissible()) {
                    throw new IllegalArgumentException(
                            "\"" + raw + "\": " + type + " never counts, so it cannot be part of a trace chain");
                }
                if (!seen.add(type)) {
                    throw new IllegalArgumentException(
                            "\"" + raw + "\": " + type + " appears twice; each group needs a document of its own");
                }
                group.add(type);
            }
            groups.add(Collections.unmodifiableSet(group));
        }
        if (groups.size() < 2) {
            throw new IllegalArgumentException(
                    "\"" + raw + "\": one document never traces an input; a trace chain has at least two groups");
        }
        if (groups.stream().allMatch(g -> g.contains(CaseEvidenceType.ORIGIN_TEST))) {
            throw new IllegalArgumentException(
                    "\"" + raw + "\": an origin test never traces an input alone; some group must not accept it");
        }
        return new TraceChain(List.copyOf(groups));
    }

    public List<Set<CaseEvidenceType>> groups() {
        return groups;
    }

    /** The groups no counted document fills yet, in order. */
    public List<Set<CaseEvidenceType>> missing(Collection<CaseEvidenceType> counted) {
        return groups.stream()
                .filter(g -> counted.stream().noneMatch(g::contains))
                .toList();
    }

    /** Whether documents of these types (accepted, admissible, linked) complete the chain. */
    public boolean metBy(Collection<CaseEvidenceType> counted) {
        return missing(counted).isEmpty();
    }

    /** "a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE" */
    public String describe() {
        return describe(groups);
    }

    /** The groups, said as a sentence part: "a X and one of Y, Z". */
    public static String describe(List<Set<CaseEvidenceType>> groups) {
        return groups.stream()
                .map(g -> g.size() == 1
                        ? "a " + g.iterator().next()
                        : "one of " + g.stream().map(Enum::name).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" and "));
    }

    /**
     * The sentence the checklist, the notice and a refused release use: "TRACE:0 needs a
     * PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE, each linked to it and accepted by an
     * officer (an ORIGIN_TEST may be added but never traces alone)".
     */
    public String needs(String requirementCode) {
        boolean originTestNamed = groups.stream().anyMatch(g -> g.contains(CaseEvidenceType.ORIGIN_TEST));
        return requirementCode + " needs " + describe() + ", each linked to it and accepted by an officer"
                + (originTestNamed ? "" : " (an ORIGIN_TEST may be added but never traces alone)");
    }

    /** The text the table and the database hold, e.g. {@code PRODUCTION_RECORD;TRANSPORT_DOCUMENT|INVOICE}. */
    public String code() {
        return groups.stream()
                .map(g -> g.stream().map(Enum::name).collect(Collectors.joining("|")))
                .collect(Collectors.joining(";"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceChain other && groups.equals(other.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groups);
    }

    @Override
    public String toString() {
        return code();
    }
}
