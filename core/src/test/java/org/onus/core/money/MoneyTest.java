package org.onus.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void anAmountIsReadToTheCentAndACurrencyByItsCodeInAnyCase() {
        assertThat(Money.amountOf(" 1250.5 ")).isEqualByComparingTo("1250.50");
        assertThat(Money.currencyOf("usd")).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    void whatIsNotAnAmountToTheCentIsRefused() {
        assertThatThrownBy(() -> Money.amountOf("12,50")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.amountOf("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.amountOf("123456789012345678")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.amountOf(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCurrencyMustBeAnIso4217Code() {
        assertThatThrownBy(() -> Money.currencyOf("EURO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EURO");
        assertThatThrownBy(() -> Money.currencyOf("XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.currencyOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameSumIsTheSameMoneyWhateverItsScale() {
        Money a = new Money(new BigDecimal("1250"), Currency.getInstance("USD"));
        Money b = new Money(new BigDecimal("1250.00"), Currency.getInstance("USD"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Money(new BigDecimal("1250"), Currency.getInstance("EUR")));
        assertThat(a.isPositive()).isTrue();
        assertThat(new Money(new BigDecimal("-1"), Currency.getInstance("USD")).isPositive())
                .isFalse();
    }

    @Test
    void moneyCannotHoldFractionsOfACent() {
        assertThatThrownBy(() -> new Money(new BigDecimal("0.001"), Currency.getInstance("USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
