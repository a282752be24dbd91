package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationListChanged;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationRepository;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.DesignationServices;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.sector.Sector;
import org.onus.core.sector.SectorRepository;
import org.onus.core.sector.SectorScopeChanged;
import org.onus.core.sector.SectorService;
import org.onus.core.sector.SectorServices;

/**
 * Two nodes on one database, each with its own screening index: a change made on one node that
 * alters what screening answers reaches the other within the version-check interval, because it
 * moves the designation list's number, which is all the other node watches.
 */
class ScreeningOnTwoNodesTest {

    static final Actor ADMIN = Actor.of("admin", "Admin", Set.of(Role.ADMIN), null);
    static final LocalDate ARRIVAL = LocalDate.parse("2027-01-15");
    /** Woven cotton fabric from Shache, Xinjiang: cotton, but not under the sector's first definition. */
    static final List<ScreenedItem> FABRIC = List.of(new ScreenedItem(0, 1, "520811", "653125", null));

    /** The shared database: what every node reads. */
    final Map<String, Sector> sectors = new LinkedHashMap<>();

    final Map<UUID, Designation> designations = new LinkedHashMap<>();
    final List<DesignationListVersion> listVersions = new ArrayList<>();

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final ScreeningIndexes nodeA = new ScreeningIndexes(new Database(), 2000, nanos::get);
    final ScreeningIndexes nodeB = new ScreeningIndexes(new Database(), 2000, nanos::get);

    DesignationService designationService;
    SectorService sectorService;

    /** What a node reads an index from: the shared database, as ScreeningIndexSource does. */
    final class Database implements ScreeningIndexes.Source {
        @Override
        public int latestListNumber() {
            return listVersions.size();
        }

        @Override
        public ScreeningIndex load() {
            List<ScreeningRule> rules = designations.values().stream()
                    .filter(d -> DesignationStatus.PUBLIC.contains(d.status()))
                    .map(d -> ScreeningRule.of(d, code -> Optional.ofNullable(sectors.get(code))))
                    .toList();
            return ScreeningIndex.build(listVersions.size(), rules, Fixtures.TREE);
        }
    }

    @BeforeEach
    void oneDesignationOnTheList() {
        sectors.put("COTTON", Sector.define(new Sector.Definition("COTTON", "Cotton", null, List.of("5201"), false)));
        sectors.put(
                "APPAREL", Sector.define(new Sector.Definition("APPAREL", "Apparel", null, List.of("6109"), false)));
        sectors.put("TOMATO", Sector.define(new Sector.Definition("TOMATO", "Tomato", null, List.of("2002"), false)));
        AuditTrail audit = new AuditTrail() {
            @Override
            public AuditEvent record(
                    Actor actor, String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                return null;
            }

            @Override
            public AuditEvent recordSystem(
                    String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                return null;
            }
        };
        DesignationRepository repository = new DesignationRepository() {
            @Override
            public Optional<Designation> find(UUID id) {
                return Optional.ofNullable(designations.get(id));
            }

            @Override
            public List<Designation> withStatus(Collection<DesignationStatus> statuses) {
                return designations.values().stream()
                        .filter(d -> statuses.contains(d.status()))
                        .toList();
            }

            @Override
            public boolean anyNames(String sectorCode, Collection<DesignationStatus> statuses) {
                return withStatus(statuses).stream()
                        .anyMatch(d -> d.sectorCodes().contains(sectorCode));
            }

            @Override
            public int latestListNumber() {
                return listVersions.size();
            }

            @Override
            public long storeChange(DesignationListVersion version, java.util.Collection<Designation> changed) {
                listVersions.add(version);
                return designations.values().stream()
                        .filter(d -> d.status() == DesignationStatus.PUBLISHED)
                        .count();
            }
        };
        designationService = DesignationServices.wired(
                repository,
                audit,
                new Events<DesignationListChanged>(changed -> {}),
                Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        SectorRepository sectorRepository = new SectorRepository() {
            @Override
            public List<Sector> findAll() {
                return List.copyOf(sectors.values());
            }

            @Override
            public Optional<Sector> find(String code) {
                return Optional.ofNullable(sectors.get(code));
            }

            @Override
            public void store(Sector sector) {
                sectors.put(sector.code(), sector);
            }
        };
        // The container delivers the event to the designation service in the same transaction.
        sectorService = SectorServices.wired(
                sectorRepository, audit, new Events<SectorScopeChanged>(designationService::sectorScopeChanged));

        Designation cotton = DesignationServices.approvedXinjiangCotton();
        designations.put(cotton.id(), cotton);
        designationService.publish(cotton.id());
    }

    private void later(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void aSectorNowCoveringOtherGoodsReachesTheOtherNodeWithinTheInterval() {
        assertThat(nodeA.current().screen(ARRIVAL, FABRIC)).isEmpty();
        assertThat(nodeB.current().screen(ARRIVAL, FABRIC)).isEmpty();

        // On node A an administrator adds woven cotton fabric to the cotton sector.
        sectorService.redefine(
                ADMIN, "COTTON", 0, new Sector.Definition("COTTON", "Cotton", null, List.of("5201", "5208"), false));
        later(2001);

        assertThat(nodeB.current().screen(ARRIVAL, FABRIC))
                .as("node B, which knew nothing of the edit, screens with the new definition")
                .extracting(Match::hsCode)
                .containsExactly("520811");
        assertThat(nodeA.current().screen(ARRIVAL, FABRIC)).hasSize(1);
        assertThat(listVersions)
                .last()
                .extracting(DesignationListVersion::change)
                .isEqualTo("Sector COTTON now covers HS 5201, 5208 (was 5201)");
    }

    @Test
    void aChangeScreeningDoesNotReadMakesNoListVersion() {
        int before = listVersions.size();

        sectorService.redefine(
                ADMIN, "COTTON", 0, new Sector.Definition("COTTON", "Raw cotton", "Lint", List.of("5201"), true));
        sectorService.redefine(
                ADMIN, "TOMATO", 0, new Sector.Definition("TOMATO", "Tomato", null, List.of("2002", "2103"), false));

        assertThat(listVersions)
                .as("a new name, and a sector no designation names, change nothing screening answers")
                .hasSize(before);
    }

    /** Delivers each event at once, as a synchronous observer in the same transaction. */
    static final class Events<T> implements Event<T> {
        private final Consumer<T> observer;

        Events(Consumer<T> observer) {
            this.observer = observer;
        }

        @Override
        public void fire(T event) {
            observer.accept(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
