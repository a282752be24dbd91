package org.onus.core.designation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.onus.core.geography.RegionCode;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * Reads a designation as typed into the page or sent to the API into typed
 * {@link DesignationTerms}: the one place designation input is parsed and checked against the
 * reference data. Every problem is reported at once, against its field ({@code regionCodes},
 * {@code effectiveTo}).
 */
public final class DesignationAssembler {

    /** Checks that need the rest of the system, passed in so the reading does not depend on it. */
    public record References(
            Predicate<String> regionExists, Predicate<String> sectorExists, Predicate<UUID> policyExists) {}

    private DesignationAssembler() {}

    /**
     * @throws InvalidInputException listing every problem at once
     */
    public static DesignationTerms terms(DesignationDraft d, References references) {
        List<Problem> problems = new ArrayList<>();
        String title = text(d.title());
        if (title == null || title.length() > 500) {
            problems.add(new Problem("title", "Give the designation a title, at most 500 characters"));
        }
        Set<RegionCode> regions = new LinkedHashSet<>();
        for (String value : d.regionCodes() == null ? List.<String>of() : d.regionCodes()) {
            String code = text(value);
            if (code == null) {
                continue;
            }
            RegionCode region = RegionCode.ofKnown(code, references.regionExists());
            if (region == null) {
                problems.add(new Problem(
                        "regionCodes", "There is no region with the code " + code.toUpperCase(Locale.ROOT)));
            } else {
                regions.add(region);
            }
        }
        if (regions.isEmpty() && problems.stream().noneMatch(p -> p.code().equals("regionCodes"))) {
            problems.add(new Problem(
                    "regionCodes", "Name at least one region; a region covers all its prefectures and counties"));
        }
        Set<String> sectors = sectors(d.sectorCodes(), references.sectorExists(), problems);
        if (sectors.isEmpty() && problems.stream().noneMatch(p -> p.code().equals("sectorCodes"))) {
            problems.add(new Problem("sectorCodes", "Name at least one sector, or ALL_GOODS"));
        }
        if (sectors.contains("ALL_GOODS") && sectors.size() > 1) {
            problems.add(new Problem("sectorCodes", "ALL_GOODS already covers every sector: name it alone"));
        }
        String basis = text(d.legalBasis());
        if (basis == null || basis.length() > 4000) {
            problems.add(new Problem("legalBasis", "Give the legal basis, at most 4,000 characters"));
        }
        String why = text(d.rationale());
        if (why == null || why.length() > 20_000) {
            problems.add(new Problem("rationale", "Give the rationale, at most 20,000 characters"));
        }
        Set<UUID> policies = new LinkedHashSet<>();
        for (String raw : d.policyIds() == null ? List.<String>of() : d.policyIds()) {
            String value = text(raw);
            if (value == null) {
                continue;
            }
            UUID pid = uuid(value);
            if (pid == null || !references.policyExists().test(pid)) {
                problems.add(new Problem("policyIds", "There is no state policy " + value));
            } else {
                policies.add(pid);
            }
        }
        List<ListedProducer> named = new ArrayList<>();
        for (DesignationDraft.Producer p :
                d.producers() == null ? List.<DesignationDraft.Producer>of() : d.producers()) {
            if (p == null || text(p.name()) == null) {
                continue;
            }
            if (p.name().strip().length() > 500
                    || ListedProducer.normalise(p.name()).isEmpty()) {
                problems.add(new Problem("producers", "Give each producer's name, at most 500 characters"));
                continue;
            }
            String code = text(p.regionCode());
            RegionCode region = code == null ? null : RegionCode.ofKnown(code, references.regionExists());
            if (code != null && region == null) {
                problems.add(new Problem("producers", "There is no region with the code " + code));
                continue;
            }
            List<String> aliases = names(p.aliases(), "aliases", problems);
            List<String> formerNames = names(p.formerNames(), "formerNames", problems);
            List<RegistrationNumber> numbers = new ArrayList<>();
            for (DesignationDraft.Registration r : p.registrationNumbers() == null
                    ? List.<DesignationDraft.Registration>of()
                    : p.registrationNumbers()) {
                RegistrationNumber n = registration(r, problems);
                if (n != null && !numbers.contains(n)) {
                    numbers.add(n);
                }
            }
            List<EntityAddress> addresses = new ArrayList<>();
            for (DesignationDraft.Address a :
                    p.addresses() == null ? List.<DesignationDraft.Address>of() : p.addresses()) {
                if (a == null || text(a.line()) == null) {
                    continue;
                }
                String line = a.line().strip();
                String at = text(a.regionCode());
                RegionCode addressRegion = at == null ? null : RegionCode.ofKnown(at, references.regionExists());
                if (line.length() > 500 || line.chars().anyMatch(Character::isISOControl)) {
                    problems.add(new Problem("producers", "Give each address on one line, at most 500 characters"));
                } else if (at != null && addressRegion == null) {
                    problems.add(new Problem("producers", "There is no region with the code " + at));
                } else {
                    addresses.add(new EntityAddress(line, addressRegion == null ? null : addressRegion.value()));
                }
            }
            ListedProducer listed = new ListedProducer(
                    p.name(), region == null ? null : region.value(), aliases, formerNames, numbers, addresses);
            if (!named.contains(listed)) {
                named.add(listed);
            }
        }
        InForce inForce = inForce(d.effectiveFrom(), d.effectiveTo(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DesignationTerms(title, regions, sectors, basis, why, policies, inForce, named);
    }

    /**
     * The period in force as typed: the first day is required, the last may be left open.
     *
     * @return the period, or null when a problem was added ({@code effectiveFrom}, {@code effectiveTo})
     */
    static InForce inForce(String rawFrom, String rawTo, List<Problem> problems) {
        LocalDate from = date(rawFrom, "effectiveFrom", true, problems);
        LocalDate to = date(rawTo, "effectiveTo", false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem("effectiveTo", "The last day in force cannot be before the first"));
            return null;
        }
        return from == null ? null : new InForce(from, to);
    }

    private static Set<String> sectors(Collection<String> raw, Predicate<String> exists, List<Problem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            String code = text(value);
            if (code == null) {
                continue;
            }
            code = code.toUpperCase(Locale.ROOT);
            if (!exists.test(code)) {
                problems.add(new Problem("sectorCodes", "There is no sector with the code " + code));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static LocalDate date(String raw, String field, boolean required, List<Problem> problems) {
        String value = text(raw);
        if (value == null) {
            if (required) {
                problems.add(new Problem(field, "Give the first day in force, as 2027-01-01"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "\"" + value + "\" is not a date; write it as 2027-01-01"));
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Aliases or former names: each a name on one line, at most 500 characters, with something to match. */
    private static List<String> names(Collection<String> raw, String field, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        for (String n : raw == null ? List.<String>of() : raw) {
            if (n == null || n.isBlank()) {
                continue;
            }
            String v = n.strip();
            if (v.length() > 500
                    || v.chars().anyMatch(Character::isISOControl)
                    || ListedProducer.normalise(v).isEmpty()) {
                problems.add(new Problem(
                        "producers", "Give each name on one line, at most 500 characters: " + abbreviate(v)));
            } else if (!names.contains(v)) {
                names.add(v);
            }
        }
        return names;
    }

    /**
     * A registration number: a scheme of letters, digits, "-" or "_" (at most 20), and a number of
     * 4 to 60 characters once spaces and hyphens are dropped; a USCC has 18.
     */
    private static RegistrationNumber registration(DesignationDraft.Registration r, List<Problem> problems) {
        if (r == null || text(r.number()) == null) {
            return null;
        }
        String scheme = text(r.scheme()) == null ? "OTHER" : r.scheme().strip().toUpperCase(java.util.Locale.ROOT);
        if (!scheme.matches("[A-Z0-9_-]{1,20}")) {
            problems.add(new Problem(
                    "producers", "A scheme is a short register name such as USCC, not " + abbreviate(scheme)));
            return null;
        }
        String number = r.number().strip();
        String normalised = RegistrationNumber.normalise(number);
        if (number.length() > 60 || normalised.length() < 4 || !normalised.matches("[\\p{L}\\p{N}./]+")) {
            problems.add(new Problem(
                    "producers",
                    "Give each registration number as letters and digits (4 to 60): " + abbreviate(number)));
            return null;
        }
        if (scheme.equals(RegistrationNumber.USCC) && !normalised.matches("[0-9A-Z]{18}")) {
            problems.add(new Problem(
                    "producers",
                    "A unified social credit code (USCC) has 18 letters and digits: " + abbreviate(number)));
            return null;
        }
        return new RegistrationNumber(scheme, number.replaceAll("\\s+", " "));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
