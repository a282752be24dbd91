package org.onus.core.supplychain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.onus.core.geography.RegionCode;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.quantity.Unit;
import org.onus.core.sector.HsCode;

/**
 * A supply-chain map as typed into the page or sent to the API: the product and its bill of
 * materials, raw, read into a {@link Checked} map with every problem named by its field
 * ({@code inputs[2].supplierId}).
 */
public record MapDraft(
        String name, String hsCode, String description, String quantity, String unit, List<InputDraft> inputs) {

    static final int GOODS_HS_DIGITS = 6;
    static final int INPUT_HS_DIGITS = 4;
    static final int MAX_INPUTS = 500;

    /** The units a quantity may be given in (those entries accept). */
    public static final List<String> UNITS =
            java.util.Arrays.stream(Unit.values()).map(Unit::name).toList();

    /** One input of the bill of materials, raw; the supplier (and facility) come from the registry. */
    public record InputDraft(
            String tier,
            String supplierId,
            String facilityId,
            String material,
            String hsCode,
            String regionCode,
            String quantity,
            String unit,
            String sharePercent) {

        public boolean isBlank() {
            return SupplierDraft.text(tier) == null
                    && SupplierDraft.text(supplierId) == null
                    && SupplierDraft.text(facilityId) == null
                    && SupplierDraft.text(material) == null
                    && SupplierDraft.text(hsCode) == null
                    && SupplierDraft.text(regionCode) == null
                    && SupplierDraft.text(quantity) == null
                    && SupplierDraft.text(unit) == null
                    && SupplierDraft.text(sharePercent) == null;
        }
    }

    /** A map read and checked: what a new version is made of. */
    public record Checked(
            String name, HsCode hsCode, String description, BigDecimal quantity, String unit, List<MapInput> inputs) {

        public Checked {
            inputs = List.copyOf(inputs);
        }
    }

    public List<InputDraft> inputs() {
        return inputs == null ? List.of() : inputs;
    }

    /**
     * @param suppliers the organisation's own suppliers by id (another's are unknown)
     * @param regionExists whether a region code is known (and not retired)
     * @throws InvalidInputException naming every problem
     */
    public Checked check(Function<UUID, Optional<Supplier>> suppliers, Predicate<String> regionExists) {
        List<Problem> problems = new ArrayList<>();
        String n = SupplierDraft.text(name);
        if (n == null || n.length() > 200) {
            problems.add(new Problem("name", "Name the map, e.g. the product, at most 200 characters"));
        }
        HsCode goods = hs(hsCode, GOODS_HS_DIGITS, "hsCode", "", problems);
        String d = SupplierDraft.text(description);
        if (d == null || d.length() > 2000) {
            problems.add(new Problem("description", "Describe the goods, at most 2,000 characters"));
        }
        Quantity q = quantity(quantity, unit, "quantity", "unit", "", problems);
        List<MapInput> checked = new ArrayList<>();
        List<InputDraft> raw = inputs();
        long given = raw.stream().filter(i -> i != null && !i.isBlank()).count();
        if (given == 0) {
            problems.add(new Problem("inputs", "List at least one input, with its supplier"));
        } else if (given > MAX_INPUTS) {
            problems.add(new Problem("inputs", "A map can have at most 500 inputs"));
        } else {
            // Problems keep the position the input was sent at; blank rows (spare page rows) are skipped.
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i) == null || raw.get(i).isBlank()) {
                    continue;
                }
                MapInput input = input(raw.get(i), i, suppliers, regionExists, problems);
                if (input != null) {
                    checked.add(input);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(n, goods, d, q == null ? null : q.amount(), q == null ? null : q.unit(), checked);
    }

    private static MapInput input(
            InputDraft in,
            int i,
            Function<UUID, Optional<Supplier>> suppliers,
            Predicate<String> regionExists,
            List<Problem> problems) {
        String field = "inputs[" + i + "].";
        String label = "Input " + (i + 1) + ": ";
        int before = problems.size();
        int tier = 0;
        try {
            tier = Integer.parseInt(
                    SupplierDraft.text(in.tier()) == null ? "" : in.tier().strip());
            if (tier < 1 || tier > 20) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(
                    new Problem(field + "tier", label + "the tier is a whole number from 1 (direct supplier) to 20"));
        }
        Supplier supplier = uuid(in.supplierId()).flatMap(suppliers).orElse(null);
        if (supplier == null) {
            problems.add(new Problem(field + "supplierId", label + "choose a supplier from your registry"));
        }
        Facility facility = null;
        String rawFacility = SupplierDraft.text(in.facilityId());
        if (rawFacility != null && supplier != null) {
            facility = uuid(rawFacility).flatMap(supplier::facility).orElse(null);
            if (facility == null) {
                problems.add(
                        new Problem(field + "facilityId", label + "choose one of the supplier's facilities, or none"));
            }
        }
        String material = SupplierDraft.text(in.material());
        if (material == null || material.length() > 300) {
            problems.add(new Problem(field + "material", label + "name the material, at most 300 characters"));
        }
        HsCode hs = hs(in.hsCode(), INPUT_HS_DIGITS, field + "hsCode", label, problems);
        String rawRegion = SupplierDraft.text(in.regionCode());
        RegionCode region = null;
        if (rawRegion != null) {
            region = RegionCode.ofKnown(rawRegion, regionExists);
            if (region == null) {
                problems.add(
                        new Problem(field + "regionCode", label + "there is no region with the code " + rawRegion));
            }
        } else if (facility != null) {
            region = RegionCode.of(facility.regionCode());
        } else if (supplier != null) {
            region = RegionCode.of(supplier.regionCode());
        }
        Quantity q = quantity(in.quantity(), in.unit(), field + "quantity", field + "unit", label, problems);
        BigDecimal share = null;
        if (SupplierDraft.text(in.sharePercent()) != null) {
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
        if (problems.size() > before) {
            return null;
        }
        return new MapInput(
                tier,
                supplier.id(),
                facility == null ? null : facility.id(),
                supplier.legalName(),
                supplier.registrationNumber(),
                facility != null && facility.openSupplyHubId() != null
                        ? facility.openSupplyHubId()
                        : supplier.openSupplyHubId(),
                material,
                hs.digits(),
                region.value(),
                q == null ? null : q.amount(),
                q == null ? null : q.unit(),
                share);
    }

    private record Quantity(BigDecimal amount, String unit) {}

    private static Quantity quantity(
            String rawAmount,
            String rawUnit,
            String amountField,
            String unitField,
            String label,
            List<Problem> problems) {
        String a = SupplierDraft.text(rawAmount);
        String u = SupplierDraft.text(rawUnit);
        if (a == null && u == null) {
            return null;
        }
        BigDecimal amount = null;
        if (a == null) {
            problems.add(new Problem(amountField, label + "give the quantity with its unit, or neither"));
        } else {
            try {
                amount = new BigDecimal(a);
                if (amount.signum() <= 0 || amount.scale() > 3 || amount.precision() - amount.scale() > 16) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                amount = null;
                problems.add(new Problem(amountField, label + "the quantity is a positive number such as 1200.5"));
            }
        }
        String unit = null;
        if (u == null) {
            problems.add(new Problem(unitField, label + "give the unit of the quantity, e.g. KG"));
        } else if (!UNITS.contains(u.toUpperCase(Locale.ROOT))) {
            problems.add(new Problem(unitField, label + "the unit is one of " + String.join(", ", UNITS)));
        } else {
            unit = u.toUpperCase(Locale.ROOT);
        }
        return amount == null || unit == null ? null : new Quantity(amount, unit);
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

    static Optional<UUID> uuid(String raw) {
        String s = SupplierDraft.text(raw);
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
