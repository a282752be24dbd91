package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onus.core.detention.CaseStatus;

class StatusGroupTest {

    @Test
    void openCasesArePendingAndFinalDecisionsReleaseOrConfiscate() {
        assertThat(StatusGroup.of(CaseStatus.DETAINED)).isEqualTo(StatusGroup.PENDING);
        assertThat(StatusGroup.of(CaseStatus.REBUTTAL_SUBMITTED)).isEqualTo(StatusGroup.PENDING);
        assertThat(StatusGroup.of(CaseStatus.INFO_REQUESTED)).isEqualTo(StatusGroup.PENDING);
        assertThat(StatusGroup.of(CaseStatus.AWAITING_APPROVAL)).isEqualTo(StatusGroup.PENDING);
        assertThat(StatusGroup.of(CaseStatus.PROTESTED)).isEqualTo(StatusGroup.PENDING);
        assertThat(StatusGroup.of(CaseStatus.RELEASED)).isEqualTo(StatusGroup.RELEASED);
        assertThat(StatusGroup.of(CaseStatus.PROTEST_UPHELD)).isEqualTo(StatusGroup.RELEASED);
        assertThat(StatusGroup.of(CaseStatus.CONFISCATED)).isEqualTo(StatusGroup.CONFISCATED);
        assertThat(StatusGroup.of(CaseStatus.PROTEST_DENIED)).isEqualTo(StatusGroup.CONFISCATED);
    }

    @Test
    void pendingIsExactlyTheOpenStatuses() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(StatusGroup.of(s) == StatusGroup.PENDING).as(s.name()).isEqualTo(s.isOpen());
        }
    }

    @Test
    void aStatusThisVersionDoesNotKnowCountsAsPending() {
        assertThat(Aggregation.group("SOMETHING_NEW")).isEqualTo(StatusGroup.PENDING);
    }
}
