package org.onus.core.massbalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;

class ConversionChainTest {

    static ConversionChain cotton() {
        return ConversionChain.of("COTTON", "Cotton", "test", Chains.COTTON.stages());
    }

    @Test
    void anHsCodeBelongsToTheStageWithTheLongestPrefix() {
        ConversionChain chain = cotton();

        assertThat(chain.stageOf("5201.00")).isEqualTo(1);
        assertThat(chain.stageOf("620342")).isEqualTo(4);
        assertThat(chain.stageOf("8471")).isEqualTo(-1);
        assertThat(chain.stageOf(null)).isEqualTo(-1);
    }

    @Test
    void aRegulatorChangesAYieldButNeverOnTheLastStageNorToNothing() {
        ConversionChain chain = cotton();

        chain.changeYield(1, new BigDecimal("0.80"), "rita", Instant.EPOCH);

        assertThat(chain.stages().get(1).yieldToNext()).contains(new BigDecimal("0.8"));
        assertThat(chain.updatedBy()).contains("rita");
        assertThatThrownBy(() -> chain.changeYield(4, BigDecimal.ONE, "rita", Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> chain.changeYield(1, BigDecimal.ZERO, "rita", Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
        assertThat(chain.yieldBetween(1, 4)).isEqualByComparingTo(new BigDecimal("0.612"));
        assertThat(List.of(chain.stages().get(4).yieldToNext().isPresent())).containsExactly(false);
    }
}
