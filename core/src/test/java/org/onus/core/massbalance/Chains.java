package org.onus.core.massbalance;

import java.math.BigDecimal;
import java.util.List;

/** The seeded chains, as V5_80 writes them, for tests. */
final class Chains {

    static final ConversionChain COTTON = ConversionChain.of(
            "COTTON",
            "Cotton",
            "test",
            List.of(
                    new Stage("Seed cotton", List.of(), StageUnit.KG, new BigDecimal("0.35")),
                    new Stage("Cotton lint", List.of("5201", "5203"), StageUnit.KG, new BigDecimal("0.85")),
                    new Stage("Cotton yarn", List.of("5205", "5206", "5207"), StageUnit.KG, new BigDecimal("0.9")),
                    new Stage("Cotton fabric", List.of("5208", "5209"), StageUnit.KG, new BigDecimal("0.85")),
                    new Stage("Garments", List.of("61", "62"), StageUnit.KG, null)));

    static final ConversionChain TOMATO = ConversionChain.of(
            "TOMATO",
            "Tomatoes",
            "test",
            List.of(
                    new Stage("Fresh tomatoes", List.of("0702"), StageUnit.KG, new BigDecimal("0.17")),
                    new Stage("Tomato paste", List.of("200290"), StageUnit.KG, null)));

    static final List<ConversionChain> ALL = List.of(COTTON, TOMATO);

    static final MassBalance.Thresholds DEFAULT = new MassBalance.Thresholds(
            1, new BigDecimal("5"), MassBalance.Action.FLAG, new BigDecimal("5"), MassBalance.Action.FLAG);

    private Chains() {}
}
