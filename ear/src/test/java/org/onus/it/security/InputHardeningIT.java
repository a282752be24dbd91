package org.onus.it.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Hostile or merely unusual input at the edges (upload file names, the sign-in return address)
 * is answered with 400 saying what is wrong, never a 500, and names from other scripts are kept
 * exactly as the person's computer called the file.
 */
@OnusIT
@RunAsClient
class InputHardeningIT {

    static final URI EVIDENCE = ItConfig.portal("/api/v1/evidence");
    static final URI UPR_RECORDS = ItConfig.portal("/api/v1/upr/records");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aLineBreakInTheFileNameIsA400NotA500() {
        for (String name : new String[] {"report\r.pdf", "report\n.pdf", "report\r\nX-Evil: 1.pdf"}) {
            HttpResponse<String> answer = Http.postMultipart(
                    EVIDENCE, Tokens.of("regulator"), describe().file("file", name, "application/pdf", pdf()));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("\"file\"").doesNotContain("Exception");
        }
    }

    @Test
    void aBidiOverrideInTheFileNameIsRefusedNamingTheField() {
        HttpResponse<String> answer = Http.postMultipart(
                EVIDENCE,
                Tokens.of("regulator"),
                describe().file("file", "invoice\u202Efdp.exe", "application/pdf", pdf()));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = Http.json(answer);
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("file");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("direction of the text");
    }

    @Test
    void theUprImportRefusesTheSameNames() {
        HttpResponse<String> answer = Http.postMultipart(
                UPR_RECORDS,
                Tokens.of("upr-drafter"),
                new Multipart().file("file", "records\u2067.csv", "text/csv", "a,b\n".getBytes(UTF_8)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(Http.json(answer).get("errors").get(0).get("code").asText()).isEqualTo("file");
    }

    @Test
    void aChineseFileNameSentAsRawUtf8IsKeptExactly() {
        String marker = marker();
        HttpResponse<String> created = Http.postMultipart(
                EVIDENCE,
                Tokens.of("regulator"),
                describe("发票 " + marker).file("file", "发票.pdf", "application/pdf", pdf(marker)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode item = Http.json(created);
        assertThat(item.get("fileName").asText()).isEqualTo("发票.pdf");
        assertThat(item.get("title").asText()).isEqualTo("发票 " + marker);

        HttpResponse<byte[]> download =
                Http.download(ItConfig.portal(item.get("content").asText()), Tokens.of("regulator"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("filename*=UTF-8''%E5%8F%91%E7%A5%A8.pdf"));
    }

    @Test
    void anRfc5987FileNameIsDecodedAndPreferred() {
        String marker = marker();
        String boundary = "----onus-it-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {
            {"type", "STATE_DOCUMENT"},
            {"title", "Facture " + marker},
            {"source", "Integration test"},
            {"date", "2026-01-15"},
            {"accessClass", "PUBLIC"}
        }) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(UTF_8));
        }
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"facture.pdf\";"
                                + " filename*=UTF-8''r%C3%A9sum%C3%A9%20%E5%8F%91%E7%A5%A8.pdf\r\nContent-Type: application/pdf\r\n\r\n")
                        .getBytes(UTF_8));
        body.writeBytes(pdf(marker));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));

        HttpResponse<String> created = Http.send(
                "POST",
                EVIDENCE,
                Tokens.of("regulator"),
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Http.json(created).get("fileName").asText()).isEqualTo("résumé 发票.pdf");
    }

    @Test
    void aMalformedReturnAddressIsA400PageNotA500() {
        for (String next :
                new String[] {"%09x", "/%5Cevil", "/%09x", "/a%5Cb", "/x%0D%0ASet-Cookie:%20a=b", "/a%20b%25zz"}) {
            HttpResponse<String> answer = Http.get(ItConfig.portal("/login?next=" + next), "Accept", "text/html");

            assertThat(answer.statusCode()).as(next).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(next)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(answer.body()).as(next).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void aForeignButWellFormedReturnAddressStillGoesHome() {
        for (String next : new String[] {"https://evil.example/", "//evil.example/x"}) {
            HttpResponse<String> answer = Http.get(ItConfig.portal("/login?next=" + next));

            assertThat(answer.statusCode()).as(next).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location"))
                    .as(next)
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login/continue"));
        }
    }

    private static Multipart describe() {
        return describe("Input hardening " + marker());
    }

    private static Multipart describe(String title) {
        return new Multipart()
                .field("type", "STATE_DOCUMENT")
                .field("title", title)
                .field("source", "Integration test")
                .field("date", "2026-01-15")
                .field("language", "en")
                .field("accessClass", "PUBLIC");
    }

    private static byte[] pdf() {
        return pdf(marker());
    }

    private static byte[] pdf(String marker) {
        return (new String(SampleFiles.pdf(), UTF_8) + "% " + marker + "\n").getBytes(UTF_8);
    }

    private static String marker() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
