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
        return Optional.empty();
    }

    static Optional<MassBalance.Measure> quantity(DisclosedInput input) {
        return Optional.empty();
    }
}
