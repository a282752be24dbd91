package org.onus.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FileNameTest {

    @Property
    void refusesEveryControlCharacterAnywhereInTheName(
            @ForAll("controls") char control, @ForAll("positions") int position) {
        String name = "report.pdf";
        String bad = name.substring(0, position) + control + name.substring(position);
        assertThatThrownBy(() -> FileName.of(bad))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.BAD_FILE_NAME);
                    assertThat(e.problems())
                            .singleElement()
                            .satisfies(p -> assertThat(p.code()).isEqualTo("file"));
                })
                .hasMessageContaining("control characters");
    }

    @Provide
    Arbitrary<Character> controls() {
        // C0 (with tab, CR, LF), DEL and C1.
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001F'),
                Arbitraries.chars().range('\u007F', '\u009F'));
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, "report.pdf".length());
    }

    @Property
    void refusesBidirectionalOverridesIsolatesAndMarks(@ForAll("bidi") char bidi) {
        assertThatThrownBy(() -> FileName.of("invoice" + bidi + "fdp.exe"))
                .isInstanceOf(UploadRejectedException.class)
                .hasMessageContaining("direction of the text");
    }

    @Provide
    Arbitrary<Character> bidi() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u202A', '\u202E'),
                Arbitraries.chars().range('\u2066', '\u2069'),
                Arbitraries.of('\u200E', '\u200F', '\u061C'));
    }

    @Test
    void theRightToLeftOverrideTrickIsRefused() {
        assertThatThrownBy(() -> FileName.of("invoice\u202Efdp.exe")).isInstanceOf(UploadRejectedException.class);
    }

    @Test
    void keepsNamesInEveryScriptAndTheJoinersTheyNeed() {
        assertThat(FileName.of("发票.pdf")).isEqualTo("发票.pdf");
        assertThat(FileName.of("تقرير الاستعراض.pdf")).isEqualTo("تقرير الاستعراض.pdf");
        assertThat(FileName.of("می\u200Cخواهم.pdf")).isEqualTo("می\u200Cخواهم.pdf");
        assertThat(FileName.of("क्\u200Dष.docx")).isEqualTo("क्\u200Dष.docx");
        assertThat(FileName.of("👩\u200D💻 notes.txt")).isEqualTo("👩\u200D💻 notes.txt");
        assertThat(FileName.of("Ünïcödé résumé.pdf")).isEqualTo("Ünïcödé résumé.pdf");
    }

    @Test
    void tidiesAndLimitsWithoutCuttingACharacterInHalf() {
        assertThat(FileName.of("  .hidden report?.pdf ")).isEqualTo("hidden report_.pdf");
        assertThat(FileName.of(null)).isEqualTo("document");
        assertThat(FileName.optional(" ")).isNull();
        String longName = "😀".repeat(150) + ".pdf";
        String kept = FileName.of(longName);
        assertThat(kept).endsWith(".pdf").hasSizeLessThanOrEqualTo(FileName.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 5))).isFalse();
    }

    @Test
    void refusesPaths() {
        for (String name : new String[] {"../etc/passwd", "C:\\x.pdf", "..", "a/b.pdf"}) {
            assertThatThrownBy(() -> FileName.of(name)).hasMessageContaining("contains a path");
        }
    }
}
