package org.onus.core.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.core.designation.DesignationListChanged;

/**
 * This node's screening index, kept as new as the designation list in the database.
 *
 * <p>Every node of a cluster does the same on its own: {@link #current()} compares the held
 * index's list version with the newest number in the database (asked at most every {@code
 * onus.screening.version-check-millis}, default 2000) and rebuilds when the database is ahead. A
 * publication on this node skips the wait: after its transaction commits, {@link
 * #listChanged(DesignationListChanged)} records the new number. One thread rebuilds at a time;
 * the others go on screening with the index they had (they wait only when there is none yet).
 */
@ApplicationScoped
public class ScreeningIndexes {

    private static final Logger LOG = Logger.getLogger(ScreeningIndexes.class.getName());

    /** Where numbers and indexes come from; the database in production. */
    public interface Source {

        /** The newest designation list version number; 0 when there is none. */
        int latestListNumber();

        /** An index of every public designation version, labelled with the list version it saw. */
        ScreeningIndex load();
    }

    /** The newest list number known, and when it was learnt (System.nanoTime()). */
    private record Known(int number, long atNanos) {}

    @Inject
    ScreeningIndexSource database;

    @Inject
    @ConfigProperty(name = "onus.screening.version-check-millis", defaultValue = "2000")
    long versionCheckMillis;

    private Source source;
    private LongSupplier nanoClock = System::nanoTime;
    private final AtomicReference<ScreeningIndex> held = new AtomicReference<>();
    private final AtomicReference<Known> known = new AtomicReference<>();
    private final ReentrantLock checking = new ReentrantLock();
    private final ReentrantLock rebuilding = new ReentrantLock();

    protected ScreeningIndexes() {
        // for CDI
    }

    /** Without a container: the source, the check interval and a clock in nanoseconds. */
    ScreeningIndexes(Source source, long versionCheckMillis, LongSupplier nanoClock) {
        this.source = source;
        this.versionCheckMillis = versionCheckMillis;
        this.nanoClock = nanoClock;
    }

    private Source source() {
        Source s = source;
        if (s == null) {
            ScreeningIndexSource db = database;
            s = new Source() {
                @Override
                public int latestListNumber() {
                    return db.latestListNumber();
                }

                @Override
                public ScreeningIndex load() {
                    return db.load();
                }
            };
            source = s;
        }
        return s;
    }

    /** An index of the newest designation list (as of at most the check interval ago). */
    public ScreeningIndex current() {
        int latest = latestNumber();
        ScreeningIndex index = held.get();
        if (index != null && index.listVersion() >= latest) {
            return index;
        }
        if (index == null) {
            rebuilding.lock();
        } else if (!rebuilding.tryLock()) {
            return index; // another thread is rebuilding; this one is consistent, if a little old
        }
        try {
            index = held.get();
            if (index == null || index.listVersion() < latest) {
                long start = System.nanoTime();
                ScreeningIndex fresh = source().load();
                held.set(fresh);
                index = fresh;
                LOG.info(() -> "Screening index built for designation list version " + fresh.listVersion() + ": "
                        + fresh.ruleCount() + " designation versions in "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
                if (fresh.listVersion() > latest) {
                    known.accumulateAndGet(
                            new Known(fresh.listVersion(), nanoClock.getAsLong()), ScreeningIndexes::newer);
                }
            }
            return index;
        } finally {
            rebuilding.unlock();
        }
    }

    /** After a new list version committed on this node: rebuild on the next screening, without waiting. */
    void listChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DesignationListChanged changed) {
        known.accumulateAndGet(new Known(changed.number(), nanoClock.getAsLong()), ScreeningIndexes::newer);
    }

    /** Forgets the number learnt last, so that the next screening asks the database. */
    public void invalidate() {
        known.set(null);
    }

    private static Known newer(Known old, Known learnt) {
        return old == null || learnt.number() > old.number() ? learnt : old;
    }

    private int latestNumber() {
        Known k = known.get();
        long now = nanoClock.getAsLong();
        if (k != null && now - k.atNanos() < TimeUnit.MILLISECONDS.toNanos(versionCheckMillis)) {
            return k.number();
        }
        if (k == null) {
            checking.lock();
        } else if (!checking.tryLock()) {
            return k.number(); // another thread is asking the database right now
        }
        try {
            Known again = known.get();
            if (again != k && again != null) {
                return again.number(); // learnt while this thread waited
            }
            int number = source().latestListNumber();
            known.set(new Known(number, nanoClock.getAsLong()));
            return number;
        } finally {
            checking.unlock();
        }
    }
}
