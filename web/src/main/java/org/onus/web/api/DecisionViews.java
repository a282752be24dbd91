package org.onus.web.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.publication.DecidedRequirement;
import org.onus.core.publication.DecisionPage;
import org.onus.core.publication.PublishedDecision;

/** Published decisions as the API answers them: no case id, no entry number, no person. */
final class DecisionViews {

    private DecisionViews() {}

    @Schema(
            name = "DecidedRequirement",
            requiredProperties = {"code", "kind", "outcome"})
    public record RequirementView(
            @Schema(description = "The requirement's code, e.g. TARGETS, TRACE-0, POLICY-<id>")
            String code,

            @Schema(description = "TRACE, POLICY_REPEALED, TARGETS_NOT_ENFORCED or INDICATOR")
            String kind,

            @Schema(description = "MET or NOT_MET when decided")
            String outcome) {}

    @Schema(
            name = "PublishedDecision",
            requiredProperties = {
                "reference",
                "kind",
                "outcome",
                "status",
                "decidedOn",
                "route",
                "sectors",
                "regions",
                "hsChapter",
                "listVersion",
                "requirements",
                "summary"
            })
    public record DecisionView(
            @Schema(description = "The public reference, e.g. D-2026-7K3QX9 (not a case id or entry number)")
            String reference,

            @Schema(description = "RELEASE, CONFISCATION, EXCLUSION or PROTEST_DECISION")
            String kind,

            @Schema(description = "RELEASED, CONFISCATED, EXCLUDED, PROTEST_UPHELD or PROTEST_DENIED")
            String outcome,

            @Schema(description = "PUBLISHED to the public; PROPOSED or WITHDRAWN for staff")
            String status,

            LocalDate decidedOn,

            @Schema(description = "NOT_APPLICABLE, EXCEPTION, or NONE when no rebuttal was filed")
            String route,

            @Schema(description = "Sector codes of the goods (longest HS prefix)")
            List<String> sectors,

            @Schema(description = "Designated region codes the goods were linked to")
            List<String> regions,

            @Schema(description = "The goods' HS chapter (two digits)")
            String hsChapter,

            @Schema(description = "ISO country of origin") String originCountry,

            @Schema(description = "The designation list version the goods were screened against")
            int listVersion,

            List<RequirementView> requirements,

            @Schema(description = "Generated from the facts above, in English")
            String summary,

            @Schema(description = "What a regulator added, checked by the redaction rule")
            String note,

            @Schema(description = "Shown only where ONUS_DECISION_NAMES=CONSENTED and the importer agreed")
            String importer,

            LocalDate publishedOn,

            @Schema(description = "True when published by the exception-route rule, without a proposal")
            boolean automatic) {}

    @Schema(
            name = "PublishedDecisionPage",
            requiredProperties = {"total", "page", "pageSize", "items"})
    public record PageView(long total, int page, int pageSize, List<DecisionView> items) {}

    @Schema(
            name = "DecisionProposal",
            requiredProperties = {"caseId"})
    public record ProposalBody(
            @Schema(description = "The decided case") String caseId,

            @Schema(description = "Optional text to publish; refused (409) if it names a party, the entry or a file")
            String note) {}

    @Schema(
            name = "DecisionWithdrawal",
            requiredProperties = {"reason"})
    public record WithdrawalBody(String reason) {}

    @Schema(
            name = "DecisionNameConsent",
            requiredProperties = {"consent"})
    public record ConsentBody(boolean consent) {}

    static DecisionView view(PublishedDecision d) {
        return new DecisionView(
                d.reference(),
                d.kind().name(),
                d.outcome(),
                d.status().name(),
                d.decidedOn(),
                d.route() == null ? "NONE" : d.route().name(),
                d.sectorCodes(),
                d.regionCodes(),
                d.hsChapter(),
                d.originCountry(),
                d.listVersion(),
                d.requirements().stream().map(DecisionViews::requirement).toList(),
                d.summary(),
                d.note(),
                d.importerName(),
                d.publishedOn(),
                PublishedDecision.SYSTEM.equals(d.proposedBy()));
    }

    static RequirementView requirement(DecidedRequirement r) {
        return new RequirementView(r.code(), r.kind(), r.outcome());
    }

    static PageView page(DecisionPage p) {
        return new PageView(
                p.total(),
                p.page(),
                p.pageSize(),
                p.items().stream().map(DecisionViews::view).toList());
    }

    static final String CSV_HEADER =
            "reference,kind,outcome,decided_on,route,sectors,regions,hs_chapter,origin_country,list_version,"
                    + "requirements,importer,published_on,summary,note";

    /** One row per decision; lists joined with a space, requirements as CODE:OUTCOME. */
    static byte[] csv(List<PublishedDecision> items) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (PublishedDecision d : items) {
            out.append(String.join(
                            ",",
                            cell(d.reference()),
                            cell(d.kind().name()),
                            cell(d.outcome()),
                            cell(String.valueOf(d.decidedOn())),
                            cell(d.route() == null ? "NONE" : d.route().name()),
                            cell(String.join(" ", d.sectorCodes())),
                            cell(String.join(" ", d.regionCodes())),
                            cell(d.hsChapter()),
                            cell(d.originCountry()),
                            String.valueOf(d.listVersion()),
                            cell(String.join(
                                    " ",
                                    d.requirements().stream()
                                            .map(r -> r.code() + ":" + r.outcome())
                                            .toList())),
                            cell(d.importerName()),
                            cell(d.publishedOn() == null ? "" : d.publishedOn().toString()),
                            cell(d.summary()),
                            cell(d.note())))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting, and a leading formula character neutralised for spreadsheets. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
