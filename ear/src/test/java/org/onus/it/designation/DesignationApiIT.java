package org.onus.it.designation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.PolicyFixtures;
import org.onus.it.support.Tokens;

/** The designation lifecycle and the published list through the public contract. */
@OnusIT
@RunAsClient
class DesignationApiIT {

    static final URI DESIGNATIONS = ItConfig.portal("/api/v1/designations");
    static final String EVIDENCE = "e0000000-0000-4000-8000-000000000001";
    static final String TRANSFER_POLICY = "a0000000-0000-4000-8000-000000000001";
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void theDrafterCanNeverApproveOrReturnTheirOwnDesignation() {
        String senior = Tokens.of("senior-regulator");
        String id = draft(senior, "Four eyes " + UUID.randomUUID(), TODAY.toString(), TRANSFER_POLICY);
        assess(senior, id, completeAssessment());
        assertThat(post(senior, id, "submit").statusCode()).isEqualTo(200);

        HttpResponse<String> approve = post(senior, id, "approve");
        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(Http.json(approve).get("detail").asText()).contains("another senior regulator");
        HttpResponse<String> returned = Http.postJson(uri(id, "return"), senior, "{\"comment\":\"mine\"}");
        assertThat(returned.statusCode()).isEqualTo(403);
        assertThat(post(Tokens.of("regulator"), id, "approve").statusCode())
                .as("a regulator who is not senior")
                .isEqualTo(403);

        assertThat(status(senior, id)).isEqualTo("IN_REVIEW");
    }

