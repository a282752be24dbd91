package org.onus.core.massbalance;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;

/**
 * Conversion chains (anyone signed in reads, regulators change yields) and entries' mass-balance
 * checks, each stored with the thresholds-table version it was judged under. Every change is
 * audited.
 */
@Stateless
public class MassBalanceService {

    static final String CHAIN = "ConversionChain";
    static final String ASSESSMENT = "EntryMassBalance";

    @Inject
    MassBalanceRepository repository;

    @Inject
    ThresholdTable thresholds;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ConversionChain> chains() {
        return repository.chains();
    }

    public ConversionChain chain(String code) {
        return repository.chain(code).orElseThrow(() -> new NotFoundException("Conversion chain " + code));
    }

    /** The thresholds a check made now would be judged under. */
    public MassBalance.Thresholds currentThresholds() {
        return thresholds.current();
    }

    /** A regulator sets the yield from one stage of a chain to the next, with a reason. */
    public ConversionChain changeYield(Actor actor, String code, int position, BigDecimal yield, String reason) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only regulators maintain conversion factors");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw InvalidInputException.of(
                    "reason", "Say why the factor changes (its source), at most 2,000 characters");
        }
        ConversionChain chain = chain(code);
        Snapshot before = chain.snapshot();
        chain.changeYield(position, yield, actor.username(), clock.instant());
        repository.chainChanged();
        audit.record(
                actor,
                "mass-balance.factor-changed",
                CHAIN,
                chain.code(),
                before,
                chain.snapshot().and("reason", why));
        return chain;
    }

    /** A check's verdict and the chain it went through (empty when none covers the goods). */
    public record Checked(MassBalance.Verdict verdict, Optional<ConversionChain> chain, int tableVersion) {}

    /** Checks a disclosure without storing anything: what screening asks before it decides. */
    public Checked check(String goodsHsCode, Optional<MassBalance.Measure> goods, List<MassBalance.Input> inputs) {
        MassBalance.Thresholds t = thresholds.current();
        List<ConversionChain> chains = repository.chains();
        MassBalance.Verdict verdict = MassBalance.check(chains, goodsHsCode, goods, inputs, t);
        Optional<ConversionChain> chain = verdict.chainCode() == null
                ? Optional.empty()
                : chains.stream()
                        .filter(c -> c.code().equals(verdict.chainCode()))
                        .findFirst();
        return new Checked(verdict, chain, t.tableVersion());
    }

    /**
     * Checks a disclosure and stores the verdict for the entry (replacing an earlier check), with
     * the thresholds-table version it was judged under.
     */
    public MassBalanceAssessment assess(
            UUID entryId, String goodsHsCode, Optional<MassBalance.Measure> goods, List<MassBalance.Input> inputs) {
        MassBalance.Thresholds t = thresholds.current();
        MassBalance.Verdict verdict = MassBalance.check(repository.chains(), goodsHsCode, goods, inputs, t);
        Optional<MassBalanceAssessment> earlier = repository.assessment(entryId);
        Snapshot before = earlier.map(MassBalanceAssessment::snapshot).orElse(Snapshot.NONE);
        MassBalanceAssessment assessment;
        if (earlier.isPresent()) {
            assessment = earlier.get();
            assessment.record(verdict, t.tableVersion(), clock.instant());
        } else {
            assessment = MassBalanceAssessment.of(entryId, verdict, t.tableVersion(), clock.instant());
            repository.store(assessment);
        }
        audit.recordSystem("mass-balance.checked", ASSESSMENT, entryId.toString(), before, assessment.snapshot());
        return assessment;
    }

    /** The entry's latest check, if it was checked (entries filed before mass balance were not). */
    public Optional<MassBalanceAssessment> assessment(UUID entryId) {
        return repository.assessment(entryId);
    }
}
