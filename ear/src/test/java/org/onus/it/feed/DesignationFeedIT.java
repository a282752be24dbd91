package org.onus.it.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.feed.verifier.DetachedJws;
import org.onus.feed.verifier.FeedVerificationException;
import org.onus.feed.verifier.Keys;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * The signed designation feed end to end: the authority's list version downloaded as published,
 * verified with the verifier's classes against the public JWKS, refused when one byte changes;
 * and another authority's feed, signed with a key made here, imported as drafts once its public
 * key is registered — drafts that stay unpublished until the four-eyes review.
 */
@OnusIT
@RunAsClient
class DesignationFeedIT {

    static final URI FEED = ItConfig.portal("/api/v1/designation-feed/");
    static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aPublishedListVersionIsSignedAndAPlainDownloadVerifiesByteForByte() throws Exception {
        DesignationFixtures.publish(
                "Feed test " + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        int latest = Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions")))
                .get(0)
                .get("number")
                .asInt();

        HttpResponse<byte[]> document = Http.download(FEED.resolve("versions/" + latest), null);
        assertThat(document.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> signature = Http.download(FEED.resolve("versions/" + latest + "/signature"), null);
        assertThat(signature.statusCode()).isEqualTo(200);
        assertThat(signature.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/jose"));
        HttpResponse<byte[]> wellKnown = Http.download(ItConfig.portal("/.well-known/jwks.json"), null);
        assertThat(wellKnown.statusCode()).isEqualTo(200);
        JWKSet keys = Keys.parsePublic(new String(wellKnown.body(), StandardCharsets.UTF_8));
        assertThat(keys.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());

        JsonNode parsed = JSON.readTree(document.body());
        assertThat(parsed.get("format").asText()).isEqualTo("onus-designation-feed");
        assertThat(parsed.get("listVersion").asInt()).isEqualTo(latest);
        assertThat(parsed.get("designations").size()).isPositive();

        String jws = new String(signature.body(), StandardCharsets.US_ASCII);
        DetachedJws.Verified verified = DetachedJws.verify(document.body(), jws, keys);
        assertThat(keys.getKeyByKeyId(verified.keyId())).isNotNull();
        String inHeader = document.headers().firstValue("Feed-Signature").orElseThrow();
        assertThat(DetachedJws.verify(document.body(), inHeader, keys).keyId()).isEqualTo(verified.keyId());

        byte[] tampered = document.body().clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("\"listVersion\":") + 14;
        tampered[at] = (byte) (tampered[at] == '9' ? '8' : tampered[at] + 1);
        assertThatThrownBy(() -> DetachedJws.verify(tampered, jws, keys))
                .isInstanceOf(FeedVerificationException.class)
                .extracting(e -> ((FeedVerificationException) e).reason())
                .isEqualTo(FeedVerificationException.Reason.TAMPERED);

        HttpResponse<byte[]> csv = Http.download(FEED.resolve("versions/" + latest + "?format=csv"), null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("list_version,published_at,");
        String csvSignature = new String(
                Http.download(FEED.resolve("versions/" + latest + "/signature?format=csv"), null)
                        .body(),
                StandardCharsets.US_ASCII);
        assertThat(DetachedJws.verify(csv.body(), csvSignature, keys).keyId()).isEqualTo(verified.keyId());
        assertThatThrownBy(() -> DetachedJws.verify(document.body(), csvSignature, keys))
                .isInstanceOf(FeedVerificationException.class);

        assertThat(Http.get(FEED.resolve("versions/999999")).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherAuthoritysSignedFeedIsImportedAsDraftsOnlyWithItsRegisteredKey() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        ECKey partner =
                new ECKeyGenerator(Curve.P_256).keyID("partner-" + marker).generate();
        ECKey stranger =
                new ECKeyGenerator(Curve.P_256).keyID("stranger-" + marker).generate();
        String regulator = Tokens.of("regulator");

        // Registering is for regulators, and audited.
        String registration = JSON.writeValueAsString(java.util.Map.of(
                "name", "Partner authority " + marker, "jwks", new JWKSet(partner.toPublicJWK()).toString()));
        assertThat(Http.postJson(FEED.resolve("authorities"), Tokens.of("importer-a"), registration)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> registered = Http.postJson(FEED.resolve("authorities"), regulator, registration);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String authority = Http.json(registered).get("id").asText();
        assertThat(Http.json(registered).get("keyIds").get(0).asText()).isEqualTo("partner-" + marker);
        assertThat(Http.postJson(FEED.resolve("authorities"), regulator, registration)
                        .statusCode())
                .as("the same name twice")
                .isEqualTo(409);

        byte[] document = ("{\"format\":\"onus-designation-feed\",\"formatVersion\":1,"
                        + "\"authority\":{\"id\":\"partner\",\"name\":\"Partner authority\"},\"listVersion\":12,"
                        + "\"publishedAt\":\"2026-11-30T09:00:00Z\",\"change\":\"Published\",\"designations\":["
                        + "{\"id\":\"P-" + marker + "-1\",\"seriesId\":\"s1\",\"version\":2,"
                        + "\"title\":\"Partner: Xinjiang cotton " + marker + "\",\"regionCodes\":[\"650000\"],"
                        + "\"sectorCodes\":[\"COTTON\"],\"policyIds\":[\"their-policy-7\"],"
                        + "\"effectiveFrom\":\"2026-12-01\",\"effectiveTo\":null},"
                        + "{\"id\":\"P-" + marker + "-2\",\"seriesId\":\"s2\",\"version\":1,"
                        + "\"title\":\"Partner: unknown region " + marker + "\",\"regionCodes\":[\"XX-999\"],"
                        + "\"sectorCodes\":[\"COTTON\"],\"policyIds\":[],"
                        + "\"effectiveFrom\":\"2026-12-01\",\"effectiveTo\":null}]}")
                .getBytes(StandardCharsets.UTF_8);
        String signature = DetachedJws.sign(document, partner);

        // Changed by one byte after signing: refused, nothing stored.
        byte[] tampered = document.clone();
        tampered[tampered.length - 40] ^= 0x01;
        HttpResponse<String> refused = importUpload(regulator, authority, tampered, signature);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("signature").contains("changed after signing");

        // Signed by a key the authority was never registered with: refused as such.
        HttpResponse<String> unknown =
                importUpload(regulator, authority, document, DetachedJws.sign(document, stranger));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("stranger-" + marker).contains("not among the trusted keys");

        // An importer may not import.
        assertThat(importUpload(Tokens.of("importer-a"), authority, document, signature)
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> imported = importUpload(regulator, authority, document, signature);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode result = Http.json(imported);
        assertThat(result.get("signedBy").asText()).isEqualTo("partner-" + marker);
        assertThat(result.get("drafted").asInt()).isEqualTo(1);
        assertThat(result.get("refused").asInt()).isEqualTo(1);
        JsonNode drafted = result.get("items").get(0);
        assertThat(drafted.get("outcome").asText()).isEqualTo("DRAFTED");
        JsonNode notImported = result.get("items").get(1);
        assertThat(notImported.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(notImported.get("problems").get(0).get("code").asText()).isEqualTo("regionCodes");
        assertThat(notImported.get("problems").get(0).get("message").asText()).contains("XX-999");

        // The draft waits for the usual four-eyes review: regulators see it, the public does not.
        String id = drafted.get("designationId").asText();
        HttpResponse<String> draft = Http.getWithToken(ItConfig.portal("/api/v1/designations/" + id), regulator);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(Http.json(draft).get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.body()).contains("Partner authority " + marker).contains("P-" + marker + "-1");
        assertThat(Http.get(ItConfig.portal("/api/v1/designations/" + id)).statusCode())
                .isEqualTo(404);

        // The same feed again drafts nothing new.
        JsonNode again = Http.json(importUpload(regulator, authority, document, signature));
        assertThat(again.get("drafted").asInt()).isZero();
        assertThat(again.get("alreadyImported").asInt()).isEqualTo(1);
        assertThat(again.get("items").get(0).get("designationId").asText()).isEqualTo(id);

        // Fetching by URL is off until an operator names the hosts (no server-side request forgery).
        HttpResponse<String> byUrl = Http.postJson(
                FEED.resolve("imports"),
                regulator,
                "{\"authority\":\"" + authority + "\",\"documentUrl\":\"http://169.254.169.254/latest\"}");
        assertThat(byUrl.statusCode()).isEqualTo(400);
        assertThat(byUrl.body()).contains("documentUrl").contains("ONUS_FEED_IMPORT_ALLOWED_HOSTS");
    }

    static HttpResponse<String> importUpload(String token, String authority, byte[] document, String signature) {
        return Http.postMultipart(
                FEED.resolve("imports"),
                token,
                new Multipart()
                        .field("authority", authority)
                        .file("document", "feed.json", "application/json", document)
                        .file(
                                "signature",
                                "feed.json.jws",
                                "application/jose",
                                signature.getBytes(StandardCharsets.US_ASCII)));
    }
}
