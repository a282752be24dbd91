package org.onus.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.UploadInspector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an upload's inspection costs: the small PDF the lifecycle benchmark uploads three times per
 * case, read by {@link UploadInspector} exactly as the evidence intake reads it (type from the
 * content, declared type and file name checked against it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class UploadInspectorBenchmark {

    private UploadInspector inspector;
    private Path dir;
    private ContentStore.Staged pdf;
    private ContentStore.Staged text;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        inspector = new UploadInspector(64L * 1024 * 1024);
        dir = Files.createTempDirectory("onus-upload-bench");
        pdf = staged("document.pdf", PortalLifecycleDriver.pdf());
        text = staged(
                "notes.txt",
                ("Supplier declaration " + UUID.randomUUID() + "\nCotton from Kazakhstan, lot 42.\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private ContentStore.Staged staged(String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        return new ContentStore.Staged(file, "unused", content.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(pdf.file());
        Files.deleteIfExists(text.file());
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public UploadInspector.Accepted smallPdf() throws IOException {
        return inspector.inspect(pdf, "application/pdf", "document.pdf");
    }

    @Benchmark
    public UploadInspector.Accepted plainText() throws IOException {
        return inspector.inspect(text, "text/plain", "notes.txt");
    }
}
