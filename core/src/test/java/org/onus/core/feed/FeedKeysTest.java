package org.onus.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.feed.verifier.DetachedJws;

class FeedKeysTest {

    @TempDir
    Path dir;

    @Test
    void a_keystore_made_by_keytool_signs_and_its_jwks_verifies() throws Exception {
        Path store = dir.resolve("feed.p12");
        FeedKeys.generate(store, "secret".toCharArray(), "authority-2026");
        var loaded = FeedKeys.read(store, "secret".toCharArray(), null);
        assertThat(loaded.signing().isPrivate()).isTrue();
        assertThat(loaded.signing().getKeyID()).isEqualTo("authority-2026");
        assertThat(loaded.published().getKeys()).singleElement().satisfies(k -> {
            assertThat(k.isPrivate()).isFalse();
            assertThat(k.getKeyID()).isEqualTo("authority-2026");
        });
        byte[] doc = "{\"a\":1}".getBytes();
        String jws = DetachedJws.sign(doc, loaded.signing());
        assertThat(DetachedJws.verify(doc, jws, loaded.published()).keyId()).isEqualTo("authority-2026");
    }

    @Test
    void after_a_rotation_both_keys_are_published_and_the_named_one_signs() throws Exception {
        Path store = dir.resolve("feed.p12");
        FeedKeys.generate(store, "secret".toCharArray(), "key-2025");
        FeedKeys.generate(store, "secret".toCharArray(), "key-2026");
        var current = FeedKeys.read(store, "secret".toCharArray(), "key-2026");
        var old = FeedKeys.read(store, "secret".toCharArray(), "key-2025");
        assertThat(current.published().getKeys()).extracting(JWK::getKeyID).containsExactly("key-2025", "key-2026");
        byte[] doc = "{}".getBytes();
        String signedBefore = DetachedJws.sign(doc, old.signing());
        assertThat(DetachedJws.verify(doc, signedBefore, current.published()).keyId())
                .isEqualTo("key-2025");
        assertThat(current.signing().getKeyID()).isEqualTo("key-2026");
    }

    @Test
    void a_wrong_password_or_key_name_is_a_clear_error() throws Exception {
        Path store = dir.resolve("feed.p12");
        FeedKeys.generate(store, "secret".toCharArray(), "k1");
        assertThatThrownBy(() -> FeedKeys.read(store, "wrong".toCharArray(), null))
                .hasMessageContaining("ONUS_FEED_KEYSTORE_PASSWORD");
        assertThatThrownBy(() -> FeedKeys.read(store, "secret".toCharArray(), "nope"))
                .hasMessageContaining("ONUS_FEED_SIGNING_KEY");
    }
}
