package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.audit.AuditEvent;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;

/** An import stores a file's rows once, corrects changed ones, and stores nothing from a bad file. */
class UprRecordServiceTest {

    static final Actor DRAFTER = Actor.of("drafter", "Drafter", Set.of(Role.UPR_DRAFTER), null);
    static final Actor AUDITOR = Actor.of("auditor", "Auditor", Set.of(Role.AUDITOR), null);

    final Map<String, UprRecord> stored = new HashMap<>();
    final List<String> audited = new ArrayList<>();
    final UprRecordService service = new UprRecordService();

    @BeforeEach
    void wire() {
        service.records = new UprRecordRepository() {
            @Override
            public Map<String, UprRecord> byIdentity(Collection<String> keys) {
                Map<String, UprRecord> found = new HashMap<>();
                keys.stream().filter(stored::containsKey).forEach(k -> found.put(k, stored.get(k)));
                return found;
            }

            @Override
            public void store(UprRecord record) {
                stored.put(record.identityKey(), record);
            }
        };
        service.audit = new AuditTrail() {
            @Override
            public AuditEvent record(
                    Actor actor, String action, String entityType, String entityId, Snapshot before, Snapshot after) {
                audited.add(action);
                return null;
            }
        };
        service.clock = Clock.fixed(RecommendationTest.NOW, ZoneOffset.UTC);
    }

    static byte[] csv(String... rows) {
        return (UprRecordCsv.header() + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingAndAChangedRowIsCorrected() {
        byte[] file = csv(
                "1,China,Germany,31,3,A/HRC/40/6,28.1,End forced labour,Noted,5,Forced labour",
                ",China,France,31,3,A/HRC/40/6,28.2,Ratify C105,Supported,4,");
        UprRecordService.ImportResult first = service.importCsv(DRAFTER, file, "a.csv");
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.rows()).isEqualTo(2);
        assertThat(audited).containsExactly("upr-record.imported", "upr-record.imported", "upr-records.imported");

        audited.clear();
        UprRecordService.ImportResult again = service.importCsv(DRAFTER, file, "a.csv");
        assertThat(again).extracting("created", "updated", "unchanged").containsExactly(0, 0, 2);
        assertThat(audited).containsExactly("upr-records.imported");

        audited.clear();
        UprRecordService.ImportResult corrected = service.importCsv(
                DRAFTER,
                csv("1,China,Germany,31,3,A/HRC/40/6,28.1,End forced labour,Not accepted,5,Forced labour"),
                "b.csv");
        assertThat(corrected).extracting("created", "updated", "unchanged").containsExactly(0, 1, 0);
        assertThat(stored.get("source:1").responseWording()).isEqualTo("Not accepted");
        assertThat(audited).containsExactly("upr-record.corrected", "upr-records.imported");
    }

    @Test
    void aFileWithOneBadRowStoresNothing() {
        assertThatThrownBy(() -> service.importCsv(
                        DRAFTER,
                        csv(",China,Germany,31,3,,,Fine row,,,", ",China,Germany,31,3,,,Bad category,,9,"),
                        "bad.csv"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(stored).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void onlyDraftersImport() {
        assertThatThrownBy(() -> service.importCsv(AUDITOR, csv(",China,Germany,31,3,,,Text,,,"), "a.csv"))
                .isInstanceOf(ForbiddenActionException.class);
        Actor importer = Actor.of("importer", "Importer", Set.of(Role.IMPORTER), null);
        assertThatThrownBy(() -> service.search(importer, UprFind.EVERYTHING))
                .isInstanceOf(ForbiddenActionException.class);
    }
}
