package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.supplychain.Facility;
import org.onus.core.supplychain.MapDraft;
import org.onus.core.supplychain.RegistrationScheme;
import org.onus.core.supplychain.Supplier;
import org.onus.core.supplychain.SupplierDraft;
import org.onus.core.supplychain.SupplyChainMap;

/** The supply-chain pages, rendered with the real templates in English and Chinese. */
class SupplyChainTemplatesTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    static final Actor IMPORTER = Actor.of("importer-a", "A", Set.of(Role.IMPORTER), "ACME");

    /** The aggregates are made by their services; the test reaches their factories directly. */
    static Supplier supplier() throws Exception {
        Method register = Supplier.class.getDeclaredMethod(
                "register", String.class, SupplierDraft.Details.class, String.class, Instant.class);
        register.setAccessible(true);
        Supplier s = (Supplier) register.invoke(
                null,
                "ACME",
                new SupplierDraft(
                                "Shache Ginning",
                                List.of("Yarkand Cotton"),
                                "莎车轧花厂",
                                "91310000MA1FL1MMXL",
                                "USCC",
                                "1 Road",
                                "653125",
                                "CN2026ABC")
                        .check(c -> true),
                "importer-a",
                NOW);
        Method add = Supplier.class.getDeclaredMethod(
                "addFacility", SupplierDraft.FacilityDetails.class, String.class, Instant.class);
        add.setAccessible(true);
        add.invoke(s, new SupplierDraft.FacilityDraft("Yarkand gin", null, "653125", null).check(c -> true), "a", NOW);
        return s;
    }

    static SupplyChainMap map(Supplier s) throws Exception {
        Facility f = s.facilities().get(0);
        MapDraft.Checked checked = new MapDraft(
                        "T-shirt",
                        "6109.10",
                        "Cotton T-shirts",
                        "1000",
                        "PIECE",
                        List.of(new MapDraft.InputDraft(
                                "3",
                                s.id().toString(),
                                f.id().toString(),
                                "Cotton lint",
                                "5201",
                                null,
                                "1200",
                                "KG",
                                "40")))
                .check(id -> Optional.of(s), c -> true);
        Method create = SupplyChainMap.class.getDeclaredMethod(
                "create", String.class, MapDraft.Checked.class, String.class, Instant.class);
        create.setAccessible(true);
        return (SupplyChainMap) create.invoke(null, "ACME", checked, "importer-a", NOW);
    }

    private Document render(String path, String template, Map<String, Object> extra, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", IMPORTER);
        model.put("nav", Navigation.forActor(Optional.of(IMPORTER), "http://localhost:8180/realms/onus"));
        model.put("currentPath", path);
        model.put("lang", locale.getLanguage());
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(locale));
        model.put("csrfToken", "token");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        model.put("form", Form.empty());
        model.putAll(extra);
        return new TemplateHarness(path).render(template, model, locale);
    }

    @Test
    void everyPageRendersInEnglishAndChinese() throws Exception {
        Supplier s = supplier();
        SupplyChainMap m = map(s);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
            Document suppliers = render("/suppliers", "supplychain/suppliers", Map.of("suppliers", List.of(s)), locale);
            assertThat(suppliers.select("#suppliers").text()).contains("Shache Ginning", "653125");

            Document supplier = render(
                    "/suppliers/x",
                    "supplychain/supplier",
                    Map.of(
                            "supplier",
                            s,
                            "facilityForm",
                            Form.empty().withProblem("facility-name", "Name it"),
                            "documentForm",
                            Form.empty(),
                            "fileLost",
                            false,
                            "maxMiB",
                            25L,
                            "accepted",
                            "PDF"),
                    locale);
            assertThat(supplier.select("#supplier-name").text()).isEqualTo("Shache Ginning");
            assertThat(supplier.select("#facility-table").text()).contains("Yarkand gin");
            assertThat(supplier.select("#error-summary a[href=#facility-name]")).hasSize(1);

            Document form = render(
                    "/suppliers/new",
                    "supplychain/supplier-form",
                    Map.of(
                            "form",
                            Form.of(Map.of("registrationScheme", "OTHER")),
                            "schemes",
                            RegistrationScheme.values()),
                    locale);
            assertThat(form.select("#registrationScheme option[selected]").attr("value"))
                    .isEqualTo("OTHER");

            Document maps = render(
                    "/supply-chain-maps", "supplychain/maps", Map.of("maps", List.of(m), "supplierCount", 1), locale);
            assertThat(maps.select("#maps").text()).contains("T-shirt");

            Document map = render(
                    "/supply-chain-maps/x",
                    "supplychain/map",
                    Map.of("map", m, "version", m.latest(), "versions", m.versions(), "form", Form.empty()),
                    locale);
            assertThat(map.select("#map-inputs").text()).contains("Cotton lint", "Shache Ginning", "653125", "1200");
            assertThat(map.select("#file-form input[name=entryNumber]")).hasSize(1);
            assertThat(map.select("#map-versions tbody tr")).hasSize(1);

            Document mapForm = render(
                    "/supply-chain-maps/new",
                    "supplychain/map-form",
                    Map.of(
                            "form",
                            Form.of(Map.of("inputs[0].supplierId", s.id().toString())),
                            "map",
                            m,
                            "rows",
                            List.of(0, 1, 2),
                            "suppliers",
                            List.of(s),
                            "units",
                            MapDraft.UNITS),
                    locale);
            assertThat(mapForm.select("select[id=inputs[0].supplierId] option[selected]")
                            .text())
                    .isEqualTo("Shache Ginning");
            assertThat(mapForm.select("select[id=inputs[2].facilityId] optgroup option")
                            .text())
                    .isEqualTo("Yarkand gin");
        }
        Document zh = render(
                "/supply-chain-maps",
                "supplychain/maps",
                Map.of("maps", List.of(m), "supplierCount", 1),
                Locale.CHINESE);
        assertThat(zh.select("h1").text()).isEqualTo("供应链图");
    }
}
