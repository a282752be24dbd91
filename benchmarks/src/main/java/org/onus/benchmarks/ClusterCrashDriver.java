package org.onus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client side of the cluster's crash test ({@code scripts/cluster-crash-test.sh}): files
 * entries through the balancer from several threads, each with an {@code Idempotency-Key}, runs a
 * command that kills a node once a given number has been acknowledged, and retries every request
 * that failed or timed out with the same key and body, as a careful client must. It writes what the
 * portal acknowledged (one line per entry) for the script to check against the database.
 *
 * <p>Options: {@code --portal}, {@code --keycloak}, {@code --entries} (200), {@code --threads} (4),
 * {@code --detain-every} (3: every third entry has an input from a designated region), {@code
 * --kill-after} (acknowledgements before the kill, 70), {@code --kill-command}, {@code --out}.
 */
public final class ClusterCrashDriver {

    /** What the portal acknowledged for one entry. */
    record Acknowledged(String key, String entryNumber, String id, String status, int attempts, int failures) {}

    /** An entry the client gave up on, or the portal refused for good. */
    record Lost(String key, String entryNumber, int attempts, String lastAnswer) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);

    private final Map<String, String> options;
    private final PortalClient portal;
    private final PortalLifecycleDriver lifecycle;
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger failedRequests = new AtomicInteger();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final ConcurrentLinkedQueue<String> failureKinds = new ConcurrentLinkedQueue<>();

    ClusterCrashDriver(Map<String, String> options) {
        this.options = options;
        this.portal = new PortalClient(
                options.getOrDefault("portal", "http://localhost:8080"),
                options.getOrDefault("keycloak", "http://localhost:8180"));
        this.lifecycle = new PortalLifecycleDriver(options);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ClusterCrashDriver(Options.parse(args)).run());
    }

    int run() throws Exception {
        int entries = Integer.parseInt(options.getOrDefault("entries", "200"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int detainEvery = Integer.parseInt(options.getOrDefault("detain-every", "3"));
        int killAfter = Integer.parseInt(options.getOrDefault("kill-after", "70"));
        String killCommand = options.get("kill-command");
        Path out = Path.of(options.getOrDefault("out", "acknowledged.tsv"));

        System.out.println("Setting up: a designation in force, approved by two regulators...");
        lifecycle.designationInForce();
        String run = Long.toString(System.currentTimeMillis(), 36);

        // Bodies are fixed before the first attempt: a retry must send exactly the same request.
        List<String[]> requests = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            String body = lifecycle.entry(i % detainEvery == 0);
            String number = JSON.readTree(body).get("entryNumber").asText();
            requests.add(new String[] {"crash-" + run + "-" + i, number, body});
        }

        System.out.printf(
                "Filing %d entries from %d threads through %s; %s after %d acknowledgements%n",
                entries,
                threads,
                options.getOrDefault("portal", "http://localhost:8080"),
                killCommand == null ? "no kill" : "run " + killCommand,
                killAfter);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object>> results = new ArrayList<>();
        for (String[] request : requests) {
            results.add(pool.submit(() -> file(request[0], request[1], request[2], killAfter, killCommand)));
        }
        List<Acknowledged> done = new ArrayList<>();
        List<Lost> lost = new ArrayList<>();
        for (Future<Object> result : results) {
            Object r = result.get();
            if (r instanceof Acknowledged a) {
                done.add(a);
            } else {
                lost.add((Lost) r);
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        StringBuilder tsv = new StringBuilder();
        for (Acknowledged a : done) {
            tsv.append(String.join(
                            "\t",
                            a.key(),
                            a.entryNumber(),
                            a.id(),
                            a.status(),
                            Integer.toString(a.attempts()),
                            Integer.toString(a.failures())))
                    .append('\n');
        }
        Files.writeString(out, tsv, StandardCharsets.UTF_8);

        long detained = done.stream().filter(a -> "DETAINED".equals(a.status())).count();
        long retried = done.stream().filter(a -> a.attempts() > 1).count();
        System.out.printf(
                "Acknowledged %d of %d entries (%d detained); %d needed more than one attempt; %d failed requests%s%n",
                done.size(),
                entries,
                detained,
                retried,
                failedRequests.get(),
                failureKinds.isEmpty() ? "" : " " + summarise(failureKinds));
        System.out.println("Kill command run: " + (killed.get() ? "yes" : "no"));
        for (Lost l : lost) {
            System.out.printf(
                    "  NOT ACKNOWLEDGED %s (%s) after %d attempts: %s%n",
                    l.key(), l.entryNumber(), l.attempts(), l.lastAnswer());
        }
        return lost.isEmpty() && (killCommand == null || killed.get()) ? 0 : 1;
    }

    /** Files one entry until the portal acknowledges it (201) or refuses it for good (another 4xx). */
    private Object file(String key, String number, String body, int killAfter, String killCommand) {
        long giveUpAt = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        int attempts = 0;
        int failures = 0;
        String last = "";
        while (System.nanoTime() < giveUpAt) {
            attempts++;
            PortalClient.Answer answer =
                    portal.postJsonKeyed("/api/v1/entries", PortalLifecycleDriver.IMPORTER, key, body);
            if (answer.is(201)) {
                JsonNode entry = answer.json();
                if (acknowledged.incrementAndGet() == killAfter && killCommand != null) {
                    kill(killCommand);
                }
                return new Acknowledged(
                        key,
                        number,
                        entry.path("id").asText(),
                        entry.path("status").asText(),
                        attempts,
                        failures);
            }
            last = answer.status() + " " + PortalLifecycleDriver.clip(answer.body());
            // The balancer's 502/503/504, a connection that died or timed out: the request may or may
            // not have been done, so it is sent again with the same key. Any other answer is final.
            boolean retriable = answer.status() == -1 || answer.status() >= 500;
            if (!retriable) {
                return new Lost(key, number, attempts, last);
            }
            failures++;
            failedRequests.incrementAndGet();
            failureKinds.add(answer.status() == -1 ? "connection" : Integer.toString(answer.status()));
            sleep(RETRY_PAUSE);
        }
        return new Lost(key, number, attempts, "gave up after " + GIVE_UP_AFTER + "; last answer " + last);
    }

    private void kill(String command) {
        System.out.printf("  %d acknowledged: running %s%n", acknowledged.get(), command);
        try {
            Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            // In the background: the other threads keep filing while the node dies.
            Thread waiter = new Thread(() -> {
                try {
                    int rc = p.waitFor();
                    killed.set(rc == 0);
                    System.out.println("  kill command finished with exit code " + rc);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiter.setDaemon(true);
            waiter.start();
        } catch (IOException e) {
            System.out.println("  could not run the kill command: " + e);
        }
    }

    private static String summarise(ConcurrentLinkedQueue<String> kinds) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        kinds.forEach(k -> counts.merge(k, 1L, Long::sum));
        return counts.toString();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
