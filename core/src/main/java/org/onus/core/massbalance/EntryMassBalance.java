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
import org.onus.core.entry.MassBalanceHolds;
import org.onus.core.entry.ScreeningMatch;
import org.onus.core.quantity.Quantity;

/**
 * Hears an entry's disclosure being screened (filed, refined or screened again for a new list),
 * synchronously inside that transaction, and stores its mass-balance check: the goods' quantity
 * against the inputs', an input counting as from a designated region when screening matched it to
 * one. Screening asks it first which shortfalls the thresholds table holds the goods for.
 */
@ApplicationScoped
public class EntryMassBalance implements MassBalanceHolds {

    @Inject
    MassBalanceService service;

    @Override
    public List<Shortfall> holding(Entry entry) {
        Optional<MassBalance.Measure> goods = goods(entry);
        List<MassBalance.Input> inputs = inputs(entry);
        if (goods.isEmpty() || inputs.stream().noneMatch(i -> i.quantity().isPresent())) {
            // Nothing can fall short without quantities: spare most filings (and every bulk line
            // without them) the table and the chains.
            return List.of();
        }
        MassBalanceService.Checked checked = service.check(entry.hsCode(), goods, inputs);
        List<Shortfall> held = new ArrayList<>();
        for (MassBalance.Flag f : checked.verdict().flags()) {
            if (f.kind() == MassBalance.FlagKind.CANNOT_ACCOUNT && f.action() == MassBalance.Action.HOLD) {
                List<String> prefixes = checked.chain()
                        .flatMap(c -> c.stages().stream()
                                .filter(st -> st.name().equals(f.stage()))
                                .findFirst())
                        .map(Stage::hsPrefixes)
                        .orElse(List.of());
                held.add(new Shortfall(f.stage(), prefixes, f.arithmetic()));
            }
        }
        return held;
    }

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