    @Test
    void submittingAnIncompleteAssessmentIsRefusedWithEveryMissingItem() {
        String regulator = Tokens.of("regulator");
        String id = draft(regulator, "Incomplete " + UUID.randomUUID(), TODAY.toString(), TRANSFER_POLICY);
        assess(regulator, id, """
                {"employmentPolicy": {"present": true, "findings": "Targets", "evidenceIds": ["%s"]},
                 "mobilisationApparatus": {"present": true, "findings": "No citation yet", "evidenceIds": []},
                 "matrix": [{"phase": "UNFREE_RECRUITMENT", "dimension": "INVOLUNTARINESS",
                             "findings": "Quotas", "evidenceIds": ["%s"], "noEvidenceReason": null}],
                 "coreFeatures": ["PRODUCTION_QUOTAS"], "rationale": "POLITICAL"}
                """.formatted(EVIDENCE, EVIDENCE));

        HttpResponse<String> submit = post(regulator, id, "submit");

        assertThat(submit.statusCode()).isEqualTo(409);
        assertThat(submit.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        List<String> codes = new ArrayList<>();
        Http.json(submit).get("errors").forEach(e -> codes.add(e.get("code").asText()));
        assertThat(codes)
                .containsExactlyInAnyOrder(
                        "mobilisationApparatus",
                        "matrix.UNFREE_RECRUITMENT.MENACE_OF_PENALTY",
                        "matrix.WORK_AND_LIFE_UNDER_DURESS.INVOLUNTARINESS",
                        "matrix.WORK_AND_LIFE_UNDER_DURESS.MENACE_OF_PENALTY",
                        "matrix.IMPOSSIBILITY_OF_LEAVING.INVOLUNTARINESS",
                        "matrix.IMPOSSIBILITY_OF_LEAVING.MENACE_OF_PENALTY");
        assertThat(status(regulator, id)).isEqualTo("DRAFT");
    }

    @Test
    void badAssessmentInputIsAFieldErrorNotAServerError() {
        String regulator = Tokens.of("regulator");
        String id = draft(regulator, "Bad input " + UUID.randomUUID(), TODAY.toString(), TRANSFER_POLICY);
        HttpResponse<String> response =
                Http.putJson(uri(id, "assessment"), regulator, """
                {"matrix": [{"phase": "SOMETIME", "dimension": "INVOLUNTARINESS"}], "coreFeatures": ["HAPPINESS"],
                 "employmentPolicy": {"present": true, "evidenceIds": ["%s"]}}
                """.formatted(UUID.randomUUID()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("phase").contains("coreFeatures");
    }

    @Test
    void aDraftIsHiddenFromThePublicAndFromImporters() {
        String id = draft(Tokens.of("regulator"), "Hidden " + UUID.randomUUID(), TODAY.toString(), TRANSFER_POLICY);
        assertThat(Http.get(DESIGNATIONS.resolve("designations/" + id)).statusCode())
                .isEqualTo(404);
        assertThat(Http.getWithToken(DESIGNATIONS.resolve("designations/" + id), Tokens.of("importer-a"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.getWithToken(DESIGNATIONS.resolve("designations/" + id), Tokens.of("auditor"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.postJson(DESIGNATIONS, Tokens.of("importer-a"), "{}").statusCode())
                .isEqualTo(403);
        assertThat(Http.postJson(DESIGNATIONS, null, "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void asOfAnswersForPastTodayAndFutureAndTheListIsVersionedWithADiff() {
        int before = latestListVersion();
        String regulator = Tokens.of("regulator");
        String senior = Tokens.of("senior-regulator");
        String now = approved(regulator, senior, "In force now " + UUID.randomUUID(), TODAY.toString());
        LocalDate later = TODAY.plusDays(30);
        String future = approved(regulator, senior, "In force later " + UUID.randomUUID(), later.toString());

        assertThat(status(regulator, now)).isEqualTo("PUBLISHED");
        assertThat(status(regulator, future)).isEqualTo("APPROVED");
        assertThat(ids("asOf=" + TODAY.minusDays(1))).doesNotContain(now, future);
        assertThat(ids("")).contains(now).doesNotContain(future);
        assertThat(ids("asOf=" + later.minusDays(1))).contains(now).doesNotContain(future);
        assertThat(ids("asOf=" + later)).contains(now, future);
        assertThat(Http.get(DESIGNATIONS.resolve("designations?asOf=someday")).statusCode())
                .isEqualTo(400);

        int after = latestListVersion();
        assertThat(after).isGreaterThan(before);
        JsonNode version = Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions/" + after)));
        assertThat(version.get("designations").findValuesAsText("id"))
                .contains(now)
                .doesNotContain(future);
        JsonNode diff = Http.json(
                Http.get(ItConfig.portal("/api/v1/designation-list/diff?from=" + (after - 1) + "&to=" + after)));
        assertThat(diff.get("added").findValuesAsText("id")).containsExactly(now);

        // The versions page by page: the newest two, then the next, with how many there are.
        HttpResponse<String> newest = Http.get(ItConfig.portal("/api/v1/designation-list/versions?limit=2"));
        assertThat(newest.headers().firstValue("X-Total-Count")).contains(String.valueOf(after));
        assertThat(Http.json(newest).findValuesAsText("number"))
                .containsExactly(String.valueOf(after), String.valueOf(after - 1));
        assertThat(Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions?offset=2&limit=1")))
                        .findValuesAsText("number"))
                .containsExactly(String.valueOf(after - 2));
        assertThat(Http.get(ItConfig.portal("/api/v1/designation-list/versions?limit=0"))
                        .statusCode())
                .isEqualTo(400);

        // Every designation, for a regulator: all of them as before, or a page with the total.
        HttpResponse<String> all = Http.getWithToken(DESIGNATIONS.resolve("designations?status=ALL"), regulator);
        int total = Http.json(all).size();
        assertThat(all.headers().firstValue("X-Total-Count")).contains(String.valueOf(total));
        JsonNode page = Http.json(
                Http.getWithToken(DESIGNATIONS.resolve("designations?status=ALL&offset=1&limit=2"), regulator));
        assertThat(List.of(page.get(0).get("id").asText(), page.get(1).get("id").asText()))
                .as("the second and third, and no more")
                .containsExactly(
                        Http.json(all).get(1).get("id").asText(),
                        Http.json(all).get(2).get("id").asText());
        assertThat(page).hasSize(2);
    }

    @Test
    void theListInForceComesPageByPageWithItsTotalOrWholeAsBefore() {
        String regulator = Tokens.of("regulator");
        String senior = Tokens.of("senior-regulator");
        for (int i = 0; i < 3; i++) {
            approved(regulator, senior, "Paged " + i + " " + UUID.randomUUID(), TODAY.toString());
        }
        HttpResponse<String> whole = Http.get(DESIGNATIONS);
        List<String> listed = new ArrayList<>();
        Http.json(whole).forEach(d -> listed.add(d.get("id").asText()));
        assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(whole.headers().firstValue("X-Total-Count")).contains(String.valueOf(listed.size()));

        // Walking the pages gives the whole list, in its order, each page saying how many there are.
        List<String> walked = new ArrayList<>();
        for (int offset = 0; offset < listed.size(); offset += 2) {
            HttpResponse<String> page = Http.get(DESIGNATIONS.resolve("designations?offset=" + offset + "&limit=2"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Total-Count")).contains(String.valueOf(listed.size()));
            assertThat(Http.json(page).size()).isLessThanOrEqualTo(2);
            Http.json(page).forEach(d -> walked.add(d.get("id").asText()));
        }
        assertThat(walked).isEqualTo(listed);

        HttpResponse<String> past = Http.get(DESIGNATIONS.resolve("designations?offset=" + listed.size() + "&limit=5"));
        assertThat(Http.json(past)).as("past the end: an empty page").isEmpty();
        assertThat(past.headers().firstValue("X-Total-Count")).contains(String.valueOf(listed.size()));
        String pageTag = Http.get(DESIGNATIONS.resolve("designations?limit=2"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(pageTag)
                .as("a page is not the whole list")
                .isNotEqualTo(whole.headers().firstValue("ETag").orElseThrow());
        assertThat(Http.get(DESIGNATIONS.resolve("designations?limit=2"), "If-None-Match", pageTag)
                        .statusCode())
                .isEqualTo(304);

        HttpResponse<String> noRows = Http.get(DESIGNATIONS.resolve("designations?limit=0"));
        assertThat(noRows.statusCode()).isEqualTo(400);
        assertThat(noRows.body()).contains("limit").doesNotContain("Exception");
        assertThat(Http.get(DESIGNATIONS.resolve("designations?offset=-1&limit=2"))
                        .statusCode())
                .isEqualTo(400);

        // The whole list as CSV too, every designation in it, in list order.
        HttpResponse<String> csv = Http.get(DESIGNATIONS.resolve("designations?format=csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,version,title");
        assertThat(listed.stream().map(csv.body()::indexOf).toList())
                .doesNotContain(-1)
                .isSorted();
    }

    @Test
    void theListIsServedAsCsvWithValidatorsForCaching() {
        String regulator = Tokens.of("regulator");
        String id = approved(
                regulator, Tokens.of("senior-regulator"), "Cotton, \"quoted\" " + UUID.randomUUID(), TODAY.toString());

        HttpResponse<String> csv = Http.get(DESIGNATIONS, "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith("id,version,title,status,region_codes")
                .contains(id)
                .contains("\"\"quoted\"\"");

        HttpResponse<String> json = Http.get(DESIGNATIONS);
        String etag = json.headers().firstValue("ETag").orElseThrow();
        assertThat(json.headers().firstValue("Last-Modified")).isPresent();
        assertThat(Http.get(DESIGNATIONS, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(Http.get(DESIGNATIONS.resolve("designations?asOf=" + TODAY.plusDays(1)), "If-None-Match", etag)
                        .statusCode())
                .as("another day is another answer")
                .isEqualTo(200);

        int n = latestListVersion();
        HttpResponse<String> versionCsv =
                Http.get(ItConfig.portal("/api/v1/designation-list/versions/" + n), "Accept", "text/csv");
        assertThat(versionCsv.body()).startsWith("id,version,title");
    }

    /** Evidence for targets and each indicator, cited from the library (a research report, admissible here). */
    static final String ALL_EVIDENCE = """
            "evidence": {"TARGETS_NOT_ENFORCED": ["%1$s"], "INDICATOR_SECURITIZED_CONTEXT": ["%1$s"],
                         "INDICATOR_GRASSROOTS_MOBILIZATION": ["%1$s"], "INDICATOR_EMPLOYMENT_POLICY": ["%1$s"],
                         "INDICATOR_EXECUTION_STAGES": ["%1$s"]}""".formatted(EVIDENCE);

    @Test
    void revocationNeedsTheExceptionProofAndASecondSeniorRegulatorAndNothingChangesOnRefusal() {
        String regulator = Tokens.of("regulator");
        String senior = Tokens.of("senior-regulator");
        String policy = newPolicy(regulator, "653100");
        String id = approved(regulator, senior, "Revocable " + UUID.randomUUID(), TODAY.toString(), policy);
        int listBefore = latestListVersion();

        HttpResponse<String> refused =
                Http.postJson(uri(id, "revoke"), regulator, "{\"reason\":\"The quota was lifted\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("POLICY_REPEALED:" + policy, "TARGETS_NOT_ENFORCED", "INDICATOR_EXECUTION_STAGES");

        changePolicy(regulator, policy, "REPEAL_CLAIMED");
        HttpResponse<String> claimedOnly =
                Http.postJson(uri(id, "revoke"), regulator, "{\"reason\":\"claimed only\", " + ALL_EVIDENCE + "}");
        assertThat(claimedOnly.statusCode()).isEqualTo(409);
        assertThat(claimedOnly.body()).contains("POLICY_REPEALED:" + policy).doesNotContain("TARGETS_NOT_ENFORCED");
        assertThat(Http.json(Http.getWithToken(DESIGNATIONS.resolve("designations/" + id), regulator))
                        .path("pending")
                        .isMissingNode())
                .as("nothing pending after a refusal")
                .isTrue();

        verifyRepeal(regulator, policy);
        HttpResponse<String> proposed =
                Http.postJson(uri(id, "revoke"), senior, "{\"reason\":\"Repeal verified\", " + ALL_EVIDENCE + "}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(202);
        assertThat(Http.json(proposed).get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(Http.json(proposed).get("pending").get("kind").asText()).isEqualTo("REVOCATION");

        HttpResponse<String> plain = Http.postJson(uri(id, "revocation/decision"), regulator, "{\"approved\": true}");
        assertThat(plain.statusCode()).as("one plain regulator cannot revoke").isEqualTo(403);
        HttpResponse<String> own = Http.postJson(uri(id, "revocation/decision"), senior, "{\"approved\": true}");
        assertThat(own.statusCode())
                .as("a senior regulator cannot approve their own revocation")
                .isEqualTo(403);
        assertThat(own.body()).contains("FOUR_EYES");
        assertThat(status(regulator, id)).isEqualTo("PUBLISHED");
        assertThat(latestListVersion()).isEqualTo(listBefore);

        HttpResponse<String> revoked =
                Http.postJson(uri(id, "revocation/decision"), Tokens.of("senior-regulator-2"), "{\"approved\": true}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(Http.json(revoked).get("status").asText()).isEqualTo("REVOKED");
        assertThat(ids("")).doesNotContain(id);
        assertThat(latestListVersion()).isGreaterThan(listBefore);
    }

    @Test
    void withNoLinkedPolicyThePoliciesInForceForItsRegionsBlockRevocation() {
        String regulator = Tokens.of("regulator");
        String regional = newPolicy(regulator, "653100");
        String id = approvedWithoutPolicy(regulator, "Unlinked " + UUID.randomUUID(), List.of("653100"));

        HttpResponse<String> refused =
                Http.postJson(uri(id, "revoke"), regulator, "{\"reason\":\"Nothing linked\", " + ALL_EVIDENCE + "}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("POLICY_REPEALED:" + regional);
        assertThat(status(regulator, id)).isEqualTo("PUBLISHED");
    }

    @Test
    void withdrawalForErrorNeedsAReasonALegalBasisAndFourEyesAndIsPublishedAsWithdrawn() {
        String regulator = Tokens.of("regulator");
        String senior = Tokens.of("senior-regulator");
        String id = approved(regulator, senior, "Mistaken " + UUID.randomUUID(), TODAY.toString(), TRANSFER_POLICY);

        HttpResponse<String> noBasis =
                Http.postJson(uri(id, "withdrawal"), regulator, "{\"reason\":\"Wrong prefecture\"}");
        assertThat(noBasis.statusCode()).isEqualTo(400);
        assertThat(noBasis.body()).contains("legalBasis");
        assertThat(Http.postJson(uri(id, "withdrawal"), Tokens.of("importer-a"), "{}")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> asked = Http.postJson(uri(id, "withdrawal"), regulator, """
                {"reason": "Wrong prefecture typed", "legalBasis": "Judgment 2026/17 of the administrative court"}
                """);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        assertThat(Http.postJson(uri(id, "withdrawal/decision"), regulator, "{\"approved\": true}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(status(regulator, id)).isEqualTo("PUBLISHED");
        int before = latestListVersion();

        HttpResponse<String> withdrawn = Http.postJson(uri(id, "withdrawal/decision"), senior, "{\"approved\": true}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Http.json(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(ids("")).doesNotContain(id);
        int after = latestListVersion();
        JsonNode version = Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions/" + after)));
        assertThat(version.toString()).contains("Withdrawn for error");
        JsonNode diff =
                Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/diff?from=" + before + "&to=" + after)));
        assertThat(diff.get("removed").toString()).contains(id);
        assertThat(Http.get(DESIGNATIONS.resolve("designations/" + id)).body())
                .as("published as withdrawn")
                .contains("\"WITHDRAWN\"", "Judgment 2026/17");
    }

    static String newPolicy(String token, String region) {
        return Http.json(Http.postJson(
                        ItConfig.portal("/api/v1/policies"), token, """
                        {"title": "Test quota %s", "authority": "County", "regionCodes": ["%s"]}
                        """.formatted(UUID.randomUUID(), region)))
                .get("id")
                .asText();
    }

    /**
     * A policy verified repealed through the policy API. Adapt here when verification needs a
     * second senior regulator and admissible repeal evidence.
     */
    static void verifyRepeal(String token, String policy) {
        // The claim was recorded by another regulator; a second, senior one verifies.
        org.onus.it.support.PolicyFixtures.verifyClaimed(policy);
    }

    static String approvedWithoutPolicy(String regulator, String title, List<String> regions) {
        HttpResponse<String> created = Http.postJson(DESIGNATIONS, regulator, """
                {"title": %s, "regionCodes": [%s], "sectorCodes": ["COTTON"], "legalBasis": "Presumption",
                 "rationale": "Test", "policyIds": [], "effectiveFrom": "%s"}
                """.formatted(
                quote(title),
                String.join(",", regions.stream().map(r -> "\"" + r + "\"").toList()),
                TODAY));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).get("id").asText();
        assess(regulator, id, completeAssessment());
        assertThat(post(regulator, id, "submit").statusCode()).isEqualTo(200);
        assertThat(post(Tokens.of("senior-regulator"), id, "approve").statusCode())
                .isEqualTo(200);
        return id;
    }

    @Test
    void anAmendmentSupersedesThePublishedVersionAndTheDiffShowsTheChangedScope() {
        String regulator = Tokens.of("regulator");
        String senior = Tokens.of("senior-regulator");
        String v1 = approved(regulator, senior, "Amendable " + UUID.randomUUID(), TODAY.toString());

        HttpResponse<String> amended = Http.postJson(uri(v1, "amendments"), regulator, "");
        assertThat(amended.statusCode()).isEqualTo(201);
        JsonNode draft = Http.json(amended);
        String v2 = draft.get("id").asText();
        assertThat(draft.get("version").asInt()).isEqualTo(2);
        assertThat(Http.postJson(uri(v1, "amendments"), regulator, "").statusCode())
                .as("one amendment at a time")
                .isEqualTo(409);

        HttpResponse<String> changed = Http.putJson(
                DESIGNATIONS.resolve("designations/" + v2),
                regulator,
                body(draft.get("title").asText(), List.of("650000", "540000"), TODAY.toString(), TRANSFER_POLICY));
        assertThat(changed.statusCode()).isEqualTo(200);
        int before = latestListVersion();
        assertThat(post(regulator, v2, "submit").statusCode()).isEqualTo(200);
        assertThat(post(senior, v2, "approve").statusCode()).isEqualTo(200);

        assertThat(status(regulator, v1)).isEqualTo("SUPERSEDED");
        assertThat(status(regulator, v2)).isEqualTo("PUBLISHED");
        assertThat(ids("")).contains(v2).doesNotContain(v1);
        int after = latestListVersion();
        JsonNode diff =
                Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/diff?from=" + before + "&to=" + after)));
        JsonNode change = diff.get("changed").get(0);
        assertThat(change.get("after").get("id").asText()).isEqualTo(v2);
        assertThat(change.get("addedRegions").get(0).asText()).isEqualTo("540000");
    }

    @Test
    void theAssessmentDownloadsAsAPdfWithTheMatrixAndItsCitations() throws Exception {
        String title = "Assessed " + UUID.randomUUID().toString().substring(0, 8);
        String draft = draft(Tokens.of("regulator"), title, TODAY.toString(), TRANSFER_POLICY);
        assess(Tokens.of("regulator"), draft, completeAssessment());
        URI pdf = ItConfig.portal("/designations/" + draft + "/assessment.pdf");
        assertThat(Http.download(pdf, null).statusCode())
                .as("a draft's assessment is not public")
                .isEqualTo(404);

        assertThat(post(Tokens.of("regulator"), draft, "submit").statusCode()).isEqualTo(200);
        assertThat(post(Tokens.of("senior-regulator"), draft, "approve").statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> response = Http.download(pdf, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(title)
                    .contains("Step 1: an employment policy that targets population groups")
                    .contains("Unfree recruitment", "Menace of penalty")
                    .contains("No evidence found: No testimony from workers who tried to leave")
                    .contains("Forced Labor in Xinjiang");
        }
    }

    @Test
    void subscribersFindEachNewListVersionInTheirInbox() {
        String importer = Tokens.of("importer-b");
        HttpResponse<String> subscribed = Http.putJson(
                ItConfig.portal("/api/v1/subscriptions/DESIGNATION_LIST"),
                importer,
                "{\"email\": \"bruno@example.org\"}");
        assertThat(subscribed.statusCode()).as(subscribed.body()).isBetween(200, 204);

        String title = "Announced " + UUID.randomUUID();
        approved(Tokens.of("regulator"), Tokens.of("senior-regulator"), title, TODAY.toString());

        JsonNode inbox = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), importer));
        assertThat(inbox.findValuesAsText("subject"))
                .anySatisfy(subject -> assertThat(subject).contains("Designation list version", title));
    }

    // --- helpers -------------------------------------------------------------------------------

    static String approved(String regulator, String senior, String title, String from, String... policies) {
        String id = draft(regulator, title, from, policies.length == 0 ? TRANSFER_POLICY : policies[0]);
        assess(regulator, id, completeAssessment());
        assertThat(post(regulator, id, "submit").statusCode()).isEqualTo(200);
        HttpResponse<String> approved = post(senior, id, "approve");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        return id;
    }

    static String draft(String token, String title, String from, String policy) {
        HttpResponse<String> created = Http.postJson(DESIGNATIONS, token, body(title, List.of("650000"), from, policy));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    static String body(String title, List<String> regions, String from, String policy) {
        return """
                {"title": %s, "regionCodes": [%s], "sectorCodes": ["COTTON"],
                 "legalBasis": "Rebuttable presumption", "rationale": "Labour transfers in cotton picking",
                 "policyIds": ["%s"], "effectiveFrom": "%s"}
                """.formatted(
                quote(title),
                String.join(",", regions.stream().map(r -> "\"" + r + "\"").toList()),
                policy,
                from);
    }

    static void assess(String token, String id, String assessment) {
        HttpResponse<String> response = Http.putJson(uri(id, "assessment"), token, assessment);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static String completeAssessment() {
        StringBuilder cells = new StringBuilder();
        for (String phase : List.of("UNFREE_RECRUITMENT", "WORK_AND_LIFE_UNDER_DURESS", "IMPOSSIBILITY_OF_LEAVING")) {
            for (String dimension : List.of("INVOLUNTARINESS", "MENACE_OF_PENALTY")) {
                if (!cells.isEmpty()) {
                    cells.append(',');
                }
                cells.append(
                        phase.equals("IMPOSSIBILITY_OF_LEAVING") && dimension.equals("MENACE_OF_PENALTY")
                                ? """
                          {"phase": "%s", "dimension": "%s", "findings": null, "evidenceIds": [],
                           "noEvidenceReason": "No testimony from workers who tried to leave"}""".formatted(phase, dimension)
                                : """
                          {"phase": "%s", "dimension": "%s", "findings": "Shown", "evidenceIds": ["%s"],
                           "noEvidenceReason": null}""".formatted(phase, dimension, EVIDENCE));
            }
        }
        return """
                {"employmentPolicy": {"present": true, "findings": "Targets", "evidenceIds": ["%s"]},
                 "mobilisationApparatus": {"present": true, "findings": "Work teams", "evidenceIds": ["%s"]},
                 "matrix": [%s],
                 "coreFeatures": ["PRODUCTION_QUOTAS", "GRASSROOTS_APPARATUS"], "rationale": "BOTH"}
                """.formatted(EVIDENCE, EVIDENCE, cells);
    }

    /** A move that needs no second person (a claim); verifications go through {@link PolicyFixtures}. */
    static void changePolicy(String token, String policy, String status) {
        HttpResponse<String> response = Http.postJson(
                ItConfig.portal("/api/v1/policies/" + policy + "/status"), token, """
                {"status": "%s", "reason": "Official notice", "evidenceIds": ["%s"]}
                """.formatted(status, EVIDENCE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static HttpResponse<String> post(String token, String id, String action) {
        return Http.postJson(uri(id, action), token, "");
    }

    static URI uri(String id, String action) {
        return DESIGNATIONS.resolve("designations/" + id + "/" + action);
    }

    static String status(String token, String id) {
        return Http.json(Http.getWithToken(DESIGNATIONS.resolve("designations/" + id), token))
                .get("status")
                .asText();
    }

    static List<String> ids(String query) {
        HttpResponse<String> response =
                Http.get(DESIGNATIONS.resolve("designations" + (query.isEmpty() ? "" : "?" + query)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).findValuesAsText("id");
    }

    static int latestListVersion() {
        JsonNode versions = Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions")));
        return versions.isEmpty() ? 0 : versions.get(0).get("number").asInt();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
