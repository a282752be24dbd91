package org.onus.feed.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DetachedJwsTest {

    static final ECKey KEY = generate("onus-2026-1");
    static final ECKey OTHER = generate("other-1");
    static final byte[] DOC = "{\"format\":\"onus-designation-feed\",\"listVersion\":3,\"title\":\"Région Ü\"}"
            .getBytes(StandardCharsets.UTF_8);

    static ECKey generate(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_signature_is_detached_unencoded_and_names_its_key() throws Exception {
        String jws = DetachedJws.sign(DOC, KEY);
        String[] parts = jws.split("\\.", -1);
        assertThat(parts).hasSize(3);
        assertThat(parts[1]).isEmpty();
        String header = Base64URL.from(parts[0]).decodeToString();
        assertThat(header)
                .contains("\"b64\":false")
                .contains("\"crit\":[\"b64\"]")
                .contains("\"kid\":\"onus-2026-1\"")
                .contains("ES256");
        assertThat(DetachedJws.verify(DOC, jws, new JWKSet(KEY.toPublicJWK())))
                .isEqualTo(new DetachedJws.Verified("onus-2026-1", "ES256"));
    }

    @Test
    void an_old_key_kept_in_the_set_still_verifies_after_rotation() throws Exception {
        String jws = DetachedJws.sign(DOC, OTHER);
        JWKSet both = new JWKSet(java.util.List.of(KEY.toPublicJWK(), OTHER.toPublicJWK()));
        assertThat(DetachedJws.verify(DOC, jws, both).keyId()).isEqualTo("other-1");
    }

    @Test
    void an_unknown_key_is_refused_as_such() {
        String jws = DetachedJws.sign(DOC, OTHER);
        assertThatThrownBy(() -> DetachedJws.verify(DOC, jws, new JWKSet(KEY.toPublicJWK())))
                .isInstanceOf(FeedVerificationException.class)
                .hasMessageContaining("other-1")
                .extracting(e -> ((FeedVerificationException) e).reason())
                .isEqualTo(FeedVerificationException.Reason.UNKNOWN_KEY);
    }

    @Test
    void a_key_with_the_right_id_but_other_material_does_not_verify() {
        ECKey impostor = generate("onus-2026-1");
        String jws = DetachedJws.sign(DOC, impostor);
        assertThatThrownBy(() -> DetachedJws.verify(DOC, jws, new JWKSet(KEY.toPublicJWK())))
                .extracting(e -> ((FeedVerificationException) e).reason())
                .isEqualTo(FeedVerificationException.Reason.TAMPERED);
    }

    @Test
    void rsa_keys_sign_and_verify_too() throws Exception {
        RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        String jws = DetachedJws.sign(DOC, rsa);
        assertThat(DetachedJws.verify(DOC, jws, new JWKSet(rsa.toPublicJWK())).algorithm())
                .isEqualTo("RS256");
    }

    @Test
    void an_attached_or_malformed_signature_is_refused() {
        assertThatThrownBy(() -> DetachedJws.verify(DOC, "abc", new JWKSet(KEY.toPublicJWK())))
                .extracting(e -> ((FeedVerificationException) e).reason())
                .isEqualTo(FeedVerificationException.Reason.MALFORMED);
        String jws = DetachedJws.sign(DOC, KEY);
        String attached = jws.replace("..", ".eyJ4IjoxfQ.");
        assertThatThrownBy(() -> DetachedJws.verify(DOC, attached, new JWKSet(KEY.toPublicJWK())))
                .extracting(e -> ((FeedVerificationException) e).reason())
                .isEqualTo(FeedVerificationException.Reason.MALFORMED);
    }

    @Test
    void an_unsigned_alg_none_header_never_verifies() {
        String none = Base64URL.encode("{\"alg\":\"none\",\"kid\":\"onus-2026-1\"}") + "..";
        assertThatThrownBy(() -> DetachedJws.verify(DOC, none, new JWKSet(KEY.toPublicJWK())))
                .isInstanceOf(FeedVerificationException.class);
    }

    @Property(tries = 40)
    void changing_any_one_byte_of_the_document_is_detected(
            @ForAll @IntRange(min = 0, max = 10_000) int where, @ForAll @IntRange(min = 1, max = 255) int delta) {
        String jws = DetachedJws.sign(DOC, KEY);
        byte[] tampered = DOC.clone();
        int i = where % tampered.length;
        tampered[i] = (byte) (tampered[i] + delta);
        assertThatThrownBy(() -> DetachedJws.verify(tampered, jws, new JWKSet(KEY.toPublicJWK())))
                .extracting(e -> ((FeedVerificationException) e).reason())
                .isEqualTo(FeedVerificationException.Reason.TAMPERED);
    }
}
