package org.onus.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.geography.RegionCode;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.quantity.Quantity;
import org.onus.core.quantity.Unit;
import org.onus.core.sector.HsCode;

class EntryAssemblerTest {

    static final LocalDate TODAY = EntryTest.TODAY;

    static EntryDraft draft(String hs, String amount, String currency, List<EntryDraft.InputDraft> inputs) {
        return new EntryDraft("E-1", hs, "Cotton T-shirts", "vn", amount, currency, "2026-12-01", "Rotterdam", inputs);
    }

    static List<Problem> problems(EntryDraft draft) {
        try {
            EntryAssembler.filing(draft, EntryTest.REFERENCES, TODAY);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("the draft was read without a problem");
    }

    @Test
    void aGoodDraftBecomesTypedValues() {
        EntryFiling f = EntryAssembler.filing(
                draft("6109.10", " 1250.5 ", "usd", List.of(EntryTest.input("3", "5201 00", "653125"))),
                EntryTest.REFERENCES,
                TODAY);

        assertThat(f.hsCode()).isEqualTo(HsCode.of("610910"));
        assertThat(f.originCountry()).isEqualTo(RegionCode.of("VN"));
        assertThat(f.value().amount()).isEqualByComparingTo("1250.50");
        assertThat(f.value().currencyCode()).isEqualTo("USD");
        assertThat(f.arrivalDate()).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(f.inputs()).singleElement().satisfies(i -> {
            assertThat(i.hsCode().digits()).isEqualTo("520100");
            assertThat(i.regionCode().value()).isEqualTo("653125");
            assertThat(i.tier()).isEqualTo(3);
        });
    }

    @Test
    void aBadHsCodeIsNamedByItsFieldWithWhyItIsBad() {
        assertThat(problems(draft("77.01.10", "10", "USD", List.of())))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("hsCode");
                    assertThat(p.message()).contains("chapter 77");
                });
        assertThat(problems(draft("6109", "10", "USD", List.of())))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("hsCode");
                    assertThat(p.message()).contains("at least 6 digits");
                });
    }

    @Test
    void aBadCurrencyIsNamedCurrency() {
        assertThat(problems(draft("610910", "10", "EURO", List.of())))
                .extracting(Problem::code)
                .containsExactly("currency");
    }

    @Test
    void aNegativeZeroOrFractionalCentAmountIsNamedValue() {
        for (String amount : List.of("-1", "0", "0.001", "ten")) {
            assertThat(problems(draft("610910", amount, "USD", List.of())))
                    .as(amount)
                    .extracting(Problem::code)
                    .containsExactly("value");
        }
    }

    @Test
    void eachBadInputIsNamedByItsPlaceAndFieldAndAllAreReportedAtOnce() {
        List<Problem> found = problems(draft(
                "610910",
                "-5",
                "usd",
                List.of(
                        EntryTest.input("1", "5201", "VN"),
                        EntryTest.input("21", "52", "XX9"),
                        EntryTest.input("2", "5201", "65 31 25"))));

        assertThat(found)
                .extracting(Problem::code)
                .containsExactly(
                        "value", "inputs[1].tier", "inputs[1].hsCode", "inputs[1].regionCode", "inputs[2].regionCode");
        assertThat(found.get(3).message()).isEqualTo("Input 2: there is no region with the code XX9");
    }

    @Test
    void anArrivalYearsAwayIsATypingErrorNamedArrivalDate() {
        EntryDraft late =
                new EntryDraft("E-1", "610910", "Shirts", "VN", "10", "USD", "2029-01-01", "Rotterdam", List.of());
        assertThat(problems(late)).extracting(Problem::code).containsExactly("arrivalDate");
    }

    @Test
    void aRefinedDisclosureNeedsAnInputAndIsReadAsOnFiling() {
        assertThatThrownBy(() -> EntryAssembler.disclosure(List.of(), EntryTest.REFERENCES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("inputs"));
        assertThatThrownBy(() -> EntryAssembler.disclosure(
                        List.of(EntryTest.input("1", "5201", "VN"), EntryTest.input("x", "5201", "CN")),
                        EntryTest.REFERENCES))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("inputs[1].tier"));
        assertThat(EntryAssembler.disclosure(List.of(EntryTest.input("1", "5201", "cn")), EntryTest.REFERENCES))
                .singleElement()
                .satisfies(i -> assertThat(i.regionCode().value()).isEqualTo("CN"));
    }

    @Test
    void aFilingCannotBeMadeWithAValueThatNoDraftCouldPass() {
        EntryFiling good = EntryAssembler.filing(draft("610910", "10", "USD", List.of()), EntryTest.REFERENCES, TODAY);
        assertThatThrownBy(() -> new EntryFiling(
                        good.entryNumber(),
                        HsCode.of("6109"),
                        good.description(),
                        good.originCountry(),
                        good.value(),
                        good.arrivalDate(),
                        good.port(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static EntryDraft.InputDraft measured(String quantity, String unit, String registration) {
        return new EntryDraft.InputDraft(
                "1", "Cotton yarn", "5205", "Mill", "VN", null, null, quantity, unit, registration);
    }

    @Test
    void quantitiesAndARegistrationNumberAreReadWithTheirUnits() {
        EntryDraft draft = new EntryDraft(
                "E-1",
                "610910",
                "Cotton T-shirts",
                "VN",
                "10",
                "USD",
                "2026-12-01",
                "Rotterdam",
                List.of(measured(" 1,540 ".replace(",", ""), "kg", " 91650000MA7G1234X1 ")),
                "1.5",
                " t ");

        EntryFiling f = EntryAssembler.filing(draft, EntryTest.REFERENCES, TODAY);

        assertThat(f.quantity()).isEqualTo(new Quantity(new BigDecimal("1.5"), Unit.T));
        assertThat(f.quantity().inBase()).isEqualByComparingTo("1500");
        assertThat(f.inputs()).singleElement().satisfies(i -> {
            assertThat(i.quantity()).isEqualTo(new Quantity(new BigDecimal("1540"), Unit.KG));
            assertThat(i.producerRegistrationNumber()).isEqualTo("91650000MA7G1234X1");
        });
    }

    @Test
    void quantitiesStayOptionalSoAnEntryWithoutThemIsReadAsBefore() {
        EntryFiling f = EntryAssembler.filing(
                draft("610910", "10", "USD", List.of(measured(null, " ", null))), EntryTest.REFERENCES, TODAY);

        assertThat(f.quantity()).isNull();
        assertThat(f.inputs()).singleElement().satisfies(i -> {
            assertThat(i.quantity()).isNull();
            assertThat(i.producerRegistrationNumber()).isNull();
        });
    }

    @Test
    void anAmountWithoutItsUnitOrAUnitWithoutItsAmountIsNamedByItsField() {
        assertThat(problems(draft("610910", "10", "USD", List.of(measured("800", null, null)))))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("inputs[0].unit");
                    assertThat(p.message()).contains("KG, G, T");
                });
        assertThat(problems(draft("610910", "10", "USD", List.of(measured(null, "KG", null)))))
                .extracting(Problem::code)
                .containsExactly("inputs[0].quantity");
        assertThat(problems(draft("610910", "10", "USD", List.of(measured("-3", "BALE", "x;y")))))
                .extracting(Problem::code)
                .containsExactly("inputs[0].quantity", "inputs[0].unit", "inputs[0].producerRegistrationNumber");
        EntryDraft goods = new EntryDraft(
                "E-1", "610910", "T-shirts", "VN", "10", "USD", "2026-12-01", "Rotterdam", List.of(), "0", "KG");
        assertThat(problems(goods)).extracting(Problem::code).containsExactly("quantity");
    }
}
