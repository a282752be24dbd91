package org.onus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.onus.workflows.engine.EngineDefaults;

/**
 * What closed cases cost in PostgreSQL (issue 14, item 5), measured on the portal's own database
 * around a lifecycle run, and the engine's history clean-up removing expired history from it.
 *
 * <pre>
 * java -cp benchmarks.jar org.onus.benchmarks.Footprint snapshot URL USER PASSWORD FILE.json
 * java -cp benchmarks.jar org.onus.benchmarks.Footprint compare BEFORE.json AFTER.json
 * java -cp benchmarks.jar org.onus.benchmarks.Footprint cleanup URL USER PASSWORD
 * </pre>
 *
 * {@code snapshot} vacuums the tables (so that the sizes are not those of dead row versions the
 * run left behind), then records, per table, its size with indexes and TOAST
 * ({@code pg_total_relation_size}) and its live rows, and the number of detention cases closed and
 * open. {@code compare} divides what the tables grew between two snapshots by the cases closed in
 * between, per group: the application's tables, the engine's runtime ({@code act_ru_*}), its
 * history ({@code act_hi_*}) and the rest of the engine's. {@code cleanup}, with the portal
 * stopped, starts a bare engine on the same database, sets every model's and decision table's
 * history time-to-live to 0 days and has the engine stamp the removal times again (every ended
 * case's history is then expired), runs the engine's own history clean-up job until a run removes
 * nothing more, and reports the history tables before and after
 * ({@code VACUUM FULL} so that the freed space shows as bytes).
 */
public final class Footprint {

