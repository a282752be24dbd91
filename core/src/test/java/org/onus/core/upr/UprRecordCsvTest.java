package org.onus.core.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

class UprRecordCsvTest {

    static final String HEADER = UprRecordCsv.header() + "\n";

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sample() throws IOException {
        try (InputStream in = UprRecordCsvTest.class.getResourceAsStream("/upr/sample-recommendations.csv")) {
            return in.readAllBytes();
        }
    }

    static List<Problem> problems(String csv) {
        try {
            UprRecordCsv.read(bytes(csv));
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("The file was accepted");
    }

    @Test
    void theSampleFileReadsWhole() throws IOException {
        List<UprRecordCsv.Row> rows = UprRecordCsv.read(sample());
        assertThat(rows).hasSize(16);
        Map<String, UprRecord.Content> byKey = rows.stream()
                .map(UprRecordCsv.Row::content)
                .collect(Collectors.toMap(UprRecord.Content::identityKey, Function.identity()));
        UprRecord.Content first = byKey.get("source:ONUS-S-001");
        assertThat(first.recommendingState()).isEqualTo("Germany");
        assertThat(first.cycle()).isEqualTo(3);
        assertThat(first.session()).isEqualTo(31);
        assertThat(first.documentSymbol()).isEqualTo("A/HRC/40/6");
        assertThat(first.paragraph()).isEqualTo("28.301");
        assertThat(first.text()).startsWith("End all forms of forced labour in the Xinjiang");
        assertThat(first.response()).isEqualTo(StateResponse.NOTED);
        assertThat(first.actionCategory()).isEqualTo(5);
        assertThat(first.themes()).containsExactly("Forced labour", "Minorities");
        assertThat(byKey.get("source:ONUS-S-002").themes())
                .containsExactly("Labour", "Ratification of international instruments");
        assertThat(byKey).containsKey("doc:A/HRC/25/5#186.88");
        assertThat(rows.stream().filter(r -> r.content().identityKey().startsWith("sha256:")))
                .hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
    }

    @Test
    void responsesMapToTheWorkingGroupsTermsAndKeepTheirWording() {
        assertThat(UprRecordCsv.response(" Supported ")).isEqualTo(StateResponse.SUPPORTED);
        assertThat(UprRecordCsv.response("ACCEPTED")).isEqualTo(StateResponse.SUPPORTED);
        assertThat(UprRecordCsv.response("Accepted and implemented")).isEqualTo(StateResponse.SUPPORTED);
        assertThat(UprRecordCsv.response("supported  and implemented")).isEqualTo(StateResponse.SUPPORTED);
        assertThat(UprRecordCsv.response("Noted")).isEqualTo(StateResponse.NOTED);
        assertThat(UprRecordCsv.response("Not accepted")).isEqualTo(StateResponse.NOTED);
        assertThat(UprRecordCsv.response("not supported")).isEqualTo(StateResponse.NOTED);
        assertThat(UprRecordCsv.response("Rejected")).isEqualTo(StateResponse.NOTED);
        assertThat(UprRecordCsv.response("Supported/Already implemented")).isEqualTo(StateResponse.SUPPORTED);
        assertThat(UprRecordCsv.response("Noted – partially")).isEqualTo(StateResponse.OTHER);
        assertThat(UprRecordCsv.response("Under consideration")).isEqualTo(StateResponse.OTHER);
        assertThat(UprRecordCsv.response("  ")).isNull();

        UprRecord.Content c = UprRecordCsv.read(
                        bytes(HEADER + ",China,France,31,3,,,Do something,Noted – partially,,\n"))
                .get(0)
                .content();
        assertThat(c.response()).isEqualTo(StateResponse.OTHER);
        assertThat(c.responseWording()).isEqualTo("Noted – partially");
    }

    @Test
    void identityIsTheSourceIdElseDocumentAndParagraphElseAHashOfStateSessionAndText() {
        assertThat(UprRecordCsv.identity(" 42 ", "China", 31, "A/HRC/40/6", "28.1", "Text"))
                .isEqualTo("source:42");
        assertThat(UprRecordCsv.identity(null, "China", 31, " a/hrc/40/6 ", " 28.1 ", "Text"))
                .isEqualTo("doc:A/HRC/40/6#28.1");
        String hash = UprRecordCsv.identity(null, "China", 31, "A/HRC/40/6", null, "Release   them.");
        assertThat(hash).startsWith("sha256:").hasSize("sha256:".length() + 64);
        assertThat(UprRecordCsv.identity("", " china ", 31, null, "", "release them."))
                .as("spacing and case do not make another recommendation")
                .isEqualTo(hash);
        assertThat(UprRecordCsv.identity(null, "China", 17, null, null, "Release them."))
                .isNotEqualTo(hash);
    }

    @Test
    void headerNamesAreCaseInsensitiveInAnyOrderWithABomAndOtherColumnsIgnored() {
        String csv = "\uFEFFRecommendation,CYCLE,Session,Recommending_State,State_Under_Review,source\n"
                + "\"Ratify C105, promptly\",3,31,Germany,China,IMPORTED\n\n";
        List<UprRecordCsv.Row> rows = UprRecordCsv.read(bytes(csv));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).content().text()).isEqualTo("Ratify C105, promptly");
        assertThat(rows.get(0).content().actionCategory()).isNull();
        assertThat(rows.get(0).content().response()).isNull();
    }

    @Test
    void everyBadValueIsReportedByItsPhysicalLineAndColumnAtOnce() {
        String csv = HEADER
                + "1,China,Germany,31,3,A/HRC/40/6,28.1,\"A text\nover two lines\",Noted,5,\n"
                + "2,China,,thirty-one,3,,,Text,Noted,7,\n"
                + "3,China,France,31,0,,,,,,\n"
                + "1,China,France,31,3,,,Another text,,,\n"
                + "4,China,France,31,3,,," + "x".repeat(4001) + ",,,\n";
        List<Problem> problems = problems(csv);
        assertThat(problems)
                .extracting(Problem::code)
                .containsExactly(
                        "line 4, column recommending_state",
                        "line 4, column session",
                        "line 4, column action_category",
                        "line 5, column cycle",
                        "line 5, column recommendation",
                        "line 6, column id",
                        "line 7, column recommendation");
        assertThat(problems.get(2).message())
                .startsWith("Line 4, column action_category: \"7\" is not an action category");
        assertThat(problems.get(5).message()).contains("the same recommendation as line 2");
        assertThat(problems.get(6).message()).contains("4,001 characters").contains("4,000");
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeader() {
        List<Problem> problems = problems("state_under_review,session,cycle,recommendation\nChina,31,3,Text\n");
        assertThat(problems).extracting(Problem::code).containsExactly("line 1, column recommending_state");
    }

    @Test
    void anUnfamiliarResponseNeverRefusesTheFile() {
        assertThat(UprRecordCsv.read(bytes(HEADER + ",China,Chile,31,3,,,Text,Partially supported (see annex),,\n")))
                .hasSize(1);
    }

    @Test
    void emptyHeaderOnlyNotUtf8AndTooLargeFilesAreRefusedClearly() {
        assertThatThrownBy(() -> UprRecordCsv.read(new byte[0])).isInstanceOf(InvalidInputException.class);
        assertThat(problems(HEADER))
                .extracting(Problem::message)
                .containsExactly("The file has a header but no recommendations");
        assertThatThrownBy(() -> UprRecordCsv.read(new byte[] {'a', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> UprRecordCsv.read(new byte[(int) UprRecordCsv.MAX_BYTES + 1]))
                .isInstanceOf(UploadRejectedException.class);
    }

    @Test
    void tooManyRowsAreRefusedWhole() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= UprRecordCsv.MAX_ROWS; i++) {
            csv.append(i).append(",China,Chile,31,3,,,T,,,\n");
        }
        assertThatThrownBy(() -> UprRecordCsv.read(bytes(csv.toString())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 20,000");
    }

    @Test
    void anExportReadsBackAsTheSameRecords() throws IOException {
        List<UprRecordCsv.Row> rows = UprRecordCsv.read(sample());
        List<UprHit> hits = rows.stream()
                .map(r -> UprHit.of(UprRecord.imported(r.content(), "drafter", java.time.Instant.EPOCH)))
                .toList();
        List<UprRecordCsv.Row> again = UprRecordCsv.read(bytes(UprRecordCsv.write(hits)));
        assertThat(again.stream().map(UprRecordCsv.Row::content).toList())
                .isEqualTo(rows.stream().map(UprRecordCsv.Row::content).toList());
    }
}
