package org.onus.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class EvidenceItemTest {

    static final Actor REGULATOR = Actor.of("reg", "Reg", Set.of(Role.REGULATOR), null);
    static final Actor AUDITOR = Actor.of("aud", "Aud", Set.of(Role.AUDITOR), null);
    static final Actor OFFICER = Actor.of("off", "Off", Set.of(Role.CUSTOMS_OFFICER), null);
    static final Actor DRAFTER = Actor.of("upr", "Upr", Set.of(Role.UPR_DRAFTER), null);
    static final Actor IMPORTER = Actor.of("imp", "Imp", Set.of(Role.IMPORTER), "ACME");

    @Test
    void aRecordKeepsItsDescriptionTidied() {
        EvidenceItem item = EvidenceItem.recorded(
                description("STATE_DOCUMENT", "PUBLIC", List.of(" Labour Transfer ", "xinjiang", "")),
                REGULATOR,
                Instant.EPOCH);

        assertThat(item.type()).isEqualTo(EvidenceType.STATE_DOCUMENT);
        assertThat(item.title()).isEqualTo("Southern Xinjiang Employment Promotion Project");
        assertThat(item.documentDate()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(item.tags()).containsExactly("labour transfer", "xinjiang");
        assertThat(item.hasFile()).isFalse();
        assertThat(item.createdBy()).isEqualTo("reg");
    }

    @Test
    void witnessTestimonyIsRestrictedByDefault() {
        EvidenceItem item =
                EvidenceItem.recorded(description("WITNESS_STATEMENT", null, List.of()), REGULATOR, Instant.EPOCH);

        assertThat(item.accessClass()).isEqualTo(AccessClass.RESTRICTED);
    }

    @Test
    void witnessTestimonyCannotBeMadePublic() {
        assertThatThrownBy(() -> EvidenceItem.check(description("WITNESS_STATEMENT", "PUBLIC", List.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Witness testimony is always restricted");
    }

    @Test
    void otherEvidenceIsInternalUnlessSaidOtherwise() {
        EvidenceItem item =
                EvidenceItem.recorded(description("RESEARCH_REPORT", " ", List.of()), REGULATOR, Instant.EPOCH);

        assertThat(item.accessClass()).isEqualTo(AccessClass.INTERNAL);
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        EvidenceItem.Description bad = new EvidenceItem.Description(
                "RUMOUR", "", null, "ftp://files", "31/01/2023", "English", null, List.of("<script>"), "SECRET");

        assertThatThrownBy(() -> EvidenceItem.check(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().stream().map(Problem::code))
                                .containsExactly(
                                        "type", "title", "source", "url", "date", "language", "tags", "accessClass"));
    }

    @Test
    void whoSeesWhat() {
        assertThat(AccessClass.visibleClasses(IMPORTER)).containsExactly(AccessClass.PUBLIC);
        assertThat(AccessClass.visibleClasses(OFFICER)).containsExactly(AccessClass.PUBLIC, AccessClass.INTERNAL);
        assertThat(AccessClass.visibleClasses(DRAFTER)).containsExactly(AccessClass.PUBLIC, AccessClass.INTERNAL);
        assertThat(AccessClass.visibleClasses(REGULATOR)).containsExactly(AccessClass.values());
        assertThat(AccessClass.visibleClasses(AUDITOR)).containsExactly(AccessClass.values());
    }

    private static EvidenceItem.Description description(String type, String access, List<String> tags) {
        return new EvidenceItem.Description(
                type,
                " Southern Xinjiang Employment Promotion Project ",
                "XUAR Human Resources and Social Security Department",
                "https://example.gov.cn/notice.html",
                "2023-03-01",
                "zh",
                "Targets for transferring surplus labour",
                tags,
                access);
    }
}
