package org.onus.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.problem.InvalidInputException;

class FeedDocumentTest {

    static final FeedDocument.Authority ONUS = new FeedDocument.Authority("onus", "Onus \"designating\" authority");
    static final UUID POLICY = UUID.fromString("11111111-2222-3333-4444-555555555555");

    static DesignationListVersion sample() {
        return FeedFixtures.version(
                7,
                Instant.parse("2026-11-02T10:15:30.123456789Z"),
                "Published Xinjiang cotton (version 1)",
                List.of(
                        FeedFixtures.listed(
                                "Xinjiang — cotton, tomatoes\nand polysilicon",
                                "CN-XJ",
                                "COTTON POLYSILICON",
                                LocalDate.of(2026, 1, 1),
                                null,
                                POLICY),
                        FeedFixtures.listed(
                                "Région autonome",
                                "CN-XZ",
                                "ALL_GOODS",
                                LocalDate.of(2026, 3, 1),
                                LocalDate.of(2027, 2, 28))));
    }

    @Test
    void the_json_document_is_the_same_bytes_every_time_and_reads_back() throws Exception {
        byte[] a = FeedDocument.json(ONUS, sample());
        byte[] b = FeedDocument.json(ONUS, sample());
        assertThat(a).isEqualTo(b);
        String text = new String(a, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("{\"format\":\"onus-designation-feed\",\"formatVersion\":1,\"authority\":{\"id\":\"onus\"")
                .contains("\"publishedAt\":\"2026-11-02T10:15:30.123456Z\"")
                .contains("\"effectiveTo\":null")
                .contains("\\nand polysilicon")
                .contains("Région autonome")
                .doesNotEndWith("\n");

        Map<String, Object> parsed = JSONObjectUtils.parse(text);
        assertThat(parsed.get("listVersion")).isEqualTo(7L);
        assertThat(((Map<?, ?>) parsed.get("authority")).get("name")).isEqualTo(ONUS.name());

        FeedDocument.Feed feed = FeedDocument.read(a);
        assertThat(feed.listVersion()).isEqualTo(7);
        assertThat(feed.authority()).isEqualTo(ONUS);
        assertThat(feed.designations()).hasSize(2);
        FeedDocument.Item first = feed.designations().get(0);
        assertThat(first.title()).isEqualTo("Xinjiang — cotton, tomatoes\nand polysilicon");
        assertThat(first.regionCodes()).containsExactly("CN-XJ");
        assertThat(first.sectorCodes()).containsExactly("COTTON", "POLYSILICON");
        assertThat(first.policyIds()).containsExactly(POLICY.toString());
        assertThat(first.effectiveFrom()).isEqualTo("2026-01-01");
        assertThat(first.effectiveTo()).isNull();
        assertThat(feed.designations().get(1).effectiveTo()).isEqualTo("2027-02-28");
    }

    @Property(tries = 200)
    void any_title_survives_the_round_trip(@ForAll @StringLength(max = 80) String title) {
        DesignationListVersion v = FeedFixtures.version(
                1,
                Instant.EPOCH,
                "c",
                List.of(FeedFixtures.listed(title, "CN-XJ", "COTTON", LocalDate.of(2026, 1, 1), null)));
        assertThat(FeedDocument.read(FeedDocument.json(ONUS, v))
                        .designations()
                        .get(0)
                        .title())
                .isEqualTo(title);
    }

    @Test
    void the_csv_has_a_header_and_one_row_per_designation() {
        String csv = new String(FeedDocument.csv(sample()), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", FeedDocument.CSV_COLUMNS));
        assertThat(csv).contains("COTTON POLYSILICON").contains("\"Xinjiang — cotton, tomatoes\nand polysilicon\"");
        assertThat(FeedDocument.csv(sample())).isEqualTo(FeedDocument.csv(sample()));
    }

    @Test
    void what_is_not_a_feed_is_refused_on_the_document_field() {
        assertThatThrownBy(() -> FeedDocument.read("not json".getBytes()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> FeedDocument.read("{\"format\":\"x\"}".getBytes()))
                .hasMessageContaining("format");
        assertThatThrownBy(() ->
                        FeedDocument.read("{\"format\":\"onus-designation-feed\",\"formatVersion\":2}".getBytes()))
                .hasMessageContaining("formatVersion 1");
    }
}
