package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private record Rows(List<Integer> rows, long total) {}

    private static Rows slice(int count, int offset, int size) {
        return new Rows(
                IntStream.range(offset, Math.min(count, offset + size)).boxed().toList(), count);
    }

    @Test
    void aPageWithinTheListIsReadAsAskedFor() {
        PageLinks.Shown<Rows> shown =
                PageLinks.read(2, 10, (offset, size) -> slice(25, offset, size), Rows::rows, Rows::total);

        assertThat(shown.number()).isEqualTo(2);
        assertThat(shown.page().rows()).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    }

    @Test
    void pastTheLastPageTheLastPageIsShownWithItsNumber() {
        PageLinks.Shown<Rows> shown =
                PageLinks.read(9, 10, (offset, size) -> slice(25, offset, size), Rows::rows, Rows::total);

        assertThat(shown.number()).isEqualTo(3);
        assertThat(shown.page().rows()).containsExactly(20, 21, 22, 23, 24);
    }

    @Test
    void anEmptyListIsReadOnceAndCountsAsOnePage() {
        PageLinks.Shown<Rows> shown =
                PageLinks.read(4, 10, (offset, size) -> slice(0, offset, size), Rows::rows, Rows::total);

        assertThat(shown.number()).isEqualTo(4);
        assertThat(shown.page().rows()).isEmpty();
        assertThat(PageLinks.pages(0, 10)).isEqualTo(1);
    }
}
