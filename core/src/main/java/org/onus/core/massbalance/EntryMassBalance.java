package org.onus.core.massbalance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.onus.core.entry.DisclosedInput;
import org.onus.core.entry.DisclosureScreened;
import org.onus.core.entry.Entry;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.quantity.Quantity;

/**
 * Hears an entry's disclosure being screened (filed or refined), synchronously inside that
 * transaction, and checks its mass balance: the goods' quantity against the inputs', an input
 * counting as from a designated region when screening matched it to one.
 */
@ApplicationScoped
public class EntryMassBalance {

    @Inject
    MassBalanceService service;

    void screened(@Observes DisclosureScreened screened) {
        Entry entry = screened.entry();
        service.assess(entry.id(), entry.hsCode(), goods(entry), inputs(entry));
    }

    static List<MassBalance.Input> inputs(Entry entry) {
        Set<Integer> designated = entry.matches().stream()
                .filter(m -> !m.isManual() && m.designatedRegionCode() != null)
                .map(ScreeningMatch::inputIndex)
                .collect(Collectors.toSet());
        List<MassBalance.Input> inputs = new ArrayList<>();
        List<DisclosedInput> disclosed = entry.inputs();
        for (int i = 0; i < disclosed.size(); i++) {
            DisclosedInput input = disclosed.get(i);
            inputs.add(new MassBalance.Input(input.hsCode(), quantity(input), designated.contains(i)));
        }
        return inputs;
    }

    static Optional<MassBalance.Measure> goods(Entry entry) {
        return entry.goodsQuantity().flatMap(EntryMassBalance::measure);
    }

    static Optional<MassBalance.Measure> quantity(DisclosedInput input) {
        return input.quantity().flatMap(EntryMassBalance::measure);
    }

    /**
     * A declared quantity in a stage unit: mass in kilograms, pieces and pairs in pieces. Volume,
     * area and length have no stage unit (no chain counts in them), so they are not compared.
     */
    static Optional<MassBalance.Measure> measure(Quantity q) {
        return switch (q.unit().family()) {
            case MASS -> Optional.of(new MassBalance.Measure(q.inBase(), StageUnit.KG));
            case COUNT -> Optional.of(new MassBalance.Measure(q.inBase(), StageUnit.PIECE));
            default -> Optional.empty();
        };
    }
}