    static final String CLOSED = "status in ('RELEASED','CONFISCATED','PROTEST_UPHELD','PROTEST_DENIED','EXCLUDED')";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Footprint() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("snapshot")) {
            ObjectNode snapshot = snapshot(args[1], args[2], args[3]);
            Files.writeString(
                    Path.of(args[4]), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(snapshot));
            System.out.printf(
                    "footprint snapshot: %,d bytes in %d tables, %d closed and %d open cases%n",
                    total(snapshot, null),
                    snapshot.get("tables").size(),
                    snapshot.get("closedCases").asLong(),
                    snapshot.get("openCases").asLong());
        } else if (args.length == 3 && args[0].equals("compare")) {
            compare(
                    JSON.readTree(Path.of(args[1]).toFile()),
                    JSON.readTree(Path.of(args[2]).toFile()));
        } else if (args.length == 4 && args[0].equals("cleanup")) {
            cleanup(args[1], args[2], args[3]);
        } else {
            System.err.println("usage: Footprint snapshot URL USER PASSWORD FILE | compare BEFORE AFTER"
                    + " | cleanup URL USER PASSWORD");
            System.exit(2);
        }
    }

    static String group(String table) {
        if (table.startsWith("act_ru_")) {
            return "engine runtime";
        }
        if (table.startsWith("act_hi_")) {
            return "engine history";
        }
        if (table.startsWith("act_")) {
            return "engine other";
        }
        return "application";
    }

    static ObjectNode snapshot(String url, String user, String password) throws SQLException {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode tables = out.putObject("tables");
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
            try (ResultSet r =
                    s.executeQuery("select c.relname, pg_total_relation_size(c.oid), coalesce(st.n_live_tup, 0)"
                            + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                            + " left join pg_stat_user_tables st on st.relid = c.oid"
                            + " where c.relkind = 'r' and n.nspname = current_schema() order by 1")) {
                while (r.next()) {
                    ObjectNode t = tables.putObject(r.getString(1).toLowerCase());
                    t.put("bytes", r.getLong(2));
                    t.put("rows", r.getLong(3));
                }
            }
            out.put("closedCases", count(s, "select count(*) from detention_case where " + CLOSED));
            out.put("openCases", count(s, "select count(*) from detention_case where not " + CLOSED));
            out.put("entries", count(s, "select count(*) from entry"));
        }
        return out;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long total(JsonNode snapshot, String group) {
        long sum = 0;
        for (Map.Entry<String, JsonNode> t : snapshot.get("tables").properties()) {
            if (group == null || group(t.getKey()).equals(group)) {
                sum += t.getValue().get("bytes").asLong();
            }
        }
        return sum;
    }

    static void compare(JsonNode before, JsonNode after) {
        long closed =
                after.get("closedCases").asLong() - before.get("closedCases").asLong();
        long opened = after.get("openCases").asLong() - before.get("openCases").asLong();
        long entries = after.get("entries").asLong() - before.get("entries").asLong();
        System.out.printf(
                "between the snapshots: %d cases closed, open cases %+d, entries %+d%n", closed, opened, entries);
        if (closed <= 0) {
            System.out.println("no case closed between the snapshots: nothing to divide by");
            return;
        }
        System.out.printf("%-16s %14s %12s%n", "group", "bytes grown", "per closed case");
        long all = 0;
        for (String group : List.of("application", "engine runtime", "engine history", "engine other")) {
            long grown = total(after, group) - total(before, group);
            all += grown;
            System.out.printf("%-16s %,14d %,12d%n", group, grown, grown / closed);
        }
        System.out.printf("%-16s %,14d %,12d  (%.1f KB)%n", "all", all, all / closed, all / closed / 1024.0);
        System.out.println("the tables that grew most, per closed case:");
        Map<String, Long> growth = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> t : after.get("tables").properties()) {
            JsonNode was = before.get("tables").get(t.getKey());
            long grown = t.getValue().get("bytes").asLong()
                    - (was == null ? 0 : was.get("bytes").asLong());
            long rows = t.getValue().get("rows").asLong()
                    - (was == null ? 0 : was.get("rows").asLong());
            growth.put(t.getKey() + String.format(" (%+.1f rows)", rows / (double) closed), grown);
        }
        growth.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> System.out.printf("  %-48s %,8d%n", e.getKey(), e.getValue() / closed));
    }

    static void cleanup(String url, String user, String password) throws SQLException {
        Map<String, long[]> before = history(url, user, password);
        StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
        c.setProcessEngineName("footprint-cleanup");
        c.setJdbcUrl(url);
        c.setJdbcUsername(user);
        c.setJdbcPassword(password);
        c.setJdbcDriver("org.postgresql.Driver");
        EngineDefaults.apply(c, ProcessEngineConfiguration.HISTORY_AUTO, Map.of());
        c.setJobExecutorActivate(false);
        c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        ProcessEngine engine = c.buildProcessEngine();
        long started = System.nanoTime();
        int runs = 0;
        try {
            // The engine removes history by the removal time it stamped on it when the case ended
            // (end + time-to-live), so expiring it now means a time-to-live of 0 days and the
            // removal time calculated again, for the processes and for the decision tables evaluated
            // outside them (evidence admissibility), through the engine's own batches.
            for (ProcessDefinition model :
                    engine.getRepositoryService().createProcessDefinitionQuery().list()) {
                engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(model.getId(), 0);
            }
            for (DecisionDefinition table : engine.getRepositoryService()
                    .createDecisionDefinitionQuery()
                    .list()) {
                engine.getRepositoryService().updateDecisionDefinitionHistoryTimeToLive(table.getId(), 0);
            }
            long endedBefore = engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .finished()
                    .count();
            long decisionsBefore = engine.getHistoryService()
                    .createHistoricDecisionInstanceQuery()
                    .count();
            List<Batch> batches = new ArrayList<>();
            if (endedBefore > 0) {
                batches.add(engine.getHistoryService()
                        .setRemovalTimeToHistoricProcessInstances()
                        .calculatedRemovalTime()
                        .byQuery(engine.getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .finished())
                        .hierarchical()
                        .executeAsync());
            }
            if (decisionsBefore > 0) {
                batches.add(engine.getHistoryService()
                        .setRemovalTimeToHistoricDecisionInstances()
                        .calculatedRemovalTime()
                        .byQuery(engine.getHistoryService().createHistoricDecisionInstanceQuery())
                        .hierarchical()
                        .executeAsync());
            }
            for (Batch batch : batches) {
                runBatch(engine, batch);
            }
            long removalStamped = System.nanoTime();
            // Each run of the clean-up job removes a batch of each kind of history; run it until a
            // run removes nothing more.
            long left = Long.MAX_VALUE;
            while (runs < 10_000) {
                Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
                engine.getManagementService().executeJob(job.getId());
                runs++;
                long now = engine.getHistoryService()
                                .createHistoricProcessInstanceQuery()
                                .count()
                        + engine.getHistoryService()
                                .createHistoricDecisionInstanceQuery()
                                .count();
                if (now >= left) {
                    break;
                }
                left = now;
            }
            System.out.printf(
                    "history clean-up: %d ended cases' processes and %d decision evaluations expired (time-to-live 0"
                            + " days); removal times stamped again in %.1f s; %d runs of the engine's clean-up job in"
                            + " %.1f s%n",
                    endedBefore,
                    decisionsBefore,
                    (removalStamped - started) / 1e9,
                    runs,
                    (System.nanoTime() - removalStamped) / 1e9);
            System.out.printf(
                    "left: %d process instances (still running: %d), %d decision evaluations%n",
                    engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .count(),
                    engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .unfinished()
                            .count(),
                    engine.getHistoryService()
                            .createHistoricDecisionInstanceQuery()
                            .count());
        } finally {
            engine.close();
        }
        Map<String, long[]> after = history(url, user, password);
        System.out.printf(
                "%-32s %12s %12s %14s %14s%n",
                "history table", "rows before", "rows after", "bytes before", "bytes after");
        long[] sum = new long[4];
        for (String table : before.keySet()) {
            long[] b = before.get(table);
            long[] a = after.getOrDefault(table, new long[2]);
            if (b[0] == 0 && a[0] == 0) {
                continue;
            }
            System.out.printf("%-32s %,12d %,12d %,14d %,14d%n", table, b[0], a[0], b[1], a[1]);
            sum[0] += b[0];
            sum[1] += a[0];
            sum[2] += b[1];
            sum[3] += a[1];
        }
        System.out.printf("%-32s %,12d %,12d %,14d %,14d%n", "all history", sum[0], sum[1], sum[2], sum[3]);
    }

    /** Runs a batch's seed, its jobs and its monitor here, as the job executor would. */
    private static void runBatch(ProcessEngine engine, Batch batch) {
        for (int guard = 0; guard < 100_000; guard++) {
            List<Job> jobs = engine.getManagementService()
                    .createJobQuery()
                    .jobDefinitionId(batch.getSeedJobDefinitionId())
                    .list();
            if (jobs.isEmpty()) {
                jobs = engine.getManagementService()
                        .createJobQuery()
                        .jobDefinitionId(batch.getBatchJobDefinitionId())
                        .list();
            }
            if (jobs.isEmpty()) {
                jobs = engine.getManagementService()
                        .createJobQuery()
                        .jobDefinitionId(batch.getMonitorJobDefinitionId())
                        .list();
            }
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        throw new IllegalStateException("batch " + batch.getId() + " did not finish");
    }

    /** Rows and bytes (after {@code VACUUM FULL}) of each history table. */
    private static Map<String, long[]> history(String url, String user, String password) throws SQLException {
        Map<String, long[]> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid ="
                    + " c.relnamespace where c.relkind = 'r' and n.nspname = current_schema()"
                    + " and c.relname like 'act\\_hi\\_%' order by 1")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                s.execute("VACUUM FULL " + table);
                out.put(table, new long[] {
                    count(s, "select count(*) from " + table),
                    count(s, "select pg_total_relation_size('" + table + "')")
                });
            }
        }
        return out;
    }
}
