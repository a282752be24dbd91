package org.onus.core.massbalance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stage of a conversion chain: what it is, the HS prefixes that identify goods at this stage,
 * the unit it is counted in and how many units of the next stage one unit of it yields (none on
 * the last stage).
 */
@Embeddable
public class Stage {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "hs_prefixes", nullable = false, length = 200)
    private String hsPrefixes;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", nullable = false, length = 10)
    private StageUnit unit;

    @Column(name = "yield_to_next", precision = 12, scale = 6)
    private BigDecimal yieldToNext;

    protected Stage() {
        // for JPA
    }

    public Stage(String name, List<String> hsPrefixes, StageUnit unit, BigDecimal yieldToNext) {
        this.name = Objects.requireNonNull(name, "name");
        this.hsPrefixes = String.join(" ", hsPrefixes);
        this.unit = Objects.requireNonNull(unit, "unit");
        if (yieldToNext != null && yieldToNext.signum() <= 0) {
            throw new IllegalArgumentException("A yield is positive");
        }
        this.yieldToNext = yieldToNext;
    }

    public String name() {
        return name;
    }

    public List<String> hsPrefixes() {
        return hsPrefixes.isBlank()
                ? List.of()
                : Arrays.asList(hsPrefixes.trim().split("\\s+"));
    }

    public StageUnit unit() {
        return unit;
    }

    /** Units of the next stage per unit of this one; empty on the last stage. */
    public Optional<BigDecimal> yieldToNext() {
        return Optional.ofNullable(yieldToNext);
    }

    /** The length of this stage's longest HS prefix that the code starts with, 0 if none. */
    int match(String hsCode) {
        if (hsCode == null) {
            return 0;
        }
        String digits = hsCode.replaceAll("[^0-9]", "");
        return hsPrefixes().stream()
                .filter(digits::startsWith)
                .mapToInt(String::length)
                .max()
                .orElse(0);
    }

    Stage withYield(BigDecimal yield) {
        return new Stage(name, hsPrefixes(), unit, yield);
    }
}
