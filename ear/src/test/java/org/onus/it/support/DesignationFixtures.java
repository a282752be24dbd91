package org.onus.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

/** Designations published through the API, for tests that need the list to say something. */
public final class DesignationFixtures {

    /** A seeded evidence-library item, for citations (assessments, policy status changes). */
    public static final String EVIDENCE = "e0000000-0000-4000-8000-000000000001";

    public static final String TRANSFER_POLICY = "a0000000-0000-4000-8000-000000000001";

    private DesignationFixtures() {}

    /** Drafts, assesses, submits (regulator) and approves (senior regulator); returns the id. */
    public static String publish(String title, List<String> regions, List<String> sectors, String from) {
        return publish(title, regions, sectors, from, "[]");
    }

    /** @param producers a JSON array of {name, regionCode} */
    public static String publish(
            String title, List<String> regions, List<String> sectors, String from, String producers) {
        return publish(title, regions, sectors, from, producers, List.of(TRANSFER_POLICY));
    }

    /**
     * @param producers a JSON array of {name, regionCode}
     * @param policyIds the state policies the designation rests on (at least one)
     */
    public static String publish(
            String title,
            List<String> regions,
            List<String> sectors,
            String from,
            String producers,
            List<String> policyIds) {
        String regulator = Tokens.of("regulator");
        URI designations = ItConfig.portal("/api/v1/designations");
        HttpResponse<String> created = Http.postJson(designations, regulator, """
                {"title": "%s", "regionCodes": [%s], "sectorCodes": [%s],
                 "legalBasis": "Rebuttable presumption", "rationale": "Test designation",
                 "policyIds": [%s], "effectiveFrom": "%s", "producers": %s}
                """.formatted(
                        title, quoted(regions), quoted(sectors), quoted(policyIds), from, producers));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).get("id").asText();
        HttpResponse<String> assessed = Http.putJson(
                ItConfig.portal("/api/v1/designations/" + id + "/assessment"), regulator, completeAssessment());
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
        HttpResponse<String> submitted =
                Http.postJson(ItConfig.portal("/api/v1/designations/" + id + "/submit"), regulator, "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        HttpResponse<String> approved = Http.postJson(
                ItConfig.portal("/api/v1/designations/" + id + "/approve"), Tokens.of("senior-regulator"), "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    public static String completeAssessment() {
        StringBuilder cells = new StringBuilder();
        for (String phase : List.of("UNFREE_RECRUITMENT", "WORK_AND_LIFE_UNDER_DURESS", "IMPOSSIBILITY_OF_LEAVING")) {
            for (String dimension : List.of("INVOLUNTARINESS", "MENACE_OF_PENALTY")) {
                if (!cells.isEmpty()) {
                    cells.append(',');
                }
                cells.append("""
                        {"phase": "%s", "dimension": "%s", "findings": "Shown", "evidenceIds": ["%s"]}""".formatted(phase, dimension, EVIDENCE));
            }
        }
        return """
                {"employmentPolicy": {"present": true, "findings": "Targets", "evidenceIds": ["%s"]},
                 "mobilisationApparatus": {"present": true, "findings": "Work teams", "evidenceIds": ["%s"]},
                 "matrix": [%s], "coreFeatures": ["PRODUCTION_QUOTAS"], "rationale": "BOTH"}
                """.formatted(EVIDENCE, EVIDENCE, cells);
    }

    private static String quoted(List<String> values) {
        return String.join(",", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}
