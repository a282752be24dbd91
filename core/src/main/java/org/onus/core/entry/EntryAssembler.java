package org.onus.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;
import org.onus.core.geography.RegionCode;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.geography.RegionLevel;
import org.onus.core.money.Money;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.quantity.Quantity;
import org.onus.core.quantity.Unit;
import org.onus.core.sector.HsCode;

/**
 * Reads an entry as typed into the page, sent to the API or read from a CSV row into a typed
 * {@link EntryFiling}: the one place entry input is parsed, so the pages, the API and bulk files
 * name the same problems. Every problem is reported at once, against its field
 * ({@code inputs[2].hsCode}).
 */
@ApplicationScoped
public class EntryAssembler {

    /** How far back or ahead an arrival date may be before it is surely a typing error. */
    static final int SANE_YEARS = 2;

    /** Checks against the reference data, passed in so the reading does not depend on it. */
    public record References(Predicate<String> regionExists, Predicate<String> countryExists) {}

    @Inject
    RegionDirectory regions;

    @Inject
    Clock clock;

    /**
     * @throws InvalidInputException listing every problem at once
     */
    public EntryFiling filing(EntryDraft draft) {
        return filing(draft, references(), LocalDate.now(clock));
    }

    /**
     * The inputs of a refined disclosure, read exactly as on filing; at least one is needed.
     *
     * @throws InvalidInputException listing every problem at once
     */
    public List<EntryFiling.Input> disclosure(List<EntryDraft.InputDraft> drafts) {
        return disclosure(drafts, references());
    }

    /** The checks against the region tree; retired regions are not known to new input. */
    References references() {
        return new References(
                code -> regions.find(code).filter(r -> !r.retired()).isPresent(),
                code -> regions.find(code)
                        .filter(r -> r.level() == RegionLevel.COUNTRY)
                        .isPresent());
    }

