package org.onus.feed.verifier;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads trusted public keys: a JWKS ({@code {"keys":[...]}}) or a single JWK. */
public final class Keys {

    private Keys() {}

    /**
     * @throws IllegalArgumentException when the text is neither, or holds a private key part
     */
    public static JWKSet parsePublic(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("Give a JWKS or a JWK");
        }
        JWKSet set;
        try {
            Map<String, Object> parsed = com.nimbusds.jose.util.JSONObjectUtils.parse(json);
            set = parsed.containsKey("keys") ? JWKSet.parse(parsed) : new JWKSet(JWK.parse(parsed));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("Not a JWKS or JWK: " + e.getMessage(), e);
        }
        List<JWK> keys = new ArrayList<>();
        for (JWK key : set.getKeys()) {
            if (key.getKeyID() == null || key.getKeyID().isBlank()) {
                throw new IllegalArgumentException("Every key needs a key id (kid); signatures name their key by it");
            }
            keys.add(key.toPublicJWK());
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("The key set holds no key");
        }
        return new JWKSet(keys);
    }
}
