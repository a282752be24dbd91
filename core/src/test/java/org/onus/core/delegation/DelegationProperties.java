package org.onus.core.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.onus.core.problem.ConflictException;

/**
 * For any sequence of grants, revocations, days passing and filing attempts: a broker may file for
 * an importer exactly when a delegation from that importer to that broker, granted earlier, is
 * neither revoked nor past its last day at that moment. The model below keeps its own record of
 * what happened and is checked against {@link Delegation#permits} after every step.
 */
class DelegationProperties {

    static final List<String> IMPORTERS = List.of("ACME-IMPORTS", "BETA-TRADING");
    static final List<String> BROKERS = List.of("BROKER-1", "BROKER-2");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    sealed interface Action permits Grant, Revoke, Pass, File {}

    /** An importer delegates a broker, until a number of days from today (null: until revoked). */
    record Grant(int importer, int broker, Integer days) implements Action {}

    /** The importer revokes the n-th delegation granted so far (modulo how many there are). */
    record Revoke(int n) implements Action {}

    record Pass(int days) implements Action {}

    record File(int importer, int broker) implements Action {}

    /** The model's own memory of one grant: who, until when, and whether it was revoked. */
    static final class Granted {
        final String importer;
        final String broker;
        final LocalDate lastDay;
        boolean revoked;

        Granted(String importer, String broker, LocalDate lastDay) {
            this.importer = importer;
            this.broker = broker;
            this.lastDay = lastDay;
        }
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Integer> who = Arbitraries.integers().between(0, 1);
        Arbitrary<Action> grant = Combinators.combine(
                        who, who, Arbitraries.integers().between(0, 20).injectNull(0.3))
                .as(Grant::new);
        Arbitrary<Action> revoke = Arbitraries.integers().between(0, 50).map(Revoke::new);
        Arbitrary<Action> pass = Arbitraries.integers().between(1, 10).map(Pass::new);
        Arbitrary<Action> file = Combinators.combine(who, who).as(File::new);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, grant),
                        net.jqwik.api.Tuple.of(2, revoke),
                        net.jqwik.api.Tuple.of(2, pass),
                        net.jqwik.api.Tuple.of(4, file))
                .list()
                .ofMinSize(1)
                .ofMaxSize(40);
    }

    @Property(tries = 500)
    void aBrokerMayFileForAnImporterIffADelegationFromItIsInForceAtThatMoment(@ForAll("actions") List<Action> actions) {
        List<Delegation> stored = new ArrayList<>();
        List<Granted> model = new ArrayList<>();
        LocalDate today = START;
        for (Action action : actions) {
            if (action instanceof Grant g) {
                String importer = IMPORTERS.get(g.importer());
                String broker = BROKERS.get(g.broker());
                LocalDate lastDay = g.days() == null ? null : today.plusDays(g.days());
                stored.add(Delegation.grant(importer, broker, lastDay, "u", Instant.EPOCH, today));
                model.add(new Granted(importer, broker, lastDay));
            } else if (action instanceof Revoke r) {
                if (!stored.isEmpty()) {
                    int i = r.n() % stored.size();
                    if (model.get(i).revoked) {
                        assertThatThrownBy(() -> stored.get(i).revoke("u", Instant.EPOCH))
                                .isInstanceOf(ConflictException.class);
                    } else {
                        stored.get(i).revoke("u", Instant.EPOCH);
                        model.get(i).revoked = true;
                    }
                }
            } else if (action instanceof Pass p) {
                today = today.plusDays(p.days());
            } else if (action instanceof File f) {
                String importer = IMPORTERS.get(f.importer());
                String broker = BROKERS.get(f.broker());
                assertThat(Delegation.permits(stored, importer, broker, today))
                        .as("%s files for %s on %s", broker, importer, today)
                        .isEqualTo(expected(model, importer, broker, today));
            }
            // Whatever happened, the rule holds for every pair at this moment.
            for (String importer : IMPORTERS) {
                for (String broker : BROKERS) {
                    assertThat(Delegation.permits(stored, importer, broker, today))
                            .isEqualTo(expected(model, importer, broker, today));
                }
            }
        }
    }

    @Property(tries = 200)
    void aDelegationFromOneImporterNeverLetsTheBrokerFileForAnother(@ForAll("actions") List<Action> actions) {
        List<Delegation> stored = new ArrayList<>();
        for (Action action : actions) {
            if (action instanceof Grant g && g.importer() == 0) {
                stored.add(
                        Delegation.grant(IMPORTERS.get(0), BROKERS.get(g.broker()), null, "u", Instant.EPOCH, START));
            }
        }
        for (String broker : BROKERS) {
            assertThat(Delegation.permits(stored, IMPORTERS.get(1), broker, START))
                    .isFalse();
        }
    }

    private static boolean expected(List<Granted> model, String importer, String broker, LocalDate today) {
        for (Granted g : model) {
            boolean lapsed = g.lastDay != null && today.isAfter(g.lastDay);
            if (g.importer.equals(importer) && g.broker.equals(broker) && !g.revoked && !lapsed) {
                return true;
            }
        }
        return false;
    }
}
