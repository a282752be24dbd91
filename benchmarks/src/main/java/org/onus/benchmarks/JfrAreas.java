package org.onus.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the portal's CPU went in a JDK Flight Recorder recording, by area of the stack rather than
 * by method: a hot-methods list of a Jakarta EE server is hundreds of lines of HashMap and String,
 * none of which says whether the audit chain, Camunda, Hibernate's flush or the token check cost
 * the time. Reads the {@code jdk.ExecutionSample} events (threads running Java code) and reports:
 *
 * <ul>
 *   <li>by layer: each sample goes to the first frame, from the top of the stack down, that belongs
 *       to a known library or to Onus (JDK frames are passed over, so SHA-256 called by the audit
 *       chain counts for the audit chain) — these shares add up to 100 %;
 *   <li>inclusive: the share of samples with an area anywhere on the stack (these overlap);
 *   <li>by endpoint: the JAX-RS resource method on the stack, if any;
 *   <li>the hottest leaf methods and the topmost Onus frames.
 * </ul>
 *
 * {@code jdk.NativeMethodSample} (threads in native code, mostly waiting on sockets) is counted
 * apart: it is waiting, not CPU. {@code jdk.ThreadStart} is counted by who started the thread: a
 * thread started per request or per message costs CPU that the execution samples do not show
 * (Jakarta Mail's write timeout once started one per mail, 12.7 % of the server's CPU).
 *
 * <pre>java -cp benchmarks.jar org.onus.benchmarks.JfrAreas recording.jfr</pre>
 */
public final class JfrAreas {

    /** Layers, most specific first: the first prefix a frame's class starts with names its layer. */
    static final String[][] LAYERS = {
        {"org.onus.core.audit.", "Onus: audit chain"},
        {"org.onus.core.screening.", "Onus: screening"},
        {"org.onus.core.evidence.", "Onus: evidence intake"},
        {"org.onus.core.notification.", "Onus: notifications and letters"},
        {"org.onus.", "Onus: other application code"},
        {"org.camunda.", "Camunda engine (incl. MyBatis)"},
        {"org.apache.ibatis.", "Camunda engine (incl. MyBatis)"},
        {"camundajar.", "Camunda's shaded libraries (FEEL/Scala for DMN, JUEL)"},
        {"org.hibernate.search.", "Hibernate Search / Lucene"},
        {"org.apache.lucene.", "Hibernate Search / Lucene"},
        {"org.hibernate.", "Hibernate ORM"},
        {"org.postgresql.", "PostgreSQL JDBC driver"},
        {"org.h2.", "H2 database"},
        {"org.jboss.jca.", "Connection pool (IronJacamar)"},
        {"com.arjuna.", "Transactions (Narayana)"},
        {"org.jboss.narayana.", "Transactions (Narayana)"},
        {"org.jboss.tm.", "Transactions (Narayana)"},
        {"org.apache.tika.", "Tika"},
        {"org.apache.pdfbox.", "PDF (openhtmltopdf / PDFBox)"},
        {"org.apache.fontbox.", "PDF (openhtmltopdf / PDFBox)"},
        {"com.openhtmltopdf.", "PDF (openhtmltopdf / PDFBox)"},
        {"com.ibm.icu.", "PDF (openhtmltopdf / PDFBox)"},
        {"org.thymeleaf.", "Thymeleaf"},
        {"org.attoparser.", "Thymeleaf"},
        {"org.wildfly.security.", "Security: Elytron (OIDC bearer tokens)"},
        {"org.jose4j.", "Security: Elytron (OIDC bearer tokens)"},
        {"com.nimbusds.", "Security: JOSE (Nimbus)"},
        {"com.fasterxml.jackson.", "JSON binding"},
        {"org.eclipse.yasson.", "JSON binding"},
        {"org.eclipse.parsson.", "JSON binding"},
        {"org.glassfish.json.", "JSON binding"},
        {"org.jboss.resteasy.", "RESTEasy (JAX-RS)"},
        {"io.undertow.", "Undertow / XNIO (HTTP)"},
        {"org.xnio.", "Undertow / XNIO (HTTP)"},
        {"org.jboss.weld.", "Weld (CDI)"},
        {"org.jboss.as.ejb3.", "EJB container"},
        {"org.jboss.ejb.", "EJB container"},
        {"org.jboss.invocation.", "EJB container"},
        {"jakarta.mail.", "Mail (Jakarta Mail)"},
        {"org.eclipse.angus.", "Mail (Jakarta Mail)"},
        {"org.jboss.logmanager.", "Logging"},
        {"org.jboss.", "WildFly, other"},
        {"org.wildfly.", "WildFly, other"},
    };

