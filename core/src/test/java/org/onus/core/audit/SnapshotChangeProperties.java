package org.onus.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An audit event keeps the whole state after a change and only the altered fields of the state
 * before. Whatever the two states, that must lose nothing: the state before is rebuilt exactly.
 */
class SnapshotChangeProperties {

    @Property(tries = 500)
    void theStateBeforeIsRebuiltExactlyFromTheAlteredFieldsAndTheStateAfter(
            @ForAll("states") Map<String, Object> was, @ForAll("states") Map<String, Object> is) {
        Snapshot before = snapshot(was);
        Snapshot after = snapshot(is);

        Map<String, Object> rebuilt = Snapshot.before(before.changedFields(after), after.fields());

        Map<String, Object> expected = new HashMap<>(was);
        expected.values().removeIf(v -> v == null);
        assertThat(rebuilt).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Map<String, Object>> states() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMaxLength(6).map(s -> (Object) s),
                Arbitraries.longs().between(0, 5).map(n -> (Object) n),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.strings().numeric().ofLength(2).list().ofMaxSize(2).map(l -> (Object) List.copyOf(l)),
                Arbitraries.just(null));
        return Arbitraries.maps(
                        Arbitraries.of("status", "route", "decidedBy", "evidence", "steppedAside", "due"), value)
                .ofMaxSize(6);
    }

    private static Snapshot snapshot(Map<String, Object> state) {
        Snapshot s = Snapshot.NONE;
        for (Map.Entry<String, Object> e : state.entrySet()) {
            s = s.and(e.getKey(), e.getValue());
        }
        return s;
    }
}
