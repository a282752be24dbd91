package org.onus.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.Problem;

class BulkCsvTest {

    static final String HEADER = BulkCsv.header() + "\n";

    static List<BulkCsv.Group> read(String text) throws Exception {
        List<BulkCsv.Group> groups = new ArrayList<>();
        try (BulkCsv csv = BulkCsv.open(new StringReader(text))) {
            BulkCsv.Group g;
            while ((g = csv.next()) != null) {
                groups.add(g);
            }
        }
        return groups;
    }

    @Test
    void consecutiveRowsOfOneEntryNumberAreOneEntryWithAnInputEach() throws Exception {
        List<BulkCsv.Group> groups = read(HEADER
                + "E-1,610910,T-shirts,VN,1250.00,USD,2026-03-01,Felixstowe,1,Cotton yarn,5205,Mill A,VN,,60\n"
                + "E-1,610910,T-shirts,VN,1250.00,USD,2026-03-01,Felixstowe,2,Raw cotton,5201,,653100,,\n"
                + "E-2,940360,Desk,CN,99,EUR,2026-03-02,Dover,,,,,,,\n");

        assertThat(groups).hasSize(2);
        BulkCsv.Group first = groups.get(0);
        assertThat(first.draft().entryNumber()).isEqualTo("E-1");
        assertThat(first.draft().port()).isEqualTo("Felixstowe");
        assertThat(first.draft().inputs()).hasSize(2);
        assertThat(first.draft().inputs().get(1).regionCode()).isEqualTo("653100");
        assertThat(first.draft().inputs().get(0).sharePercent()).isEqualTo("60");
        assertThat(first.firstLine()).isEqualTo(2);
        assertThat(first.inputLines()).containsExactly(2L, 3L);
        assertThat(first.errors()).isEmpty();
        assertThat(first.lineOf("inputs[1].hsCode")).isEqualTo(3);
        assertThat(first.lineOf("port")).isEqualTo(2);

        BulkCsv.Group second = groups.get(1);
        assertThat(second.draft().inputs())
                .as("one row with empty input columns: no inputs")
                .isEmpty();
        assertThat(second.firstLine()).isEqualTo(4);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndNewlinesAndLineNumbersStayPhysical() throws Exception {
        List<BulkCsv.Group> groups = read(HEADER
                + "E-1,610910,\"Shirts, cotton\nsecond line\",VN,1,USD,2026-03-01,Dover,1,\"Yarn \"\"fine\"\"\",5205,,VN,,\n"
                + "\n"
                + "E-2,610910,Shirts,VN,1,USD,2026-03-01,Dover,,,,,,,\n");

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).draft().description()).isEqualTo("Shirts, cotton\nsecond line");
        assertThat(groups.get(0).draft().inputs().get(0).material()).isEqualTo("Yarn \"fine\"");
        assertThat(groups.get(1).firstLine())
                .as("after a two-line row and a blank line")
                .isEqualTo(5);
    }

    @Test
    void entryLevelColumnsThatDifferWithinAnEntryAreAnErrorOnTheirLine() throws Exception {
        List<BulkCsv.Group> groups = read(HEADER
                + "E-1,610910,T-shirts,VN,1250.00,USD,2026-03-01,Felixstowe,1,Yarn,5205,,VN,,\n"
                + "E-1,610910,T-shirts,VN,1300.00,USD,2026-03-01,Felixstowe,2,Cotton,5201,,VN,,\n");

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("value_amount").contains("line 2");
        });
    }

    @Test
    void theSameNumberLaterInTheFileIsASeparateGroup() throws Exception {
        List<BulkCsv.Group> groups = read(HEADER
                + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,,,,,,,\n"
                + "E-2,610910,T,VN,1,USD,2026-03-01,Dover,,,,,,,\n"
                + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,,,,,,,\n");

        assertThat(groups).extracting(g -> g.draft().entryNumber()).containsExactly("E-1", "E-2", "E-1");
        assertThat(groups.get(2).firstLine()).isEqualTo(4);
    }

    @Test
    void aShortRowIsReportedOnItsLine() throws Exception {
        List<BulkCsv.Group> groups = read(HEADER + "E-1,610910,T,VN\n");

        assertThat(groups.get(0).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("4 columns");
        });
    }

    @Test
    void anEmptyInputRowAmongOthersStaysSoItsLineCanBeReported() throws Exception {
        List<BulkCsv.Group> groups = read(HEADER
                + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,1,Yarn,5205,,VN,,\n"
                + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,,,,,,,\n");

        assertThat(groups.get(0).draft().inputs()).hasSize(2).element(1).isNull();
        assertThat(groups.get(0).lineOf("inputs[1]")).isEqualTo(3);
    }

    @Test
    void theHeaderIsRequiredAndNamesWhatIsMissingOrUnknown() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(BulkCsv.HeaderException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> read("entry_number,hs_code,colour\nE-1,610910,red\n"))
                .isInstanceOf(BulkCsv.HeaderException.class)
                .hasMessageContaining("Missing: description")
                .hasMessageContaining("Not known: colour")
                .hasMessageContaining(BulkCsv.header());
        assertThatThrownBy(() -> read("E-1,610910,T,VN,1,USD,2026-03-01,Dover,,,,,,,\n"))
                .isInstanceOf(BulkCsv.HeaderException.class)
                .hasMessageContaining("Line 1");
    }

    @Test
    void headerNamesIgnoreCaseSpacesAndAByteOrderMark() throws Exception {
        String header = "\uFEFF" + BulkCsv.header().toUpperCase(Locale.ROOT).replace(",", " , ") + "\r\n";
        List<BulkCsv.Group> groups = read(header + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,,,,,,,\r\n");
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).firstLine()).isEqualTo(2);
    }

    @Test
    void anEntrysProblemsAreNamedByColumnOnTheLineOfTheirRow() throws Exception {
        BulkCsv.Group g = read(HEADER
                        + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,1,Yarn,5205,,VN,,\n"
                        + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,2,Cotton,5201,,XX,,\n")
                .get(0);

        assertThat(g.error(new Problem("inputs[1].regionCode", "Input 2: there is no region with the code XX")))
                .isEqualTo(new BulkCsv.LineError(3, "input_region_code: there is no region with the code XX"));
        assertThat(g.error(new Problem("value", "Give the declared value")))
                .isEqualTo(new BulkCsv.LineError(2, "value_amount: Give the declared value"));
    }

    @Test
    void optionalQuantityAndRegistrationColumnsAreReadAndNamedInErrorsWhenTheHeaderHasThem() throws Exception {
        String header = BulkCsv.header()
                + ",input_producer_registration_number,quantity_unit,quantity,input_quantity,input_quantity_unit\n";
        List<BulkCsv.Group> groups = read(header
                + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,1,Yarn,5205,Mill,VN,,,9165-0000,kg,1000,1540,KG\n"
                + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,2,Cotton,5201,,VN,,,,kg,900,,\n");

        BulkCsv.Group g = groups.get(0);
        assertThat(g.draft().quantity()).isEqualTo("1000");
        assertThat(g.draft().unit()).isEqualTo("kg");
        assertThat(g.draft().inputs().get(0).quantity()).isEqualTo("1540");
        assertThat(g.draft().inputs().get(0).unit()).isEqualTo("KG");
        assertThat(g.draft().inputs().get(0).producerRegistrationNumber()).isEqualTo("9165-0000");
        assertThat(g.errors())
                .as("the goods' quantity is entry-level, so it must agree on every row")
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.message()).startsWith("quantity is \"900\"");
                });
        assertThat(g.error(new Problem("inputs[0].unit", "Input 1: there is no unit BALE")))
                .isEqualTo(new BulkCsv.LineError(2, "input_quantity_unit: there is no unit BALE"));
        assertThat(g.error(new Problem("quantity", "Give the quantity")))
                .isEqualTo(new BulkCsv.LineError(2, "quantity: Give the quantity"));
    }

    @Test
    void aHeaderWithoutTheOptionalColumnsReadsThemAsEmpty() throws Exception {
        BulkCsv.Group g = read(HEADER + "E-1,610910,T,VN,1,USD,2026-03-01,Dover,1,Yarn,5205,Mill,VN,,\n")
                .get(0);

        assertThat(g.errors()).isEmpty();
        assertThat(g.draft().quantity()).isEmpty();
        assertThat(g.draft().inputs().get(0).quantity()).isEmpty();
        assertThat(g.draft().inputs().get(0).producerRegistrationNumber()).isEmpty();
    }
}
