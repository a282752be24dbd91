package org.onus.core.screeningcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryAssembler;
import org.onus.core.entry.EntryDraft;

/**
 * The hash officers compare must not be dodged by trivia: whatever the entry number, value, port,
 * arrival date, material names, producer spelling (case, spaces) or input order, the same supply
 * chain has the same hash; and any change screening can see changes it.
 */
class CanonicalDisclosureProperties {

    static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    static final EntryAssembler.References REFERENCES = new EntryAssembler.References(
            Set.of("CN", "VN", "BD", "653125", "650000", "653100")::contains, Set.of("CN", "VN", "BD")::contains);

    record Input(int tier, String hs, String producer, String region) {}

    @Provide
    Arbitrary<List<Input>> chains() {
        Arbitrary<Input> input = Combinators.combine(
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.of("5201", "5205", "6006", "5208.11", "2804.61"),
                        Arbitraries.of("Shache Ginning", "Hanoi Knits", "Dhaka Mills", ""),
                        Arbitraries.of("VN", "BD", "653125", "650000", "CN"))
                .as(Input::new);
        return input.list().ofMinSize(1).ofMaxSize(8);
    }

    static Entry entry(String number, String amount, String port, String arrival, List<Input> inputs, String material) {
        List<EntryDraft.InputDraft> drafts = inputs.stream()
                .map(i -> new EntryDraft.InputDraft(
                        Integer.toString(i.tier()), material, i.hs(), i.producer(), i.region(), null, null))
                .toList();
        EntryDraft draft =
                new EntryDraft(number, "6109.10", "Cotton T-shirts", "VN", amount, "USD", arrival, port, drafts);
        return Entry.file(EntryAssembler.filing(draft, REFERENCES, TODAY), "ACME", "importer-a", null, Instant.EPOCH);
    }

    @Property
    void theSameChainHasTheSameHashWhateverTheTrivia(@ForAll("chains") List<Input> chain, @ForAll long seed) {
        List<Input> shuffled = new ArrayList<>(chain);
        Collections.shuffle(shuffled, new Random(seed));
        List<Input> respelled = shuffled.stream()
                .map(i -> new Input(i.tier(), i.hs(), "  " + i.producer().toUpperCase() + " ", i.region()))
                .toList();

        Entry one = entry("E-1", "1250.00", "Rotterdam", "2026-12-01", chain, "Cotton lint");
        Entry other = entry("E-2", "99", "Felixstowe", "2026-12-20", respelled, "Lint");

        assertThat(CanonicalDisclosure.hash(other)).isEqualTo(CanonicalDisclosure.hash(one));
        assertThat(CanonicalDisclosure.hash(one)).matches("[0-9a-f]{64}");
    }

    @Property
    void aChangeScreeningCanSeeChangesTheHash(@ForAll("chains") List<Input> chain) {
        Input first = chain.get(0);
        List<Input> moved = new ArrayList<>(chain);
        moved.set(
                0,
                new Input(
                        first.tier(),
                        first.hs(),
                        first.producer(),
                        first.region().equals("VN") ? "BD" : "VN"));
        List<Input> deeper = new ArrayList<>(chain);
        deeper.set(0, new Input(first.tier() + 1, first.hs(), first.producer(), first.region()));

        String hash = CanonicalDisclosure.hash(entry("E-1", "1", "P", "2026-12-01", chain, "M"));
        assertThat(CanonicalDisclosure.hash(entry("E-1", "1", "P", "2026-12-01", moved, "M")))
                .isNotEqualTo(hash);
        assertThat(CanonicalDisclosure.hash(entry("E-1", "1", "P", "2026-12-01", deeper, "M")))
                .isNotEqualTo(hash);
    }
}
