package org.onus.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class EvidenceCriteriaTest {

    @Test
    void filtersAreReadFromWhatWasTyped() {
        EvidenceCriteria criteria =
                EvidenceCriteria.parse(" cotton ", "state_document", " Kashgar ", "2020-01-01", "", 0, 1000);

        assertThat(criteria.text()).isEqualTo("cotton");
        assertThat(criteria.type()).isEqualTo(EvidenceType.STATE_DOCUMENT);
        assertThat(criteria.tag()).isEqualTo("kashgar");
        assertThat(criteria.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(criteria.to()).isNull();
        assertThat(criteria.limit()).isEqualTo(EvidenceCriteria.MAX_LIMIT);
    }

    @Test
    void everyUnreadableFilterIsNamed() {
        assertThatThrownBy(() -> EvidenceCriteria.parse(null, "RUMOUR", null, "last year", "31/12/2023", 0, 10))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("type", "from", "to"));
    }

    @Test
    void tagsAreSplitAtCommas() {
        assertThat(EvidenceItem.Description.splitTags(" cotton, labour transfer ,, kashgar"))
                .containsExactly("cotton", "labour transfer", "kashgar");
        assertThat(EvidenceItem.Description.splitTags(null)).isEmpty();
    }
}