    /** Areas counted wherever they occur on the stack. */
    static final String[][] INCLUSIVE = {
        {"Camunda engine (any call into it)", "org.camunda."},
        {"Camunda DMN decision tables", "org.camunda.bpm.dmn."},
        {"Hibernate ORM (any)", "org.hibernate."},
        {
            "Hibernate flush (explicit, at commit, or auto before a query)",
            "org.hibernate.event.internal.AbstractFlushingEventListener"
        },
        {"Onus audit chain", "org.onus.core.audit."},
        {"Onus screening", "org.onus.core.screening."},
        {"Onus evidence intake", "org.onus.core.evidence."},
        {"Tika", "org.apache.tika."},
        {"PDF rendering / parsing", "com.openhtmltopdf.", "org.apache.pdfbox."},
        {"Thymeleaf", "org.thymeleaf."},
        {"Notifications, letters, inbox", "org.onus.core.notification."},
        {"Mail sending", "jakarta.mail.", "org.eclipse.angus."},
        {"Bearer token verification (Elytron OIDC)", "org.wildfly.security.http.oidc."},
        {"Elytron security (any; it wraps every request, so near 100 %)", "org.wildfly.security."},
        {"JSON binding", "com.fasterxml.jackson.", "org.eclipse.yasson.", "org.eclipse.parsson."},
        {"JSON binding: writing responses (Jsonb.toJson)", "org.eclipse.yasson.internal.JsonBinding.toJson"},
        {"JSON binding: reading requests (Jsonb.fromJson)", "org.eclipse.yasson.internal.JsonBinding.fromJson"},
        {"JSON binding: a new Jsonb built (JsonbBuilder.create)", "jakarta.json.bind.JsonbBuilder.create"},
        {
            "JSON binding: Yasson introspecting classes (AnnotationIntrospector)",
            "org.eclipse.yasson.internal.AnnotationIntrospector"
        },
        {"PostgreSQL JDBC driver", "org.postgresql."},
        {"Connection pool (IronJacamar)", "org.jboss.jca."},
        {"Transactions (Narayana)", "com.arjuna."},
        {"Weld (CDI)", "org.jboss.weld."},
        {"Logging", "org.jboss.logmanager.", "java.util.logging."},
        {"SHA-256 and other JDK crypto", "sun.security.provider.", "com.sun.crypto."},
    };

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JfrAreas recording.jfr");
            System.exit(2);
        }
        List<List<String>> stacks = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        int native_ = 0;
        Map<String, Integer> nativeThreads = new LinkedHashMap<>();
        Map<String, double[]> threadCpu = new LinkedHashMap<>();
        double[] jvmCpu = new double[3];
        double gcPauseMs = 0;
        int gcs = 0;
        double compileMs = 0;
        int compilations = 0;
        // A thread started per request or per message is a cost no sample shows where it belongs.
        Map<String, Integer> threadStarters = new LinkedHashMap<>();
        Instant first = null;
        Instant last = null;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            // The recorded window, from the samples: some settings events carry earlier times.
            if (type.equals("jdk.ExecutionSample")) {
                first = first == null || e.getStartTime().isBefore(first) ? e.getStartTime() : first;
                last = last == null || e.getEndTime().isAfter(last) ? e.getEndTime() : last;
            }
            switch (type) {
                case "jdk.CPULoad" -> {
                    jvmCpu[0] += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
                    jvmCpu[1] += e.getFloat("machineTotal");
                    jvmCpu[2]++;
                }
                case "jdk.ThreadCPULoad" ->
                    threadCpu.computeIfAbsent(threadOf(e, "eventThread"), k -> new double[2])[0] +=
                            e.getFloat("user") + e.getFloat("system");
                case "jdk.GarbageCollection" -> {
                    gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
                    gcs++;
                }
                case "jdk.Compilation" -> {
                    compileMs += e.getDuration().toNanos() / 1e6;
                    compilations++;
                }
                case "jdk.ThreadStart" -> threadStarters.merge(starter(e.getStackTrace()), 1, Integer::sum);
                default -> {}
            }
            if (type.equals("jdk.NativeMethodSample")) {
                native_++;
                nativeThreads.merge(threadGroup(e), 1, Integer::sum);
            }
            if (!type.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace trace = e.getStackTrace();
            if (trace == null) {
                continue;
            }
            List<String> frames = new ArrayList<>();
            for (RecordedFrame f : trace.getFrames()) {
                RecordedMethod m = f.getMethod();
                if (m != null && m.getType() != null) {
                    frames.add(m.getType().getName() + "." + m.getName());
                }
            }
            stacks.add(frames);
            threads.add(threadGroup(e));
        }
        int total = stacks.size();
        System.out.printf(
                "%s: %d execution samples (threads running Java code), %d native samples (threads in native code,"
                        + " mostly waiting on sockets)%n",
                Path.of(args[0]).getFileName(), total, native_);
        double seconds = first == null ? 0 : Duration.between(first, last).toNanos() / 1e9;
        if (jvmCpu[2] > 0) {
            System.out.printf(
                    "CPU (jdk.CPULoad, share of the whole machine): this JVM %.0f %%, machine %.0f %%%n",
                    100 * jvmCpu[0] / jvmCpu[2], 100 * jvmCpu[1] / jvmCpu[2]);
        }
        System.out.printf(
                "GC: %d collections, %.0f ms of pauses in %.0f s; JIT: %d compilations, %.0f ms compiling%n",
                gcs, gcPauseMs, seconds, compilations, compileMs);
        int started =
                threadStarters.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Threads started: %d in %.0f s%n", started, seconds);
        sorted(threadStarters).entrySet().stream()
                .limit(3)
                .forEach(en -> System.out.printf("  %6d  by %s%n", en.getValue(), en.getKey()));
        if (!threadCpu.isEmpty()) {
            double sum = threadCpu.values().stream().mapToDouble(v -> v[0]).sum();
            Map<String, Integer> byThread = new LinkedHashMap<>();
            threadCpu.forEach((k, v) -> byThread.put(k, (int) Math.round(1000 * v[0] / sum)));
            System.out.println();
            System.out.println("CPU by thread (jdk.ThreadCPULoad, per mille of this JVM's sampled CPU)");
            sorted(byThread).entrySet().stream()
                    .limit(12)
                    .forEach(en -> System.out.printf("  %6.1f %%  %s%n", en.getValue() / 10.0, en.getKey()));
        }
        if (total == 0) {
            return;
        }

        print("By thread (execution samples)", count(threads, Function.identity()), total, 12);
        print(
                "By layer: first known library or Onus frame from the top of the stack (adds up to 100 %)",
                count(stacks, JfrAreas::layer), total, 40);
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        for (String[] area : INCLUSIVE) {
            int n = 0;
            for (List<String> s : stacks) {
                if (s.stream().anyMatch(f -> startsWithAny(f, area))) {
                    n++;
                }
            }
            inclusive.put(area[0], n);
        }
        print("Inclusive: samples with the area anywhere on the stack (overlapping)", sorted(inclusive), total, 40);
        print("By endpoint: the JAX-RS resource method on the stack", count(stacks, JfrAreas::endpoint), total, 20);
        print("Hottest leaf methods", count(stacks, s -> s.isEmpty() ? "(none)" : s.get(0)), total, 25);
        print(
                "Topmost Onus frame",
                count(
                        stacks,
                        s -> s.stream()
                                .filter(f -> f.startsWith("org.onus."))
                                .findFirst()
                                .orElse("(no Onus frame)")),
                total,
                25);
        print("Native samples by thread", sorted(nativeThreads), Math.max(1, native_), 8);
    }

    static String layer(List<String> stack) {
        for (String frame : stack) {
            for (String[] layer : LAYERS) {
                if (frame.startsWith(layer[0])) {
                    return layer[1];
                }
            }
            if (!isJdk(frame)) {
                String[] parts = frame.split("\\.");
                return "other: " + (parts.length > 2 ? parts[0] + "." + parts[1] : frame);
            }
        }
        return "JDK only: " + (stack.isEmpty() ? "(no frames)" : packageOf(stack.get(0)));
    }

    static String endpoint(List<String> stack) {
        for (String frame : stack) {
            if (frame.startsWith("org.onus.web.") && frame.contains("Resource.")) {
                return frame.substring("org.onus.web.".length());
            }
        }
        return "(no resource method on the stack)";
    }

    static boolean isJdk(String frame) {
        return frame.startsWith("java.")
                || frame.startsWith("javax.")
                || frame.startsWith("jdk.")
                || frame.startsWith("sun.")
                || frame.startsWith("com.sun.");
    }

    static String packageOf(String frame) {
        String cls = frame.substring(0, frame.lastIndexOf('.'));
        return cls.contains(".") ? cls.substring(0, cls.lastIndexOf('.')) : cls;
    }

    static boolean startsWithAny(String frame, String[] area) {
        for (int i = 1; i < area.length; i++) {
            if (frame.startsWith(area[i])) {
                return true;
            }
        }
        return false;
    }

    /** Thread names without their numbers, so a pool reads as one line. */
    static String threadGroup(RecordedEvent e) {
        return threadOf(e, "sampledThread");
    }

    /** The first frame outside the JDK that started a thread: who asked for it. */
    static String starter(RecordedStackTrace trace) {
        if (trace != null) {
            for (RecordedFrame f : trace.getFrames()) {
                RecordedMethod m = f.getMethod();
                String type =
                        m == null || m.getType() == null ? "" : m.getType().getName();
                if (!type.isEmpty()
                        && !type.startsWith("java.")
                        && !type.startsWith("jdk.")
                        && !type.startsWith("sun.")) {
                    return type + "." + m.getName();
                }
            }
        }
        return "(the JDK)";
    }

    static String threadOf(RecordedEvent e, String field) {
        RecordedThread thread = e.getThread(field);
        String name = thread == null ? null : thread.getJavaName();
        if (name == null && thread != null) {
            name = thread.getOSName();
        }
        return name == null ? "?" : name.replaceAll("\\d+", "#");
    }

    static <T> Map<String, Integer> count(List<T> items, Function<T, String> key) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (T item : items) {
            out.merge(key.apply(item), 1, Integer::sum);
        }
        return sorted(out);
    }

    static Map<String, Integer> sorted(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println();
        System.out.println(title);
        Set<String> shown = new LinkedHashSet<>();
        counts.forEach((k, v) -> {
            if (shown.size() < limit) {
                shown.add(k);
                System.out.printf("  %6.1f %%  %6d  %s%n", 100.0 * v / total, v, k);
            }
        });
    }
}
