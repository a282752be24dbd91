package org.onus.core.upr;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.FileName;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.NotFoundException;

/**
 * The one way in to the recommendations the UN recorded: importing them from a CSV file, reading
 * one, and searching them together with the team's own recommendations (and exporting what a search
 * found). An import is one transaction: a file with any bad row stores nothing.
 */
@Stateless
public class UprRecordService {

    static final String RECORD = "UprRecord";
    static final String IMPORT = "UprRecordImport";

    @Inject
    UprRecordRepository records;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * What an import did.
     *
     * @param rows the recommendations the file holds
     */
    public record ImportResult(int created, int updated, int unchanged, int rows, String sha256) {}

    /**
     * Imports a file in the layout of docs/UPR-DATA.md (upr-drafter). A row whose identity is new
     * creates a record; one that says something else than the stored record corrects it; the same
     * file imported again changes nothing. Each change and the import itself are audited.
     */
    public ImportResult importCsv(Actor actor, byte[] bytes, String fileName) {
        if (!actor.has(Role.UPR_DRAFTER)) {
            throw new ForbiddenActionException("Only UPR drafters import recommendations");
        }
        fileName = FileName.optional(fileName);
        List<UprRecordCsv.Row> rows = UprRecordCsv.read(bytes);
        // The stored records of the file's identities, a thousand at a time: well within every database's
        // limit on parameters however long the file.
        List<String> keys = rows.stream().map(r -> r.content().identityKey()).toList();
        Map<String, UprRecord> stored = new HashMap<>();
        for (int i = 0; i < keys.size(); i += 1000) {
            stored.putAll(records.byIdentity(keys.subList(i, Math.min(keys.size(), i + 1000))));
        }
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        for (UprRecordCsv.Row row : rows) {
            UprRecord existing = stored.get(row.content().identityKey());
            if (existing == null) {
                UprRecord r = UprRecord.imported(row.content(), actor.username(), now);
                records.store(r);
                audit.record(actor, "upr-record.imported", RECORD, r.id().toString(), Snapshot.NONE, r.snapshot());
                created++;
            } else {
                Snapshot before = existing.snapshot();
                if (existing.reimported(row.content(), now)) {
                    audit.record(
                            actor,
                            "upr-record.corrected",
                            RECORD,
                            existing.id().toString(),
                            before,
                            existing.snapshot());
                    updated++;
                }
            }
        }
        String sha256 = UprRecordCsv.sha256(bytes);
        ImportResult result = new ImportResult(created, updated, rows.size() - created - updated, rows.size(), sha256);
        audit.record(
                actor,
                "upr-records.imported",
                IMPORT,
                sha256,
                Snapshot.NONE,
                Snapshot.of("fileName", fileName)
                        .and("sha256", sha256)
                        .and("rows", result.rows())
                        .and("created", created)
                        .and("updated", updated)
                        .and("unchanged", result.unchanged()));
        return result;
    }

    /** One imported record (UPR drafters, reviewers and auditors). */
    public UprRecord record(Actor actor, UUID id) {
        requireReader(actor);
        return records.record(id).orElseThrow(() -> new NotFoundException("UPR record " + id));
    }

    /** A page of {@link UprFind#PAGE_SIZE} imported and own recommendations, newest cycle first. */
    public UprHits search(Actor actor, UprFind find) {
        requireReader(actor);
        return records.search(find, (find.page() - 1) * UprFind.PAGE_SIZE, UprFind.PAGE_SIZE, find.page());
    }

    /** Everything a search finds, up to {@link UprFind#MAX_EXPORT}, for the CSV export; the total says if there is more. */
    public UprHits export(Actor actor, UprFind find) {
        requireReader(actor);
        return records.search(find, 0, UprFind.MAX_EXPORT, 1);
    }

    /** The recommending States the imported records name, for the search form's suggestions. */
    public List<String> recommendingStates(Actor actor) {
        requireReader(actor);
        return records.recommendingStates();
    }

    private static void requireReader(Actor actor) {
        if (!UprService.mayRead(actor)) {
            throw new ForbiddenActionException("Only UPR teams and auditors see the UPR workspace");
        }
    }
}
