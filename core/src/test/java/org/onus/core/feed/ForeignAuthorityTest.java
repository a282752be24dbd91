package org.onus.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.feed.verifier.DetachedJws;

class ForeignAuthorityTest {

    static ECKey key(String kid) throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    }

    @Test
    void registering_keeps_only_public_keys_and_a_rotation_adds_without_removing() throws Exception {
        ECKey first = key("k1");
        ForeignAuthority a = ForeignAuthority.register(" Partner ", first.toJSONString(), "regulator", Instant.EPOCH);
        assertThat(a.name()).isEqualTo("Partner");
        assertThat(a.keys().getKeys())
                .singleElement()
                .satisfies(k -> assertThat(k.isPrivate()).isFalse());

        ECKey second = key("k2");
        a.addKeys(new JWKSet(second.toPublicJWK()).toString(), Instant.EPOCH.plusSeconds(1));
        assertThat(a.keyIds()).containsExactly("k1", "k2");
        a.addKeys(first.toPublicJWK().toJSONString(), Instant.EPOCH.plusSeconds(2));
        assertThat(a.keyIds()).as("the same key again changes nothing").containsExactly("k1", "k2");

        assertThatThrownBy(() -> a.addKeys(key("k1").toPublicJWK().toJSONString(), Instant.EPOCH))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("new key id");
    }

    @Test
    void bad_input_names_its_field() {
        assertThatThrownBy(() -> ForeignAuthority.register("", "{not json", "regulator", Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("name", "jwks"));
        assertThatThrownBy(() -> ForeignAuthority.register(
                        "X",
                        new ECKeyGenerator(Curve.P_256).generate().toPublicJWK().toJSONString(),
                        "r",
                        Instant.EPOCH))
                .hasMessageContaining("kid");
    }

    @Test
    void a_foreign_designation_becomes_a_draft_that_says_where_it_came_from() throws Exception {
        ForeignAuthority a =
                ForeignAuthority.register("Partner", key("k1").toPublicJWK().toJSONString(), "r", Instant.EPOCH);
        FeedDocument.Item item = new FeedDocument.Item(
                "P-1", 2, "Cotton", List.of("650000"), List.of("COTTON"), List.of("their-7"), "2026-12-01", null);
        FeedDocument.Feed feed = new FeedDocument.Feed(
                new FeedDocument.Authority("p", "Partner"), 12, "2026-11-30T09:00:00Z", List.of(item));
        DesignationDraft draft = FeedService.draftOf(a, feed, new DetachedJws.Verified("k1", "ES256"), item);
        assertThat(draft.title()).isEqualTo("Cotton");
        assertThat(draft.regionCodes()).containsExactly("650000");
        assertThat(draft.sectorCodes()).containsExactly("COTTON");
        assertThat(draft.policyIds()).as("their policy ids mean nothing here").isEmpty();
        assertThat(draft.legalBasis())
                .contains("Partner")
                .contains("P-1")
                .contains("version 2")
                .contains("12");
        assertThat(draft.rationale()).contains("k1").contains("their-7");
        assertThat(draft.effectiveFrom()).isEqualTo("2026-12-01");
        assertThat(draft.effectiveTo()).isNull();
    }
}
