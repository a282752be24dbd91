package org.onus.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the portal asked of its PostgreSQL database during a phase, from the server's own
 * statistics: transactions committed or rolled back, table reads (sequential and index scans, one
 * per table a statement touched), and rows inserted, updated and deleted, application and engine
 * tables alike. Unlike CPU time these counts do not depend on what else the machine was doing, so a
 * change that saves queries shows as such on a noisy machine.
 *
 * <p>PostgreSQL publishes a backend's counts when its transaction ends, but at most once a second
 * (and within ten seconds when it goes idle), so a window's counts are off by up to that much work
 * at each end: over a minute, a few percent at most.
 */
final class DatabaseWork {

    /** Marks the per-table counts among the totals. */
    static final String TABLE = "table:";

    private final String url;
    private final String user;
    private final String password;

    /** @param url the portal's database; null to report nothing */
    DatabaseWork(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Map<String, Double> sample() {
        Map<String, Double> out = new LinkedHashMap<>();
        if (url == null) {
            return out;
        }
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select xact_commit + xact_rollback from pg_stat_database"
                    + " where datname = current_database()")) {
                r.next();
                out.put("transactions", r.getDouble(1));
            }
            try (ResultSet r = s.executeQuery("select coalesce(sum(seq_scan), 0) + coalesce(sum(idx_scan), 0),"
                    + " coalesce(sum(n_tup_ins), 0), coalesce(sum(n_tup_upd), 0), coalesce(sum(n_tup_del), 0)"
                    + " from pg_stat_user_tables")) {
                r.next();
                out.put("table reads", r.getDouble(1));
                out.put("rows inserted", r.getDouble(2));
                out.put("rows updated", r.getDouble(3));
                out.put("rows deleted", r.getDouble(4));
            }
            // Per table, to say where the reads and writes go; printed only for the busiest tables.
            try (ResultSet r = s.executeQuery("select lower(relname), coalesce(seq_scan, 0) + coalesce(idx_scan, 0),"
                    + " n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables")) {
                while (r.next()) {
                    out.put(TABLE + r.getString(1) + " reads", r.getDouble(2));
                    out.put(TABLE + r.getString(1) + " writes", r.getDouble(3));
                }
            }
        } catch (SQLException e) {
            System.err.println("database statistics not read: " + e.getMessage());
            out.clear();
        }
        return out;
    }

    /**
     * Unlike {@link ProcessCpu#difference}, only what both samples hold: a sample that failed is
     * empty, and counting from zero would report the database's whole life as one phase.
     */
    static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> out = new LinkedHashMap<>();
        after.forEach((k, v) -> {
            if (before.containsKey(k)) {
                out.put(k, v - before.get(k));
            }
        });
        return out;
    }
}
