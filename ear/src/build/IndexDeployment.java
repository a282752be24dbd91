import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.jandex.IndexWriter;
import org.jboss.jandex.Indexer;

/**
 * Adds a Jandex annotation index ({@code META-INF/jandex.idx}) to every archive of the EAR that
 * lacks one: the EJB jars, the libraries, and the WAR's classes and libraries.
 *
 * <p>Why: WildFly builds this index for every resource root of a deployment at each start, by
 * reading every class file; a boot profile showed it was a third of the server's CPU time before
 * the application was up (icu4j, POI, the FEEL engine and the Camunda engine alone hold tens of
 * thousands of classes). WildFly reads a jar's own index instead when there is one, so indexing
 * once at build time removes that cost from every start. The index is built exactly as WildFly
 * would (every {@code .class} leaf, unreadable classes skipped) and by the Jandex of the server
 * the EAR is built for, so it reads what it wrote.
 *
 * <p>Run as a single-file program by the build: {@code java -cp jandex.jar IndexDeployment.java
 * onus.ear cache-dir}. The EAR is rewritten in place. Indexed libraries are kept in the cache
 * directory under the hash of the original, so a library is indexed once, not at every build.
 */
public final class IndexDeployment {

    private static final String INDEX = "META-INF/jandex.idx";
    private static final String WAR_CLASSES = "WEB-INF/classes/";

    private final Path cache;
    private final Set<Path> used = new HashSet<>();
    private int indexed;
    private int cached;
    private int classes;

    private IndexDeployment(Path cache) {
        this.cache = cache;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IndexDeployment <ear> <cache-dir>");
        }
        Path ear = Path.of(args[0]);
        Path rewritten = ear.resolveSibling(ear.getFileName() + ".indexing");
        IndexDeployment tool = new IndexDeployment(Files.createDirectories(Path.of(args[1])));
        try (InputStream in = Files.newInputStream(ear);
                OutputStream out = Files.newOutputStream(rewritten)) {
            tool.rewriteEar(in, out);
        }
        Files.move(rewritten, ear, StandardCopyOption.REPLACE_EXISTING);
        tool.forgetUnused();
        System.out.println("Jandex: indexed " + tool.indexed + " archives (" + tool.classes + " classes), "
                + tool.cached + " more from the cache, in " + ear.getFileName());
    }

    private void rewriteEar(InputStream in, OutputStream out) throws IOException {
        try (ZipInputStream ear = new ZipInputStream(in);
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = ear.getNextEntry()) != null; ) {
                byte[] content = ear.readAllBytes();
                if (entry.getName().endsWith(".jar")) {
                    content = withIndex(content);
                } else if (entry.getName().endsWith(".war")) {
                    content = war(content);
                }
                put(rewritten, entry, content);
            }
        }
    }

    /** A WAR: its libraries each get their own index, and WEB-INF/classes gets one. */
    private byte[] war(byte[] war) throws IOException {
        Indexer webClasses = new Indexer();
        boolean hasClassesIndex = false;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(war.length + (1 << 20));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(war));
                ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                byte[] content = in.readAllBytes();
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    content = withIndex(content);
                } else if (name.equals(WAR_CLASSES + INDEX)) {
                    hasClassesIndex = true;
                } else if (name.startsWith(WAR_CLASSES) && name.endsWith(".class")) {
                    index(webClasses, content);
                }
                put(out, entry, content);
            }
            if (!hasClassesIndex) {
                put(out, new ZipEntry(WAR_CLASSES + INDEX), write(webClasses));
                indexed++;
            }
        }
        return buffer.toByteArray();
    }

    private byte[] withIndex(byte[] jar) throws IOException {
        Path cachedCopy = cache.resolve(sha256(jar) + ".jar");
        used.add(cachedCopy);
        if (Files.exists(cachedCopy)) {
            cached++;
            return Files.readAllBytes(cachedCopy);
        }
        byte[] result = indexed(jar);
        Path partial = Files.createTempFile(cache, "indexing", ".part");
        Files.write(partial, result);
        Files.move(partial, cachedCopy, StandardCopyOption.REPLACE_EXISTING);
        return result;
    }

    /** Earlier builds' copies of the application's own jars would otherwise pile up. */
    private void forgetUnused() throws IOException {
        try (var files = Files.list(cache)) {
            for (Path file : files.toList()) {
                if (!used.contains(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private byte[] indexed(byte[] jar) throws IOException {
        Indexer indexer = new Indexer();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals(INDEX)) {
                    return jar; // the library ships its own index; WildFly uses it as it is
                }
                if (!entry.isDirectory() && entry.getName().endsWith(".class")) {
                    index(indexer, in.readAllBytes());
                }
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(jar.length + (1 << 16));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                put(out, entry, in.readAllBytes());
            }
            put(out, new ZipEntry(INDEX), write(indexer));
        }
        indexed++;
        return buffer.toByteArray();
    }

    private void index(Indexer indexer, byte[] classFile) {
        try {
            indexer.index(new ByteArrayInputStream(classFile));
            classes++;
        } catch (IOException | RuntimeException e) {
            // WildFly skips a class it cannot read, with a warning at deployment; so do we.
            System.err.println("Jandex: skipped an unreadable class: " + e.getMessage());
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(Indexer indexer) throws IOException {
        ByteArrayOutputStream index = new ByteArrayOutputStream();
        new IndexWriter(index).write(indexer.complete());
        return index.toByteArray();
    }

    /**
     * Copies an entry. Archives inside archives are stored, not deflated again: they are compressed
     * already, and deflating 80 MB of jars a second time was most of this tool's cost.
     */
    private static void put(ZipOutputStream out, ZipEntry original, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(original.getName());
        if (original.getTime() != -1) {
            entry.setTime(original.getTime());
        }
        if (entry.getName().endsWith(".jar") || entry.getName().endsWith(".war")) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }
}
