package org.onus.it.rebuttal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.MailCatcher;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.PolicyFixtures;
import org.onus.it.support.Tokens;

/**
 * The rebuttal of the presumption through the public contract: the importer files a route and
 * evidence, the admissibility table judges each document at once, an officer reviews and decides,
 * and a release is refused until every requirement of the route is met by admissible, accepted
 * evidence. Each test files its own entry; other tests publish designations too, so assertions
 * look only at this test's ids.
 */
@OnusIT
@RunAsClient
class CaseApiIT {

    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final List<String> EXCEPTION_CODES = List.of(
            "TARGETS_NOT_ENFORCED",
            "INDICATOR_SECURITIZED_CONTEXT",
            "INDICATOR_GRASSROOTS_MOBILIZATION",
            "INDICATOR_EMPLOYMENT_POLICY",
            "INDICATOR_EXECUTION_STAGES");

    static String cottonDesignation;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnXinjiangCotton() {
        MailCatcher.running();
        cottonDesignation = DesignationFixtures.publish(
                "Xinjiang cotton (cases test) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                TODAY.toString());
    }

    // --- 1. audits are never proof ---------------------------------------------------------------

    @Test
    void anAuditOnlyRebuttalIsKeptButCannotBeAcceptedNorReleaseTheGoods() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        Filed filed = detainedCotton(importer);
        List<String> traces = traceCodes(rebut(importer, filed.caseId, "NOT_APPLICABLE"));
        assertThat(traces).contains("TRACE:1").allMatch(code -> code.startsWith("TRACE:"));

        List<String> audits = new ArrayList<>();
        for (String trace : traces) {
            HttpResponse<String> uploaded = upload(importer, filed.caseId, "FACTORY_AUDIT", trace);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            JsonNode audit = Http.json(uploaded);
            assertThat(audit.get("admissible").asBoolean()).isFalse();
            assertThat(audit.get("reason").asText()).containsIgnoringCase("audits");
            audits.add(audit.get("id").asText());
        }

        HttpResponse<String> accepted = review(officer, filed.caseId, audits.get(0), true);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(409);

        HttpResponse<String> release = decide(officer, filed.caseId, "RELEASE");
        assertThat(release.statusCode()).as(release.body()).isEqualTo(409);
        assertThat(errorCodes(release)).containsAll(traces);

        JsonNode c = caseOf(importer, filed.caseId);
        assertThat(c.get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(c.get("evidence")).hasSize(traces.size()).allSatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("FACTORY_AUDIT");
            assertThat(e.get("admissible").asBoolean()).isFalse();
            assertThat(e.get("review").asText()).isEqualTo("PENDING");
        });
        assertThat(c.get("requirements"))
                .allSatisfy(r -> assertThat(r.get("satisfied").asBoolean()).isFalse());
    }

    // --- 2. the NOT_APPLICABLE route to a release ----------------------------------------------

    @Test
    void tracingEveryMatchedInputWithAcceptedDocumentsReleasesTheGoodsAndClosesTheFile() throws Exception {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        Filed filed = detainedCotton(importer);
        List<String> traces = traceCodes(rebut(importer, filed.caseId, "NOT_APPLICABLE"));

        String firstId = null;
        byte[] firstContent = null;
        String firstSha = null;
        for (String trace : traces) {
            byte[] content = pdf();
            HttpResponse<String> uploaded = upload(importer, filed.caseId, "INVOICE", trace, content);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            JsonNode invoice = Http.json(uploaded);
            assertThat(invoice.get("admissible").asBoolean())
                    .as(invoice.toString())
                    .isTrue();
            assertThat(invoice.get("sha256").asText()).isEqualTo(sha256(content));
            if (firstId == null) {
                firstId = invoice.get("id").asText();
                firstContent = content;
                firstSha = invoice.get("sha256").asText();
            }
            HttpResponse<String> accepted =
                    review(officer, filed.caseId, invoice.get("id").asText(), true);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            assertThat(Http.json(accepted).get("review").asText()).isEqualTo("ACCEPTED");
        }
        // One accepted invoice per input is not a trace: the release is refused, naming what is missing.
        HttpResponse<String> oneDocument = decide(officer, filed.caseId, "RELEASE");
        assertThat(oneDocument.statusCode()).as(oneDocument.body()).isEqualTo(409);
        assertThat(errorCodes(oneDocument)).containsExactlyInAnyOrderElementsOf(traces);
        assertThat(errorMessage(oneDocument, "TRACE:1"))
                .contains("TRACE:1 needs a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE");
        assertThat(caseOf(officer, filed.caseId).get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");

        for (String trace : traces) {
            proveChain(importer, officer, filed.caseId, trace);
        }
        assertThat(caseOf(officer, filed.caseId).get("requirements"))
                .hasSize(traces.size())
                .allSatisfy(r -> assertThat(r.get("satisfied").asBoolean())
                        .as(r.toString())
                        .isTrue());

        HttpResponse<String> release = decide(officer, filed.caseId, "RELEASE");
        assertThat(release.statusCode()).as(release.body()).isEqualTo(200);
        assertThat(Http.json(release).get("status").asText()).isEqualTo("RELEASED");
        assertThat(Http.json(release).get("decision").get("by").asText()).isEqualTo("officer");

        HttpResponse<String> late = upload(importer, filed.caseId, "INVOICE", traces.get(0));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(caseOf(importer, filed.caseId).get("evidence")).hasSize(traces.size() * 3);

        HttpResponse<byte[]> download = Http.download(
                ItConfig.portal("/api/v1/cases/" + filed.caseId + "/evidence/" + firstId + "/content"), importer);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(firstContent);
        assertThat(sha256(download.body())).isEqualTo(firstSha);
        assertThat(Http.download(
                                ItConfig.portal("/api/v1/cases/" + filed.caseId + "/evidence/" + firstId + "/content"),
                                Tokens.of("importer-b"))
                        .statusCode())
                .isEqualTo(404);

        assertThat(awaitInbox(importer, "Goods released: entry " + filed.number))
                .isTrue();
    }

    // --- letters in the language the importer's organisation prefers -------------------------

    @Test
    void theImporterReadsItsLettersInTheLanguageItsOrganisationPrefers() {
        String importer = Tokens.of("importer-b");
        String admin = Tokens.of("admin");
        // The organisation exists once a member has used the portal.
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/me"), importer).statusCode())
                .isEqualTo(200);
        URI organisation = ItConfig.portal("/api/v1/organisations/BETA-TRADING");
        HttpResponse<String> french = Http.putJson(organisation, admin, "{\"preferredLanguage\": \"fr\"}");
        assertThat(french.statusCode()).as(french.body()).isEqualTo(200);
        try {
            assertThat(Http.json(french).get("preferredLanguage").asText()).isEqualTo("fr");
            assertThat(Http.json(french).get("name").asText())
                    .as("a body without a name keeps the name")
                    .isNotBlank();
            assertThat(Http.putJson(organisation, admin, "{\"preferredLanguage\": \"de\"}")
                            .statusCode())
                    .as("only the six UN languages")
                    .isEqualTo(400);
            assertThat(Http.putJson(organisation, Tokens.of("auditor"), "{\"preferredLanguage\": \"en\"}")
                            .statusCode())
                    .isEqualTo(403);

            Filed filed = detainedCotton(importer);

            assertThat(awaitInbox(importer, "Avis de retenue : déclaration " + filed.number))
                    .as("the detention notice in French")
                    .isTrue();
        } finally {
            Http.putJson(organisation, admin, "{\"preferredLanguage\": \"en\"}");
        }
    }

    // --- 3. the EXCEPTION route: every policy verified repealed, then four eyes ----------------

    @Test
    void anExceptionReleaseNeedsEveryLinkedPolicyVerifiedRepealedAndASupervisorsApproval() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        String regulator = Tokens.of("regulator");
        Scope scope = designationOnTwoPolicies();
        Filed filed = detainedByListedProducer(importer, scope);

        JsonNode rebutted = rebut(importer, filed.caseId, "EXCEPTION");
        assertThat(codes(rebutted.get("requirements")))
                .containsExactlyInAnyOrder(
                        "POLICY_REPEALED:" + scope.policyA,
                        "POLICY_REPEALED:" + scope.policyB,
                        "TARGETS_NOT_ENFORCED",
                        "INDICATOR_SECURITIZED_CONTEXT",
                        "INDICATOR_GRASSROOTS_MOBILIZATION",
                        "INDICATOR_EMPLOYMENT_POLICY",
                        "INDICATOR_EXECUTION_STAGES");

        // Everything but the second policy's repeal, and the first policy verified repealed.
        proveAndAccept(importer, officer, filed.caseId, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + scope.policyA);
        proveExceptionIndicators(importer, officer, filed.caseId);
        PolicyFixtures.verifyRepeal(scope.policyA);

        HttpResponse<String> refused = decide(officer, filed.caseId, "RELEASE");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(errorCodes(refused)).containsExactly("POLICY_REPEALED:" + scope.policyB);

        // An accepted notice for a repeal only claimed in the registry is a claim, not proof.
        proveAndAccept(importer, officer, filed.caseId, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + scope.policyB);
        changePolicy(regulator, scope.policyB, "REPEAL_CLAIMED");
        HttpResponse<String> claimed = decide(officer, filed.caseId, "RELEASE");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(409);
        assertThat(errorCodes(claimed)).containsExactly("POLICY_REPEALED:" + scope.policyB);
        assertThat(satisfied(caseOf(officer, filed.caseId), "POLICY_REPEALED:" + scope.policyB))
                .isFalse();

        PolicyFixtures.verifyClaimed(scope.policyB);
        JsonNode ready = caseOf(officer, filed.caseId);
        assertThat(ready.get("requirements"))
                .allSatisfy(r -> assertThat(r.get("satisfied").asBoolean())
                        .as(r.toString())
                        .isTrue());

        HttpResponse<String> proposed = decide(officer, filed.caseId, "RELEASE");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        assertThat(Http.json(proposed).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(Http.postJson(approvalUri(filed.caseId), officer, approval(true))
                        .statusCode())
                .as("an officer is no supervisor")
                .isEqualTo(403);

        HttpResponse<String> sentBack =
                Http.postJson(approvalUri(filed.caseId), Tokens.of("supervisor"), approval(false));
        assertThat(sentBack.statusCode()).as(sentBack.body()).isEqualTo(200);
        assertThat(Http.json(sentBack).get("status").asText())
                .as("a refused approval returns the case to the officer")
                .isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(Http.postJson(approvalUri(filed.caseId), Tokens.of("supervisor"), approval(true))
                        .statusCode())
                .as("nothing awaits approval any more")
                .isEqualTo(409);
        HttpResponse<String> proposedAgain = decide(officer, filed.caseId, "RELEASE");
        assertThat(Http.json(proposedAgain).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        HttpResponse<String> approved =
                Http.postJson(approvalUri(filed.caseId), Tokens.of("supervisor"), approval(true));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode released = Http.json(approved);
        assertThat(released.get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.get("decision").get("by").asText()).isEqualTo("officer");
        assertThat(released.get("decision").get("approvedBy").asText()).isEqualTo("supervisor");
    }

    @Test
    void theSupervisorWhoProposedAnExceptionReleaseCannotApproveIt() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        String supervisor = Tokens.of("supervisor");
        Scope scope = designationOnTwoPolicies();
        for (String policy : List.of(scope.policyA, scope.policyB)) {
            PolicyFixtures.verifyRepeal(policy);
        }
        Filed filed = detainedByListedProducer(importer, scope);
        rebut(importer, filed.caseId, "EXCEPTION");
        for (String policy : List.of(scope.policyA, scope.policyB)) {
            proveAndAccept(importer, officer, filed.caseId, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + policy);
        }
        proveExceptionIndicators(importer, officer, filed.caseId);

        HttpResponse<String> proposed = decide(supervisor, filed.caseId, "RELEASE");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        assertThat(Http.json(proposed).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        assertThat(actions(caseOf(supervisor, filed.caseId)))
                .as("the proposer is not offered the approval")
                .doesNotContain("APPROVE_RELEASE");
        assertThat(actions(caseOf(Tokens.of("supervisor-2"), filed.caseId))).contains("APPROVE_RELEASE");
        HttpResponse<String> ownApproval = Http.postJson(approvalUri(filed.caseId), supervisor, approval(true));
        assertThat(ownApproval.statusCode()).as(ownApproval.body()).isEqualTo(403);
        JsonNode c = caseOf(officer, filed.caseId);
        assertThat(c.get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(c.get("decision").path("approvedBy").isTextual()).isFalse();
    }

    // --- 4. who may see and do what --------------------------------------------------------------

    @Test
    void anotherOrganisationSeesNoCaseAndOnlyCustomsDecide() {
        String importer = Tokens.of("importer-a");
        String other = Tokens.of("importer-b");
        Filed filed = detainedCotton(importer);
        URI caseUri = ItConfig.portal("/api/v1/cases/" + filed.caseId);

        assertThat(Http.getWithToken(caseUri, other).statusCode()).isEqualTo(404);
        assertThat(Http.postJson(rebuttalUri(filed.caseId), other, rebuttal("NOT_APPLICABLE"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(upload(other, filed.caseId, "INVOICE", "TRACE:1").statusCode())
                .isEqualTo(404);

        assertThat(actions(caseOf(importer, filed.caseId))).containsExactly("FILE_REBUTTAL", "UPLOAD_EVIDENCE");
        rebut(importer, filed.caseId, "NOT_APPLICABLE");
        assertThat(actions(caseOf(importer, filed.caseId)))
                .as("the importer may add evidence, and no longer file")
                .containsExactly("UPLOAD_EVIDENCE");
        assertThat(actions(caseOf(Tokens.of("officer"), filed.caseId))).containsExactly("REVIEW_EVIDENCE", "DECIDE");
        assertThat(actions(caseOf(Tokens.of("auditor"), filed.caseId))).isEmpty();
        assertThat(decide(importer, filed.caseId, "RELEASE").statusCode()).isEqualTo(403);
        assertThat(Http.postJson(rebuttalUri(filed.caseId), Tokens.of("officer"), rebuttal("NOT_APPLICABLE"))
                        .statusCode())
                .as("customs do not rebut for importers")
                .isEqualTo(403);
        assertThat(Http.get(caseUri).statusCode()).isEqualTo(401);
        assertThat(Http.postJson(decisionUri(filed.caseId), null, decision("RELEASE"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(Http.download(
                                ItConfig.portal("/api/v1/cases/" + filed.caseId + "/evidence/" + UUID.randomUUID()
                                        + "/content"),
                                null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(caseOf(importer, filed.caseId).get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
    }

    // --- 5. confiscation and protest -------------------------------------------------------------

    @Test
    void aConfiscationIsNotifiedClosesTheFileAndAProtestFreesGoodsOnlyWithProof() throws Exception {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        String supervisor = Tokens.of("supervisor");
        Filed filed = detainedCotton(importer);
        List<String> traces = traceCodes(rebut(importer, filed.caseId, "NOT_APPLICABLE"));

        assertThat(Http.postJson(protestUri(filed.caseId), importer, protest()).statusCode())
                .as("nothing to protest yet")
                .isEqualTo(409);
        HttpResponse<String> confiscated = decide(officer, filed.caseId, "CONFISCATE");
        assertThat(confiscated.statusCode()).as(confiscated.body()).isEqualTo(200);
        JsonNode c = Http.json(confiscated);
        assertThat(c.get("status").asText()).isEqualTo("CONFISCATED");
        assertThat(LocalDate.parse(c.get("protestDeadline").asText())).isAfter(TODAY);

        HttpResponse<String> late = upload(importer, filed.caseId, "INVOICE", traces.get(0));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);

        String subject = "Confiscation notice: entry " + filed.number;
        assertThat(awaitInbox(importer, subject)).as(subject).isTrue();
        assertThat(awaitMail(subject)).as(subject).isTrue();

        HttpResponse<String> protested = Http.postJson(protestUri(filed.caseId), importer, protest());
        assertThat(protested.statusCode()).as(protested.body()).isEqualTo(200);
        assertThat(Http.json(protested).get("status").asText()).isEqualTo("PROTESTED");
        assertThat(Http.postJson(protestDecisionUri(filed.caseId), officer, protestDecision(true))
                        .statusCode())
                .as("officers do not decide protests")
                .isEqualTo(403);

        // The hole closed: upholding a protest is no release without proof.
        HttpResponse<String> unproven =
                Http.postJson(protestDecisionUri(filed.caseId), supervisor, protestDecision(true));
        assertThat(unproven.statusCode()).as(unproven.body()).isEqualTo(409);
        assertThat(unproven.body()).contains("NO_RELEASE_WITHOUT_PROOF");
        assertThat(errorCodes(unproven)).containsExactlyElementsOf(traces);
        JsonNode still = caseOf(importer, filed.caseId);
        assertThat(still.get("status").asText()).isEqualTo("PROTESTED");
        assertThat(still.path("protestDecision").isMissingNode()
                        || still.path("protestDecision").isNull())
                .as("nothing changed")
                .isTrue();

        // While the protest is open the importer proves the trace; an officer accepts.
        for (String trace : traces) {
            traceFully(importer, officer, filed.caseId, trace);
        }
        HttpResponse<String> upheld =
                Http.postJson(protestDecisionUri(filed.caseId), supervisor, protestDecision(true));
        assertThat(upheld.statusCode()).as(upheld.body()).isEqualTo(200);
        JsonNode freed = Http.json(upheld);
        assertThat(freed.get("status").asText()).isEqualTo("PROTEST_UPHELD");
        assertThat(freed.get("decision").get("by").asText())
                .as("the decision in force is the supervisor's")
                .isEqualTo("supervisor");
        assertThat(freed.get("decision").get("reason").asText()).isEqualTo("Reconsidered on protest");
        assertThat(freed.get("protestDecision").get("grounds").asText()).isEqualTo("MERITS");
        List<String> proven = new java.util.ArrayList<>();
        freed.get("proof")
                .forEach(line -> proven.add(line.get("requirementCode").asText()));
        assertThat(proven).as("the stored proof").containsAll(traces);
        assertThat(awaitInbox(importer, "Protest upheld: goods released, entry " + filed.number))
                .isTrue();
    }

    @Test
    void aProtestUpheldOnProcedureReopensTheReviewWithAFreshClockAndReleasesNothing() {
        String importer = Tokens.of("importer-a");
        Filed filed = detainedCotton(importer);
        rebut(importer, filed.caseId, "NOT_APPLICABLE");
        assertThat(decide(Tokens.of("officer"), filed.caseId, "CONFISCATE").statusCode())
                .isEqualTo(200);
        assertThat(Http.postJson(protestUri(filed.caseId), importer, protest()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> reopened = Http.postJson(
                protestDecisionUri(filed.caseId),
                Tokens.of("supervisor"),
                "{\"upheld\": true, \"grounds\": \"PROCEDURE\", \"reason\": \"The notice went to a wrong address\"}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        JsonNode c = Http.json(reopened);
        assertThat(c.get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(LocalDate.parse(c.get("decisionDue").asText())).isAfter(TODAY);
        assertThat(c.get("proof")).isEmpty();
        assertThat(c.get("protestDecision").get("grounds").asText()).isEqualTo("PROCEDURE");
        assertThat(c.get("protestDecision").get("by").asText()).isEqualTo("supervisor");

        HttpResponse<String> unproven = decide(Tokens.of("officer"), filed.caseId, "RELEASE");
        assertThat(unproven.statusCode()).as("still no release without proof").isEqualTo(409);
    }

    @Test
    void aSupervisorWhoAcceptedEvidenceCannotApproveTheRelease() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        String supervisor = Tokens.of("supervisor");
        Scope scope = designationOnTwoPolicies();
        for (String policy : List.of(scope.policyA, scope.policyB)) {
            verifyRepeal(policy);
        }
        Filed filed = detainedByListedProducer(importer, scope);
        rebut(importer, filed.caseId, "EXCEPTION");
        proveAndAccept(importer, supervisor, filed.caseId, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + scope.policyA);
        proveAndAccept(importer, officer, filed.caseId, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + scope.policyB);
        proveExceptionIndicators(importer, officer, filed.caseId);
        HttpResponse<String> proposed = decide(officer, filed.caseId, "RELEASE");
        assertThat(Http.json(proposed).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        HttpResponse<String> refused = Http.postJson(approvalUri(filed.caseId), supervisor, approval(true));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("FOUR_EYES_RELEASE");
        assertThat(caseOf(officer, filed.caseId).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

        HttpResponse<String> approved =
                Http.postJson(approvalUri(filed.caseId), Tokens.of("supervisor-2"), approval(true));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        JsonNode released = Http.json(approved);
        assertThat(released.get("status").asText()).isEqualTo("RELEASED");
        assertThat(released.get("proof").size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void aDispositionIsRecordedForConfiscatedGoodsByAnOfficer() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        Filed filed = detainedCotton(importer);
        rebut(importer, filed.caseId, "NOT_APPLICABLE");
        URI disposition = ItConfig.portal("/api/v1/cases/" + filed.caseId + "/disposition");
        String body = "{\"kind\": \"REEXPORTED\", \"on\": \"" + TODAY + "\", \"reference\": \"EX-2026-0042\"}";
        assertThat(Http.postJson(disposition, officer, body).statusCode())
                .as("goods still detained have no disposition")
                .isEqualTo(409);
        assertThat(decide(officer, filed.caseId, "CONFISCATE").statusCode()).isEqualTo(200);
        assertThat(Http.postJson(disposition, importer, body).statusCode()).isEqualTo(403);
        assertThat(Http.postJson(
                                disposition,
                                officer,
                                "{\"kind\": \"SOLD\", \"on\": \"" + TODAY + "\", \"reference\": \"x\"}")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> recorded = Http.postJson(disposition, officer, body);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        JsonNode d = Http.json(recorded).get("disposition");
        assertThat(d.get("kind").asText()).isEqualTo("REEXPORTED");
        assertThat(d.get("reference").asText()).isEqualTo("EX-2026-0042");
        assertThat(d.get("recordedBy").asText()).isEqualTo("officer");
        assertThat(Http.postJson(disposition, officer, body).statusCode())
                .as("once")
                .isEqualTo(409);
    }

    /**
     * A trace as the chain rule asks for cotton: a production record, a transport document and a
     * supply-chain map, all accepted.
     */
    /** The actions the case lists for the caller: exactly the forms its page shows them. */
    static List<String> actions(JsonNode c) {
        List<String> names = new java.util.ArrayList<>();
        c.get("allowedActions").forEach(n -> names.add(n.asText()));
        return names;
    }

    static void traceFully(String importer, String officer, String caseId, String trace) {
        proveAndAccept(importer, officer, caseId, "PRODUCTION_RECORD", trace);
        proveAndAccept(importer, officer, caseId, "TRANSPORT_DOCUMENT", trace);
        proveAndAccept(importer, officer, caseId, "SUPPLY_CHAIN_MAP", trace);
    }

    /** A repeal verified as the registry now demands (adapted when the repeal rules change). */
    static void verifyRepeal(String policy) {
        org.onus.it.support.PolicyFixtures.verifyRepeal(policy);
    }

    @Test
    void aProtestMayBeDeniedButNotByTheSupervisorWhoConfiscated() {
        String importer = Tokens.of("importer-a");
        String supervisor = Tokens.of("supervisor");

        Filed denied = detainedCotton(importer);
        rebut(importer, denied.caseId, "NOT_APPLICABLE");
        assertThat(decide(Tokens.of("officer"), denied.caseId, "CONFISCATE").statusCode())
                .isEqualTo(200);
        assertThat(Http.postJson(protestUri(denied.caseId), importer, protest()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> decided =
                Http.postJson(protestDecisionUri(denied.caseId), supervisor, protestDecision(false));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(Http.json(decided).get("status").asText()).isEqualTo("PROTEST_DENIED");

        Filed own = detainedCotton(importer);
        rebut(importer, own.caseId, "NOT_APPLICABLE");
        assertThat(decide(supervisor, own.caseId, "CONFISCATE").statusCode()).isEqualTo(200);
        assertThat(Http.postJson(protestUri(own.caseId), importer, protest()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> ownDecision =
                Http.postJson(protestDecisionUri(own.caseId), supervisor, protestDecision(true));
        assertThat(ownDecision.statusCode()).as(ownDecision.body()).isEqualTo(403);
        assertThat(caseOf(importer, own.caseId).get("status").asText()).isEqualTo("PROTESTED");
    }

    // --- 6. one request for information ----------------------------------------------------------

    @Test
    void informationMayBeRequestedOnceAndTheImporterAnswersOnTheSameRoute() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        Filed filed = detainedCotton(importer);
        JsonNode rebutted = rebut(importer, filed.caseId, "NOT_APPLICABLE");
        LocalDate deadline = LocalDate.parse(rebutted.get("deadline").asText());

        HttpResponse<String> requested = decide(officer, filed.caseId, "REQUEST_INFO");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        JsonNode asked = Http.json(requested);
        assertThat(asked.get("status").asText()).isEqualTo("INFO_REQUESTED");
        // The request extends the running deadline by the information period (15 days by default,
        // calendar days, moved off a weekend or holiday at most by a few days).
        assertThat(LocalDate.parse(asked.get("deadline").asText()))
                .isAfterOrEqualTo(deadline.plusDays(15))
                .isBeforeOrEqualTo(deadline.plusDays(19));
        assertThat(decide(officer, filed.caseId, "RELEASE").statusCode())
                .as("no decision while the importer is asked")
                .isEqualTo(409);
        assertThat(awaitInbox(importer, "Information requested: entry " + filed.number))
                .isTrue();

        String trace = traceCodes(asked).get(0);
        HttpResponse<String> more = upload(importer, filed.caseId, "TRANSPORT_DOCUMENT", trace);
        assertThat(more.statusCode()).as(more.body()).isEqualTo(201);
        assertThat(Http.json(more).get("admissible").asBoolean()).isTrue();

        HttpResponse<String> otherRoute = Http.postJson(rebuttalUri(filed.caseId), importer, rebuttal("EXCEPTION"));
        assertThat(otherRoute.statusCode()).as(otherRoute.body()).isEqualTo(409);
        HttpResponse<String> answered = Http.postJson(rebuttalUri(filed.caseId), importer, rebuttal("NOT_APPLICABLE"));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Http.json(answered).get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(Http.json(answered).get("route").asText()).isEqualTo("NOT_APPLICABLE");

        HttpResponse<String> again = decide(officer, filed.caseId, "REQUEST_INFO");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(errorCodes(again)).contains("outcome");
        assertThat(caseOf(officer, filed.caseId).get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(Http.postJson(rebuttalUri(filed.caseId), importer, rebuttal("NOT_APPLICABLE"))
                        .statusCode())
                .as("the rebuttal is filed once")
                .isEqualTo(409);
    }

    // --- 7. bad input ----------------------------------------------------------------------------

    @Test
    void badRebuttalsAndUploadsAreRefusedWithTheFieldAndNothingIsKept() {
        String importer = Tokens.of("importer-a");
        Filed filed = detainedCotton(importer);

        HttpResponse<String> noRoute =
                Http.postJson(rebuttalUri(filed.caseId), importer, "{\"statement\": \"The lint is Australian\"}");
        assertThat(noRoute.statusCode()).as(noRoute.body()).isEqualTo(400);
        assertThat(errorCodes(noRoute)).contains("route");
        HttpResponse<String> badRoute = Http.postJson(rebuttalUri(filed.caseId), importer, rebuttal("MAYBE"));
        assertThat(badRoute.statusCode()).isEqualTo(400);
        assertThat(errorCodes(badRoute)).contains("route");

        HttpResponse<String> unknownType = upload(importer, filed.caseId, "SELFIE", "TRACE:1");
        assertThat(unknownType.statusCode()).as(unknownType.body()).isEqualTo(400);
        assertThat(errorCodes(unknownType)).contains("type");

        HttpResponse<String> noFile = Http.postMultipart(
                evidenceUri(filed.caseId),
                importer,
                new Multipart()
                        .field("type", "INVOICE")
                        .field("requirementCode", "TRACE:1")
                        .field("description", "Invoice without the invoice"));
        assertThat(noFile.statusCode()).as(noFile.body()).isEqualTo(400);
        assertThat(errorCodes(noFile)).contains("file");

        HttpResponse<String> unlinked = upload(importer, filed.caseId, "INVOICE", null);
        assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(400);
        assertThat(errorCodes(unlinked)).contains("requirementCode");

        HttpResponse<String> decidedTooEarly = decide(Tokens.of("officer"), filed.caseId, "RELEASE");
        assertThat(decidedTooEarly.statusCode()).as("no rebuttal yet").isEqualTo(409);

        JsonNode c = caseOf(importer, filed.caseId);
        assertThat(c.get("status").asText()).isEqualTo("DETAINED");
        assertThat(c.get("evidence")).isEmpty();

        // Linked to a requirement the entry would have, a document may come before the rebuttal.
        HttpResponse<String> early = upload(importer, filed.caseId, "SUPPLY_CHAIN_MAP", "TRACE:1");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(201);
        assertThat(Http.json(early).get("admissible").asBoolean()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------

    record Filed(String entryId, String caseId, String number) {}

    record Scope(String designation, String policyA, String policyB, String producer) {}

    /** Cotton lint from Yarkand (tier 3, input 1): detained on this test's cotton designation. */
    // --- 7. tracing needs a chain; officers correct what a document is (issue 12, holes 6 and 7) ---

    @Test
    void aSingleInvoiceOrALoneOriginTestDoesNotTraceACottonInputAndCertificationsNeverCount() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        Filed filed = detainedCotton(importer);
        JsonNode rebutted = rebut(importer, filed.caseId, "NOT_APPLICABLE");
        assertThat(requirement(rebutted, "TRACE:1").get("description").asText())
                .as("cotton: the stricter row of trace-chain.dmn, stored with the requirement")
                .contains(
                        "TRACE:1 needs a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE and a SUPPLY_CHAIN_MAP");

        proveAndAccept(importer, officer, filed.caseId, "INVOICE", "TRACE:1");
        proveAndAccept(importer, officer, filed.caseId, "ORIGIN_TEST", "TRACE:1");
        HttpResponse<String> certificate = upload(importer, filed.caseId, "CERTIFICATION", "TRACE:1");
        assertThat(certificate.statusCode()).as(certificate.body()).isEqualTo(201);
        assertThat(Http.json(certificate).get("admissible").asBoolean()).isFalse();
        assertThat(review(
                                officer,
                                filed.caseId,
                                Http.json(certificate).get("id").asText(),
                                true)
                        .statusCode())
                .as("a certification cannot be accepted")
                .isEqualTo(409);

        JsonNode before = caseOf(officer, filed.caseId);
        HttpResponse<String> refused = decide(officer, filed.caseId, "RELEASE");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(errorCodes(refused)).contains("TRACE:1");
        assertThat(satisfied(before, "TRACE:1")).isFalse();
        JsonNode after = caseOf(officer, filed.caseId);
        assertThat(after.get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(after.get("events")).hasSameSizeAs(before.get("events"));

        // A production record and the supply-chain map complete the chain for the cotton.
        proveChain(importer, officer, filed.caseId, "TRACE:1");
        assertThat(satisfied(caseOf(officer, filed.caseId), "TRACE:1")).isTrue();
    }

    @Test
    void anAuditUploadedAsAPolicyAnalysisIsReclassifiedByAnOfficerAndNoLongerCounts() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        String regulator = Tokens.of("regulator");
        Scope scope = designationOnTwoPolicies();
        Filed filed = detainedByListedProducer(importer, scope);
        rebut(importer, filed.caseId, "EXCEPTION");
        for (String policy : List.of(scope.policyA, scope.policyB)) {
            proveAndAccept(importer, officer, filed.caseId, "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + policy);
            verifyRepeal(policy);
        }
        proveAndAccept(importer, officer, filed.caseId, "EMPLOYMENT_TARGET_EVIDENCE", "TARGETS_NOT_ENFORCED");
        String disguised = null;
        for (String code : EXCEPTION_CODES.subList(1, EXCEPTION_CODES.size())) {
            HttpResponse<String> uploaded = upload(importer, filed.caseId, "POLICY_ANALYSIS", code);
            JsonNode e = Http.json(uploaded);
            assertThat(e.get("admissible").asBoolean())
                    .as("the self-declared type is believed at first")
                    .isTrue();
            assertThat(review(officer, filed.caseId, e.get("id").asText(), true).statusCode())
                    .isEqualTo(200);
            if (code.equals("INDICATOR_EMPLOYMENT_POLICY")) {
                disguised = e.get("id").asText();
            }
        }
        assertThat(caseOf(officer, filed.caseId).get("requirements"))
                .allSatisfy(r -> assertThat(r.get("satisfied").asBoolean())
                        .as(r.toString())
                        .isTrue());

        // Only an officer reclassifies, with a reason; refusals change nothing.
        String audit = "{\"type\": \"FACTORY_AUDIT\", \"reason\": \"It is a SMETA audit report, not an analysis\"}";
        JsonNode before = caseOf(officer, filed.caseId);
        assertThat(reclassify(importer, filed.caseId, disguised, audit).statusCode())
                .isEqualTo(403);
        assertThat(reclassify(Tokens.of("regulator"), filed.caseId, disguised, audit)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> noReason =
                reclassify(officer, filed.caseId, disguised, "{\"type\": \"FACTORY_AUDIT\", \"reason\": \" \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(errorCodes(noReason)).containsExactly("reason");
        HttpResponse<String> badType =
                reclassify(officer, filed.caseId, disguised, "{\"type\": \"SELFIE\", \"reason\": \"r\"}");
        assertThat(badType.statusCode()).as(badType.body()).isEqualTo(400);
        assertThat(errorCodes(badType)).containsExactly("type");
        assertThat(caseOf(officer, filed.caseId).get("evidence")).isEqualTo(before.get("evidence"));
        assertThat(caseOf(officer, filed.caseId).get("events")).hasSameSizeAs(before.get("events"));

        HttpResponse<String> corrected = reclassify(officer, filed.caseId, disguised, audit);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode e = Http.json(corrected);
        assertThat(e.get("type").asText()).isEqualTo("FACTORY_AUDIT");
        assertThat(e.get("admissible").asBoolean()).isFalse();
        assertThat(e.get("reason").asText()).contains("SMETA");
        assertThat(e.get("review").asText())
                .as("the stale acceptance no longer stands")
                .isEqualTo("PENDING");

        JsonNode c = caseOf(officer, filed.caseId);
        assertThat(satisfied(c, "INDICATOR_EMPLOYMENT_POLICY")).isFalse();
        JsonNode last = c.get("events").get(c.get("events").size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("EVIDENCE_RECLASSIFIED");
        assertThat(last.get("actor").asText()).isEqualTo("officer");
        assertThat(last.get("detail").asText()).contains("POLICY_ANALYSIS -> FACTORY_AUDIT", "SMETA audit report");

        HttpResponse<String> release = decide(officer, filed.caseId, "RELEASE");
        assertThat(release.statusCode()).as(release.body()).isEqualTo(409);
        assertThat(errorCodes(release)).containsExactly("INDICATOR_EMPLOYMENT_POLICY");
        assertThat(review(officer, filed.caseId, disguised, true).statusCode())
                .as("an audit cannot be accepted again")
                .isEqualTo(409);
        assertThat(caseOf(officer, filed.caseId).get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
    }

    static JsonNode requirement(JsonNode c, String code) {
        for (JsonNode r : c.get("requirements")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("No requirement " + code + " in " + c);
    }

    static Filed detainedCotton(String importer) {
        Filed filed = file(importer, """
                {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"},
                {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}""");
        return filed;
    }

    /** Yarn from this scope's listed producer, made in Viet Nam: only this scope's designation matches. */
    static Filed detainedByListedProducer(String importer, Scope scope) {
        return file(importer, """
                {"tier": 2, "material": "Yarn", "hsCode": "5509", "producer": "%s", "regionCode": "VN"}""".formatted(scope.producer));
    }

    static Filed file(String importer, String inputs) {
        String number = "E-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> filed = Http.postJson(ENTRIES, importer, """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [%s]}
                """.formatted(number, TODAY, inputs));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode e = Http.json(filed);
        assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("DETAINED");
        return new Filed(e.get("id").asText(), e.get("caseId").asText(), number);
    }

    /** Two fresh state policies in force, and a published designation of a listed producer resting on both. */
    static Scope designationOnTwoPolicies() {
        String regulator = Tokens.of("regulator");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String policyA = policy(regulator, "Labour transfer quota A " + marker);
        String policyB = policy(regulator, "Surplus labour targets B " + marker);
        String producer = "Kashgar Spinning " + marker;
        String designation = DesignationFixtures.publish(
                "Listed spinner (cases test) " + marker,
                List.of("540000"),
                List.of("ALL_GOODS"),
                TODAY.toString(),
                "[{\"name\": \"" + producer + "\"}]",
                List.of(policyA, policyB));
        return new Scope(designation, policyA, policyB, producer);
    }

    static String policy(String regulator, String title) {
        HttpResponse<String> created =
                Http.postJson(ItConfig.portal("/api/v1/policies"), regulator, """
                {"title": "%s", "authority": "County", "regionCodes": ["653100"]}
                """.formatted(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    /** A move that needs no second person (a claim); verifications go through {@link PolicyFixtures}. */
    static void changePolicy(String regulator, String policy, String status) {
        HttpResponse<String> changed =
                Http.postJson(ItConfig.portal("/api/v1/policies/" + policy + "/status"), regulator, """
                {"status": "%s", "reason": "Official notice", "evidenceIds": ["%s"]}
                """.formatted(
                                status, DesignationFixtures.EVIDENCE));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    /** Admissible, accepted evidence for the targets requirement and the four indicators. */
    static void proveExceptionIndicators(String importer, String officer, String caseId) {
        proveAndAccept(importer, officer, caseId, "EMPLOYMENT_TARGET_EVIDENCE", "TARGETS_NOT_ENFORCED");
        for (String code : EXCEPTION_CODES.subList(1, EXCEPTION_CODES.size())) {
            proveAndAccept(importer, officer, caseId, "POLICY_ANALYSIS", code);
        }
    }

    static void proveAndAccept(String importer, String officer, String caseId, String type, String requirement) {
        HttpResponse<String> uploaded = upload(importer, caseId, type, requirement);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode e = Http.json(uploaded);
        assertThat(e.get("admissible").asBoolean())
                .as(type + " for " + requirement + ": " + e)
                .isTrue();
        HttpResponse<String> accepted = review(officer, caseId, e.get("id").asText(), true);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    }

    /**
     * The rest of a trace's chain after an invoice: a production record, and (cotton) a
     * supply-chain map, each accepted.
     */
    static void proveChain(String importer, String officer, String caseId, String trace) {
        proveAndAccept(importer, officer, caseId, "PRODUCTION_RECORD", trace);
        proveAndAccept(importer, officer, caseId, "SUPPLY_CHAIN_MAP", trace);
    }

    static String errorMessage(HttpResponse<String> problem, String code) {
        for (JsonNode e : Http.json(problem).path("errors")) {
            if (e.get("code").asText().equals(code)) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("No error " + code + " in " + problem.body());
    }

    static HttpResponse<String> reclassify(String officer, String caseId, String evidenceId, String body) {
        return Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/evidence/" + evidenceId + "/type"), officer, body);
    }

    static JsonNode rebut(String importer, String caseId, String route) {
        HttpResponse<String> filed = Http.postJson(rebuttalUri(caseId), importer, rebuttal(route));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        JsonNode c = Http.json(filed);
        assertThat(c.get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(c.get("route").asText()).isEqualTo(route);
        return c;
    }

    static HttpResponse<String> upload(String importer, String caseId, String type, String requirement) {
        return upload(importer, caseId, type, requirement, pdf());
    }

    static HttpResponse<String> upload(
            String importer, String caseId, String type, String requirement, byte[] content) {
        return Http.postMultipart(
                evidenceUri(caseId),
                importer,
                new Multipart()
                        .field("type", type)
                        .field("requirementCode", requirement)
                        .field("description", type + " for " + requirement)
                        .file("file", "document.pdf", "application/pdf", content));
    }

    static HttpResponse<String> review(String officer, String caseId, String evidenceId, boolean accepted) {
        return Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/evidence/" + evidenceId + "/review"),
                officer,
                "{\"accepted\": %s, \"reason\": \"Checked against the originals\"}".formatted(accepted));
    }

    static HttpResponse<String> decide(String officer, String caseId, String outcome) {
        return Http.postJson(decisionUri(caseId), officer, decision(outcome));
    }

    static JsonNode caseOf(String token, String caseId) {
        HttpResponse<String> c = Http.getWithToken(ItConfig.portal("/api/v1/cases/" + caseId), token);
        assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
        return Http.json(c);
    }

    static List<String> traceCodes(JsonNode c) {
        return codes(c.get("requirements")).stream()
                .filter(code -> code.startsWith("TRACE:"))
                .toList();
    }

    static List<String> codes(JsonNode requirements) {
        List<String> codes = new ArrayList<>();
        requirements.forEach(r -> codes.add(r.get("code").asText()));
        return codes;
    }

    static boolean satisfied(JsonNode c, String code) {
        for (JsonNode r : c.get("requirements")) {
            if (r.get("code").asText().equals(code)) {
                return r.get("satisfied").asBoolean();
            }
        }
        throw new AssertionError("No requirement " + code + " in " + c);
    }

    static List<String> errorCodes(HttpResponse<String> problem) {
        List<String> codes = new ArrayList<>();
        Http.json(problem).path("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    static String rebuttal(String route) {
        return """
                {"route": "%s", "statement": "The lint was ginned in Queensland; the invoices show the chain"}
                """.formatted(route);
    }

    static String decision(String outcome) {
        return "{\"outcome\": \"%s\", \"reason\": \"Reviewed the file\"}".formatted(outcome);
    }

    static String approval(boolean approved) {
        return "{\"approved\": %s, \"reason\": \"Second look at the evidence\"}".formatted(approved);
    }

    static String protest() {
        return "{\"statement\": \"The confiscation overlooked the ginning invoices\"}";
    }

    static String protestDecision(boolean upheld) {
        return "{\"upheld\": %s, \"reason\": \"Reconsidered on protest\"}".formatted(upheld);
    }

    static URI rebuttalUri(String caseId) {
        return ItConfig.portal("/api/v1/cases/" + caseId + "/rebuttal");
    }

    static URI evidenceUri(String caseId) {
        return ItConfig.portal("/api/v1/cases/" + caseId + "/evidence");
    }

    static URI decisionUri(String caseId) {
        return ItConfig.portal("/api/v1/cases/" + caseId + "/decision");
    }

    static URI approvalUri(String caseId) {
        return ItConfig.portal("/api/v1/cases/" + caseId + "/approval");
    }

    static URI protestUri(String caseId) {
        return ItConfig.portal("/api/v1/cases/" + caseId + "/protest");
    }

    static URI protestDecisionUri(String caseId) {
        return ItConfig.portal("/api/v1/cases/" + caseId + "/protest/decision");
    }

    /** A small valid PDF, unique so that each upload is its own content. */
    static byte[] pdf() {
        return (new String(SampleFiles.pdf(), UTF_8) + "% " + UUID.randomUUID() + "\n").getBytes(UTF_8);
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static boolean awaitInbox(String token, String subject) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            if (Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), token))
                    .findValuesAsText("subject")
                    .contains(subject)) {
                return true;
            }
            sleep();
        }
        return false;
    }

    static boolean awaitMail(String subject) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            if (!MailCatcher.withSubject(subject).isEmpty()) {
                return true;
            }
            sleep();
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