    /**
     * @throws InvalidInputException listing every problem at once
     */
    public static EntryFiling filing(EntryDraft draft, References references, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String entryNumber = text(draft.entryNumber());
        if (entryNumber == null || entryNumber.length() > 64 || !entryNumber.matches("[A-Za-z0-9][A-Za-z0-9./_-]*")) {
            problems.add(new Problem(
                    "entryNumber", "Give the entry number: letters, digits, . / _ - and at most 64 characters"));
        }
        HsCode hsCode = hs(draft.hsCode(), EntryFiling.GOODS_HS_DIGITS, "hsCode", "", problems);
        String description = text(draft.description());
        if (description == null || description.length() > 2000) {
            problems.add(new Problem("description", "Describe the goods, at most 2,000 characters"));
        }
        RegionCode origin = RegionCode.ofKnown(draft.originCountry(), references.countryExists());
        if (origin == null) {
            problems.add(
                    new Problem("originCountry", "Give the country of origin as a two-letter ISO code, e.g. CN or VN"));
        }
        BigDecimal amount = null;
        try {
            amount = Money.amountOf(draft.amount());
            if (amount.signum() <= 0) {
                amount = null;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (amount == null) {
            problems.add(new Problem("value", "Give the declared value as a positive amount such as 1250.00"));
        }
        Currency currency = null;
        try {
            currency = Money.currencyOf(draft.currency());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("currency", "Give the currency as a three-letter ISO code, e.g. USD or EUR"));
        }
        LocalDate arrival = null;
        try {
            arrival = LocalDate.parse(
                    text(draft.arrivalDate()) == null ? "" : draft.arrivalDate().strip());
            if (arrival.isBefore(today.minusYears(SANE_YEARS)) || arrival.isAfter(today.plusYears(SANE_YEARS))) {
                problems.add(new Problem(
                        "arrivalDate", "The arrival date must be within two years of today; check the year"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new Problem("arrivalDate", "Give the arrival date as 2026-12-01"));
        }
        String port = text(draft.port());
        if (port == null || port.length() > 100) {
            problems.add(new Problem("port", "Give the port of entry, at most 100 characters"));
        }
        List<EntryFiling.Input> inputs = inputs(draft.inputs(), references, problems);
        Quantity quantity = quantity(draft.quantity(), draft.unit(), "", "", "of the goods", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EntryFiling(
                entryNumber, hsCode, description, origin, new Money(amount, currency), arrival, port, inputs, quantity);
    }

    /**
     * @throws InvalidInputException listing every problem at once
     */
    public static List<EntryFiling.Input> disclosure(List<EntryDraft.InputDraft> drafts, References references) {
        List<Problem> problems = new ArrayList<>();
        List<EntryDraft.InputDraft> raw = drafts == null ? List.of() : drafts;
        List<EntryFiling.Input> inputs = List.of();
        if (raw.isEmpty()) {
            problems.add(new Problem("inputs", "Disclose the inputs, each with its precise region"));
        } else {
            inputs = inputs(raw, references, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inputs;
    }

    private static List<EntryFiling.Input> inputs(
            List<EntryDraft.InputDraft> raw, References references, List<Problem> problems) {
        List<EntryFiling.Input> inputs = new ArrayList<>();
        if (raw.size() > EntryFiling.MAX_INPUTS) {
            problems.add(new Problem("inputs", "Disclose at most 500 inputs per entry"));
            return inputs;
        }
        for (int i = 0; i < raw.size(); i++) {
            EntryDraft.InputDraft in = raw.get(i);
            if (in == null) {
                problems.add(new Problem("inputs[" + i + "]", "Input " + (i + 1) + " is empty"));
                continue;
            }
            EntryFiling.Input input = input(in, i, references, problems);
            if (input != null) {
                inputs.add(input);
            }
        }
        return inputs;
    }

    private static EntryFiling.Input input(
            EntryDraft.InputDraft in, int i, References references, List<Problem> problems) {
        String field = "inputs[" + i + "].";
        String label = "Input " + (i + 1) + ": ";
        int before = problems.size();
        int tier = 0;
        try {
            tier = Integer.parseInt(text(in.tier()) == null ? "" : in.tier().strip());
            if (tier < 1 || tier > 20) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(
                    new Problem(field + "tier", label + "the tier is a whole number from 1 (direct supplier) to 20"));
        }
        String material = text(in.material());
        if (material == null || material.length() > 300) {
            problems.add(new Problem(field + "material", label + "name the material, at most 300 characters"));
        }
        HsCode hs = hs(in.hsCode(), EntryFiling.INPUT_HS_DIGITS, field + "hsCode", label, problems);
        String producer = text(in.producer());
        if (producer != null && producer.length() > 500) {
            problems.add(
                    new Problem(field + "producer", label + "the producer's name can have at most 500 characters"));
        }
        String rawRegion = text(in.regionCode());
        RegionCode region = RegionCode.ofKnown(rawRegion, references.regionExists());
        if (region == null) {
            problems.add(new Problem(
                    field + "regionCode",
                    label
                            + (rawRegion == null
                                    ? "give the producer's region code (a country such as VN, or a region such as 653100)"
                                    : "there is no region with the code " + rawRegion)));
        }
        String osh = text(in.openSupplyHubId());
        if (osh != null && !osh.matches("[A-Za-z0-9]{4,40}")) {
            problems.add(new Problem(
                    field + "openSupplyHubId", label + "an Open Supply Hub id has 4 to 40 letters and digits"));
        }
        BigDecimal share = null;
        if (text(in.sharePercent()) != null) {
            try {
                share = new BigDecimal(in.sharePercent().strip());
                if (share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 3) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        field + "sharePercent", label + "the share of the product is a percentage from 0 to 100"));
            }
        }
        Quantity quantity = quantity(in.quantity(), in.unit(), field, label, "of this input", problems);
        String registration = text(in.producerRegistrationNumber());
        if (registration != null && !registration.matches("[\\p{L}\\p{N} ./-]{1,60}")) {
            problems.add(new Problem(
                    field + "producerRegistrationNumber",
                    label + "a registration number has at most 60 letters, digits, spaces, dots, slashes and hyphens"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new EntryFiling.Input(tier, material, hs, producer, region, osh, share, quantity, registration);
    }

    /**
     * A quantity is optional, but an amount needs its unit and a unit its amount: half of one
     * cannot be checked against anything.
     */
    private static Quantity quantity(
            String rawAmount, String rawUnit, String field, String label, String what, List<Problem> problems) {
        String amountText = text(rawAmount);
        String unitText = text(rawUnit);
        if (amountText == null && unitText == null) {
            return null;
        }
        int before = problems.size();
        BigDecimal amount = null;
        if (amountText == null) {
            problems.add(new Problem(field + "quantity", label + "give the quantity " + what + " for its unit"));
        } else {
            try {
                amount = new BigDecimal(amountText);
                if (amount.signum() <= 0
                        || amount.stripTrailingZeros().scale() > Quantity.MAX_SCALE
                        || amount.precision() - amount.scale() > 13) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(
                        field + "quantity", label + "the quantity " + what + " is a positive number such as 1250.5"));
            }
        }
        Unit unit = Unit.of(unitText).orElse(null);
        if (unit == null) {
            problems.add(new Problem(
                    field + "unit",
                    label
                            + (unitText == null
                                    ? "give the unit of the quantity " + what + ": one of " + Unit.codes()
                                    : "there is no unit " + unitText + "; use one of " + Unit.codes())));
        }
        return problems.size() > before ? null : new Quantity(amount, unit);
    }

    private static HsCode hs(String raw, int minDigits, String field, String label, List<Problem> problems) {
        try {
            HsCode code = HsCode.of(raw);
            if (code.digits().length() < minDigits) {
                problems.add(new Problem(field, label + "give at least " + minDigits + " digits of the HS code"));
                return null;
            }
            return code;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, label + e.getMessage()));
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
