package org.onus.core.statistics;

import java.math.BigDecimal;

/** A sum of declared values in one currency; currencies are never converted or added together. */
public record CurrencyAmount(String currency, BigDecimal amount) {}
