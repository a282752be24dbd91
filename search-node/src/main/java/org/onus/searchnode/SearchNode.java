package org.onus.searchnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch 2.19 node, built from the jars on Maven Central rather than the distribution
 * archive (whose download sites the build machines cannot reach). The distribution's {@code
 * modules/} folder exists to give each module its own class loader; the two modules a search index
 * needs (HTTP/transport over Netty and the common analyzers) are instead handed to the node as
 * classpath plugins, as OpenSearch's own test framework does. That also avoids the
 * plugin-descriptor.properties files, which only the distribution build generates.
 *
 * <p>Development and test use only: no security plugin, bound to loopback, single-node discovery.
 * Binding to loopback keeps the node in development mode, so the production bootstrap checks
 * (vm.max_map_count, file descriptors, memory lock) do not apply.
 */
public final class SearchNode implements AutoCloseable {

    /** Modules of the distribution that Onus's index needs; everything else stays out. */
    static final List<Class<? extends Plugin>> MODULES =
            List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class);

    private final Node node;
    private final int httpPort;

    private SearchNode(Node node, int httpPort) {
        this.node = node;
        this.httpPort = httpPort;
    }

    /**
     * Lays out an OpenSearch home under {@code home} (config, data, logs, empty plugins and
     * modules) and starts a node on 127.0.0.1:{@code httpPort}, transport on {@code httpPort + 100}.
     * Data survives a restart on the same home.
     */
    public static SearchNode start(Path home, int httpPort) throws IOException, NodeValidationException {
        Path config = home.resolve("config");
        for (String dir : List.of("config", "data", "logs", "plugins", "modules")) {
            Files.createDirectories(home.resolve(dir));
        }
        // Written every start so the file always says how the running node was configured.
        Files.writeString(
                config.resolve("opensearch.yml"),
                String.join(
                        "\n",
                        "cluster.name: onus-search",
                        "node.name: onus-search-" + httpPort,
                        "discovery.type: single-node",
                        "network.host: 127.0.0.1",
                        "http.port: " + httpPort,
                        "transport.port: " + (httpPort + 100),
                        "path.data: " + home.resolve("data").toAbsolutePath(),
                        "path.logs: " + home.resolve("logs").toAbsolutePath(),
                        // A development disk is often fuller than the 85%/90% watermarks allow.
                        "cluster.routing.allocation.disk.threshold_enabled: false",
                        ""));
        Files.writeString(
                config.resolve("log4j2.properties"),
                String.join(
                        "\n",
                        "status = error",
                        "appender.console.type = Console",
                        "appender.console.name = console",
                        "appender.console.layout.type = PatternLayout",
                        "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n",
                        "rootLogger.level = info",
                        "rootLogger.appenderRef.console.ref = console",
                        ""));

        Settings settings = Settings.builder()
                .put("path.home", home.toAbsolutePath().toString())
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
                settings, Map.of(), config.toAbsolutePath(), () -> "onus-search-" + httpPort);
        try {
            // As the distribution's Bootstrap does; with -ea (tests) configure() asserts it.
            LogConfigurator.registerErrorListener();
            LogConfigurator.setNodeName("onus-search-" + httpPort);
            LogConfigurator.configure(environment);
        } catch (org.opensearch.cli.UserException e) {
            throw new IOException("logging configuration rejected: " + e.getMessage(), e);
        }
        Node node = new ClasspathPluginNode(environment, MODULES).start();
        // One node cannot hold a replica: without this every index stays yellow and a health
        // check that waits for green never returns.
        node.client()
                .admin()
                .indices()
                .preparePutTemplate("onus-single-node")
                .setPatterns(List.of("*"))
                .setOrder(-1)
                .setSettings(Settings.builder().put("index.number_of_replicas", 0))
                .get();
        return new SearchNode(node, httpPort);
    }

    public int httpPort() {
        return httpPort;
    }

    @Override
    public void close() throws IOException {
        node.close();
    }

    /** {@code java -cp 'search-node-lib/*' org.onus.searchnode.SearchNode <home> <httpPort>} */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SearchNode <home directory> <http port>");
            System.exit(2);
        }
        long started = System.nanoTime();
        SearchNode searchNode = start(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.printf(
                "onus search node: http://127.0.0.1:%d/ up after %d ms%n",
                searchNode.httpPort(), (System.nanoTime() - started) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                searchNode.close();
                            } catch (IOException e) {
                                e.printStackTrace();
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "onus-search-node-shutdown"));
        stopped.await();
    }

    /** The constructor that takes classpath plugins is protected: it is meant for exactly this. */
    private static final class ClasspathPluginNode extends Node {
        ClasspathPluginNode(Environment environment, List<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }
}
