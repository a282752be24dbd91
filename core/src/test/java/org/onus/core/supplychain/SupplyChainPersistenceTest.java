package org.onus.core.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.entry.Entry;
import org.onus.core.persistence.MigratedH2;

/**
 * The registry and the maps against the real schema (the Flyway migrations on H2, which Hibernate
 * validates the mapping against): a supplier with a facility and a document, and a map saved twice,
 * read back in a fresh session exactly as saved.
 */
class SupplyChainPersistenceTest {

    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    static SessionFactory factory;

    @BeforeAll
    static void schema() throws SQLException {
        JdbcDataSource dataSource = MigratedH2.dataSource("supplychain");
        factory = MigratedH2.sessions(
                dataSource,
                Supplier.class,
                Facility.class,
                SupplierDocument.class,
                SupplyChainMap.class,
                MapVersion.class,
                Entry.class);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aSupplierAndAMapSavedTwiceReadBackAsSaved() {
        Supplier s = SupplyChainMapTest.supplier("Shache Ginning", "653125", "CN2026ABC");
        Facility f = s.addFacility(
                new SupplierDraft.FacilityDraft("Yarkand gin", "Yard 2", "653125", "CN2026FAC")
                        .check(SupplyChainMapTest.REGIONS),
                "importer-a",
                AT);
        s.addDocument(
                new SupplierDocument(f.id(), "Licence", "l.pdf", "application/pdf", 12, "ab".repeat(32), "a", AT));
        MapDraft.Checked first = SupplyChainMapTest.map(
                        "T-shirt", List.of(SupplyChainMapTest.input("3", s, f.id().toString(), "5201", null)))
                .check(id -> Optional.of(s), SupplyChainMapTest.REGIONS);
        SupplyChainMap m = SupplyChainMap.create("ACME", first, "importer-a", AT);
        factory.inTransaction(session -> {
            session.persist(s);
            session.persist(m);
        });
        UUID mapId = m.id();
        factory.inTransaction(session -> {
            SupplyChainMap loaded = session.find(SupplyChainMap.class, mapId);
            loaded.save(
                    SupplyChainMapTest.map(
                                    "T-shirt v2",
                                    List.of(
                                            SupplyChainMapTest.input("3", s, null, "5201", "650000"),
                                            SupplyChainMapTest.input("1", s, null, "6006", "VN")))
                            .check(id -> Optional.of(s), SupplyChainMapTest.REGIONS),
                    1,
                    "importer-a",
                    AT.plusSeconds(60));
        });

        factory.inSession(session -> {
            Supplier back = session.find(Supplier.class, s.id());
            assertThat(back.aliases()).containsExactly("Alias Shache Ginning");
            assertThat(back.facilities())
                    .singleElement()
                    .extracting(Facility::name)
                    .isEqualTo("Yarkand gin");
            assertThat(back.documents())
                    .singleElement()
                    .extracting(SupplierDocument::facilityId)
                    .isEqualTo(f.id());
            assertThat(back.registrationScheme()).isEqualTo(RegistrationScheme.USCC);

            SupplyChainMap loaded = session.find(SupplyChainMap.class, mapId);
            assertThat(loaded.latestVersion()).isEqualTo(2);
            assertThat(loaded.name()).isEqualTo("T-shirt v2");
            assertThat(loaded.versions()).extracting(MapVersion::number).containsExactly(1, 2);
            MapVersion v1 = loaded.version(1).orElseThrow();
            assertThat(v1.inputs()).singleElement().satisfies(i -> {
                assertThat(i.facilityId()).isEqualTo(f.id());
                assertThat(i.regionCode()).isEqualTo("653125");
                assertThat(i.quantity()).isEqualByComparingTo("1200");
                assertThat(i.unit()).isEqualTo("KG");
            });
            assertThat(loaded.version(2).orElseThrow().inputs())
                    .extracting(MapInput::regionCode)
                    .containsExactly("650000", "VN");
        });
    }
}
