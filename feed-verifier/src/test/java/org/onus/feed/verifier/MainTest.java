package org.onus.feed.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void a_valid_feed_exits_zero_and_a_tampered_one_does_not() throws Exception {
        Path doc = write("feed.json", DetachedJwsTest.DOC);
        Path sig = write(
                "feed.json.jws",
                DetachedJws.sign(DetachedJwsTest.DOC, DetachedJwsTest.KEY).getBytes());
        Path jwks = write(
                "jwks.json",
                new JWKSet(DetachedJwsTest.KEY.toPublicJWK()).toString().getBytes());

        assertThat(run("--jwks", jwks.toString(), "--signature", sig.toString(), doc.toString()))
                .isEqualTo(Main.VALID);
        assertThat(out.toString()).contains("VALID").contains("onus-2026-1");

        byte[] changed = DetachedJwsTest.DOC.clone();
        changed[changed.length - 3] ^= 1;
        Path tampered = write("tampered.json", changed);
        assertThat(run("--jwks", jwks.toString(), "--signature", sig.toString(), tampered.toString()))
                .isEqualTo(Main.TAMPERED);
        assertThat(err.toString()).contains("INVALID").contains("changed after signing");
    }

    @Test
    void an_unknown_key_and_bad_usage_have_their_own_exit_status() throws Exception {
        Path doc = write("feed.json", DetachedJwsTest.DOC);
        Path sig = write(
                "feed.json.jws",
                DetachedJws.sign(DetachedJwsTest.DOC, DetachedJwsTest.OTHER).getBytes());
        Path jwks = write(
                "jwks.json",
                new JWKSet(DetachedJwsTest.KEY.toPublicJWK()).toString().getBytes());
        assertThat(run("--jwks", jwks.toString(), "--signature", sig.toString(), doc.toString()))
                .isEqualTo(Main.UNKNOWN_KEY);
        assertThat(run("--signature", sig.toString(), doc.toString())).isEqualTo(Main.USAGE);
        assertThat(run("--jwks", jwks.toString(), "--signature", "missing.jws", doc.toString()))
                .isEqualTo(Main.NO_INPUT);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void a_private_key_given_as_trust_is_reduced_to_its_public_part() {
        JWKSet set = Keys.parsePublic(DetachedJwsTest.KEY.toJSONString());
        assertThat(set.getKeys())
                .singleElement()
                .satisfies(k -> assertThat(k.isPrivate()).isFalse());
    }
}
