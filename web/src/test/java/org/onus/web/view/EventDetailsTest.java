package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EventDetailsTest {

    @Test
    void deadlinesTheCaseRecordedAreShownInTheReadersLanguageAndTypedTextAsTyped() {
        EventDetails chinese = new EventDetails(Locale.CHINESE);
        assertThat(chinese.text("Rebuttal due by 2027-01-04 (inclusive)"))
                .startsWith("反驳须于")
                .doesNotContain("Rebuttal");
        assertThat(new EventDetails(Locale.FRENCH).text("Decision due by 2027-02-01"))
                .startsWith("Décision à rendre au plus tard le");
        assertThat(new EventDetails(Locale.ENGLISH).text("Rebuttal due by 2027-01-04"))
                .isEqualTo("Rebuttal due by 4 January 2027");
        assertThat(chinese.text("The officer's own words")).isEqualTo("The officer's own words");
        assertThat(chinese.text(null)).isEmpty();
        assertThat(chinese.language("INVOICE \"a.pdf\": admissible", "system")).isEqualTo("en");
        assertThat(chinese.language("Rebuttal due by 2027-01-04 (inclusive)", "system"))
                .isNull();
        assertThat(chinese.language("我方已提交", "importer-a")).isNull();
    }
}
