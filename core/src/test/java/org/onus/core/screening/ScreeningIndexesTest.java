package org.onus.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.DesignationListChanged;

class ScreeningIndexesTest {

    /** A database whose list version the test moves; each load builds an index with that many rules. */
    static final class FakeDatabase implements ScreeningIndexes.Source {
        final AtomicInteger latest = new AtomicInteger();
        final AtomicInteger checks = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();
        volatile CountDownLatch loading = new CountDownLatch(0);
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public int latestListNumber() {
            checks.incrementAndGet();
            return latest.get();
        }

        @Override
        public ScreeningIndex load() {
            loads.incrementAndGet();
            int number = latest.get();
            loading.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<ScreeningRule> rules = new ArrayList<>();
            for (int i = 1; i <= number; i++) {
                rules.add(Fixtures.rule("Designation " + i, Set.of("650000"), Set.of("5201")));
            }
            return ScreeningIndex.build(number, rules, Fixtures.TREE);
        }
    }

    final FakeDatabase db = new FakeDatabase();
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final ScreeningIndexes indexes = new ScreeningIndexes(db, 2000, nanos::get);

    void later(long millis) {
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    @Test
    void rebuildsWhenTheDatabaseHasANewerListVersionAndNotOtherwise() {
        db.latest.set(1);
        ScreeningIndex first = indexes.current();
        assertThat(first.listVersion()).isEqualTo(1);
        assertThat(db.loads).hasValue(1);

        later(5000);
        assertThat(indexes.current()).isSameAs(first);
        assertThat(db.checks).hasValue(2);
        assertThat(db.loads).hasValue(1);

        db.latest.set(2);
        later(5000);
        ScreeningIndex second = indexes.current();
        assertThat(second.listVersion()).isEqualTo(2);
        assertThat(second.ruleCount()).isEqualTo(2);
        assertThat(db.loads).hasValue(2);
    }

    @Test
    void asksTheDatabaseAtMostOncePerInterval() {
        db.latest.set(1);
        ScreeningIndex first = indexes.current();
        db.latest.set(2);
        for (int i = 0; i < 100; i++) {
            later(10);
            assertThat(indexes.current()).isSameAs(first);
        }
        assertThat(db.checks).hasValue(1);

        later(1000);
        assertThat(indexes.current().listVersion()).isEqualTo(2);
        assertThat(db.checks).hasValue(2);
    }

    @Test
    void aListChangeOnThisNodeIsSeenAtOnce() {
        db.latest.set(1);
        indexes.current();
        db.latest.set(2);

        indexes.listChanged(new DesignationListChanged(2, "Published Xinjiang cotton"));

        assertThat(indexes.current().listVersion()).isEqualTo(2);
        assertThat(db.checks).hasValue(1); // the event said which version; no need to ask
        indexes.listChanged(new DesignationListChanged(1, "late, older event"));
        assertThat(indexes.current().listVersion()).isEqualTo(2);

        db.latest.set(3);
        indexes.invalidate();
        assertThat(indexes.current().listVersion()).isEqualTo(3);
    }

    @Test
    void anEmptyListGivesAnEmptyIndex() {
        assertThat(indexes.current().listVersion()).isZero();
        assertThat(indexes.current().ruleCount()).isZero();
    }

    @Test
    void concurrentCallersKeepTheOldIndexWhileOneThreadRebuilds() throws Exception {
        db.latest.set(1);
        ScreeningIndex old = indexes.current();
        db.latest.set(2);
        db.loading = new CountDownLatch(1);
        db.release = new CountDownLatch(1);
        later(5000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<ScreeningIndex> rebuilder = pool.submit(indexes::current);
            assertThat(db.loading.await(10, TimeUnit.SECONDS)).isTrue();

            List<Future<ScreeningIndex>> others = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                others.add(pool.submit(indexes::current));
            }
            for (Future<ScreeningIndex> f : others) {
                ScreeningIndex seen = f.get(10, TimeUnit.SECONDS);
                assertThat(seen).isSameAs(old);
                assertThat(seen.ruleCount()).isEqualTo(seen.listVersion());
            }
            db.release.countDown();
            ScreeningIndex fresh = rebuilder.get(10, TimeUnit.SECONDS);
            assertThat(fresh.listVersion()).isEqualTo(2);
            assertThat(indexes.current()).isSameAs(fresh);
            assertThat(db.loads).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAnIndexCallersWaitForTheFirstBuildAndItIsBuiltOnce() throws Exception {
        db.latest.set(3);
        db.loading = new CountDownLatch(1);
        db.release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ScreeningIndex>> callers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                callers.add(pool.submit(indexes::current));
            }
            assertThat(db.loading.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(50);
            assertThat(callers).noneMatch(Future::isDone);
            db.release.countDown();
            for (Future<ScreeningIndex> f : callers) {
                assertThat(f.get(10, TimeUnit.SECONDS).listVersion()).isEqualTo(3);
            }
            assertThat(db.loads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
