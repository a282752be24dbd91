package org.onus.core.supplychain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.onus.core.geography.RegionCode;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * A supplier as typed into the page or sent to the API: raw text, read into {@link Details} with
 * every problem named by its field.
 */
public record SupplierDraft(
        String legalName,
        List<String> aliases,
        String chineseName,
        String registrationNumber,
        String registrationScheme,
        String address,
        String regionCode,
        String openSupplyHubId) {

    static final int MAX_ALIASES = 20;

    /** A supplier's checked details. */
    public record Details(
            String legalName,
            List<String> aliases,
            String chineseName,
            String registrationNumber,
            RegistrationScheme registrationScheme,
            String address,
            RegionCode regionCode,
            String openSupplyHubId) {

        public Details {
            aliases = List.copyOf(aliases);
        }
    }

    /** A facility as typed or sent: raw text. */
    public record FacilityDraft(String name, String address, String regionCode, String openSupplyHubId) {

        /** @throws InvalidInputException naming every problem */
        public FacilityDetails check(Predicate<String> regionExists) {
            List<Problem> problems = new ArrayList<>();
            String n = text(name);
            if (n == null || n.length() > 300) {
                problems.add(new Problem("name", "Name the facility, at most 300 characters"));
            }
            String a = checkAddress(address, problems);
            RegionCode region = checkRegion(regionCode, regionExists, problems);
            String osh = osh(openSupplyHubId, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new FacilityDetails(n, a, region, osh);
        }
    }

    /** A facility's checked details. */
    public record FacilityDetails(String name, String address, RegionCode regionCode, String openSupplyHubId) {}

    /**
     * @param regionExists whether a region code is known (and not retired) in the reference data
     * @throws InvalidInputException naming every problem
     */
    public Details check(Predicate<String> regionExists) {
        List<Problem> problems = new ArrayList<>();
        String name = text(legalName);
        if (name == null || name.length() > 300) {
            problems.add(new Problem("legalName", "Give the supplier's legal name, at most 300 characters"));
        }
        Set<String> names = new LinkedHashSet<>();
        List<String> raw = aliases == null ? List.of() : aliases;
        for (int i = 0; i < raw.size(); i++) {
            String alias = text(raw.get(i));
            if (alias == null) {
                continue;
            }
            if (alias.length() > 300) {
                problems.add(new Problem("aliases[" + i + "]", "An alias can have at most 300 characters"));
            } else {
                names.add(alias);
            }
        }
        if (names.size() > MAX_ALIASES) {
            problems.add(new Problem("aliases", "Give at most 20 aliases"));
        }
        String chinese = text(chineseName);
        if (chinese != null && chinese.length() > 300) {
            problems.add(new Problem("chineseName", "The Chinese name can have at most 300 characters"));
        }
        String number = text(registrationNumber);
        String rawScheme = text(registrationScheme);
        RegistrationScheme scheme = null;
        if (number != null) {
            number = number.toUpperCase(Locale.ROOT);
            try {
                scheme = rawScheme == null ? RegistrationScheme.USCC : RegistrationScheme.parse(rawScheme);
                if (!scheme.accepts(number)) {
                    problems.add(new Problem(
                            "registrationNumber",
                            scheme == RegistrationScheme.USCC
                                    ? "A unified social credit code has 18 characters and a valid check character;"
                                            + " choose OTHER for another register"
                                    : "A registration number has 2 to 60 letters, digits, spaces and . / -"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("registrationScheme", e.getMessage()));
            }
        } else if (rawScheme != null) {
            try {
                RegistrationScheme.parse(rawScheme);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("registrationScheme", e.getMessage()));
            }
        }
        String a = checkAddress(address, problems);
        RegionCode region = checkRegion(regionCode, regionExists, problems);
        String osh = osh(openSupplyHubId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Details(name, List.copyOf(names), chinese, number, scheme, a, region, osh);
    }

    private static String checkAddress(String raw, List<Problem> problems) {
        String a = text(raw);
        if (a != null && a.length() > 1000) {
            problems.add(new Problem("address", "The address can have at most 1,000 characters"));
        }
        return a;
    }

    private static RegionCode checkRegion(String raw, Predicate<String> regionExists, List<Problem> problems) {
        String r = text(raw);
        RegionCode region = RegionCode.ofKnown(r, regionExists);
        if (region == null) {
            problems.add(new Problem(
                    "regionCode",
                    r == null
                            ? "Give the region code (a country such as VN, or a region such as 653100)"
                            : "There is no region with the code " + r));
        }
        return region;
    }

    private static String osh(String raw, List<Problem> problems) {
        String osh = text(raw);
        if (osh != null && !osh.matches("[A-Za-z0-9]{4,40}")) {
            problems.add(new Problem("openSupplyHubId", "An Open Supply Hub id has 4 to 40 letters and digits"));
        }
        return osh;
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
