package org.onus.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.onus.web.api.DesignationViews.DesignationView;
import org.onus.web.api.DesignationViews.PolicyRef;
import org.onus.web.api.DesignationViews.ProducerView;
import org.onus.web.api.DesignationViews.RegionRef;
import org.onus.web.api.DesignationViews.SectorRef;

/**
 * The whole list in force is written a part at a time (issue 14: 10,000 designations made a 4.8 MB
 * document held in memory at once). Clients written to the contract must get the same document.
 */
class DesignationListDocumentTest {

    final DesignationViews views = new DesignationViews();

    @Test
    void theListWrittenInPartsIsTheDocumentJsonBindingMakesOfTheWholeList() {
        List<DesignationView> list = designations(7);

        String streamed = json(List.of(list.subList(0, 3), list.subList(3, 3), list.subList(3, 7)));

        assertThat(streamed).isEqualTo(JsonBinding.shared().toJson(list));
        assertThat(json(List.of())).isEqualTo(JsonBinding.shared().toJson(List.of()));
    }

    @Test
    void theCsvWrittenInPartsIsTheCsvOfTheWholeList() {
        List<DesignationView> list = designations(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        views.csv(List.of(list.subList(0, 2), list.subList(2, 5)), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(views.csv(list));
        assertThat(csv.lines()).hasSize(6).first().asString().startsWith("id,version,title,status");
        assertThat(csv).contains("\"Cotton, \"\"quoted\"\" 4\"");
    }

    private String json(List<List<DesignationView>> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        views.json(parts, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<DesignationView> designations(int n) {
        List<DesignationView> list = new ArrayList<>();
        IntStream.range(0, n)
                .forEach(i -> list.add(new DesignationView(
                        UUID.randomUUID(),
                        1 + i % 2,
                        "Cotton, \"quoted\" " + i,
                        "PUBLISHED",
                        List.of(new RegionRef("650000", "Xinjiang — 新疆")),
                        List.of(new SectorRef("COTTON", "Cotton", List.of("5201", "5205"))),
                        LocalDate.of(2027, 1, 1),
                        i % 2 == 0 ? null : LocalDate.of(2028, 1, 1),
                        List.of(new PolicyRef(UUID.randomUUID(), "Labour transfer", "IN_FORCE")),
                        List.of(new ProducerView(
                                "Producer " + i, "650000", List.of("Alias"), List.of(), List.of(), List.of())))));
        return list;
    }
}
