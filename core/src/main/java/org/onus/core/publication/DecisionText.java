package org.onus.core.publication;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The public summary of a decision, written only from its structured facts (kind, outcome, date,
 * route, sectors, regions, HS chapter, list version, requirements): nothing typed by a person and
 * nothing that names a party, so it needs no redaction. Kept in English; pages show the same facts
 * in the reader's language.
 */
public final class DecisionText {

    private DecisionText() {}

    public static String summary(DecisionFacts f) {
        StringBuilder s = new StringBuilder();
        s.append(
                switch (f.kind()) {
                    case RELEASE -> "Detained goods were released";
                    case CONFISCATION -> "Detained goods were confiscated";
                    case EXCLUSION -> "Detained goods were excluded (entry refused)";
                    case PROTEST_DECISION ->
                        "PROTEST_UPHELD".equals(f.outcome())
                                ? "A protest was upheld and the detained goods were released"
                                : "A protest against the keeping out of detained goods was denied";
                });
        s.append(" on ").append(f.decidedOn()).append('.');
        s.append(" Goods of HS chapter ").append(f.hsChapter());
        if (!f.sectorCodes().isEmpty()) {
            s.append(" (sector ").append(String.join(", ", f.sectorCodes())).append(')');
        }
        if (f.originCountry() != null) {
            s.append(", origin ").append(f.originCountry());
        }
        List<String> regions = f.directRegionCodes();
        if (!regions.isEmpty()) {
            s.append(", linked to region ").append(String.join(", ", regions));
        }
        s.append(", screened against designation list version ")
                .append(f.listVersion())
                .append('.');
        s.append(f.route() == null ? " No rebuttal was filed." : " Rebuttal route: " + f.route() + ".");
        if (!f.requirements().isEmpty()) {
            long met = f.requirements().stream().filter(DecidedRequirement::met).count();
            s.append(" Requirements met: ")
                    .append(met)
                    .append(" of ")
                    .append(f.requirements().size())
                    .append(" (")
                    .append(f.requirements().stream()
                            .map(r -> r.code() + " " + r.outcome())
                            .collect(Collectors.joining("; ")))
                    .append(").");
        }
        String text = s.toString();
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
