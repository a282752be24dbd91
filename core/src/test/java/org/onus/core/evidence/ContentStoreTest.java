package org.onus.core.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    @TempDir
    Path dir;

    @Test
    void contentIsKeptUnderItsSha256() throws IOException {
        ContentStore store = new ContentStore(dir);

        ContentStore.Staged staged = store.stage(stream("abc"), 100);
        boolean added = store.keep(staged);

        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(staged.sha256()).isEqualTo(sha);
        assertThat(staged.size()).isEqualTo(3);
        assertThat(added).isTrue();
        assertThat(store.path(sha)).isEqualTo(dir.resolve("ba/78/" + sha)).hasContent("abc");
        assertThat(Files.exists(staged.file())).isFalse();
    }

    @Test
    void theSameBytesAreStoredOnce() throws IOException {
        ContentStore store = new ContentStore(dir);
        store.keep(store.stage(stream("same"), 100));

        ContentStore.Staged again = store.stage(stream("same"), 100);

        assertThat(store.keep(again)).isFalse();
        assertThat(storedFiles()).isEqualTo(1);
        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothing() {
        ContentStore store = new ContentStore(dir);

        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[2048]), 1024))
                .isInstanceOfSatisfying(
                        UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRejectedException.Reason.TOO_LARGE))
                .hasMessage("The file is larger than 1 KiB, the most Onus accepts");
        assertThat(stagingFiles()).isEmpty();
        assertThat(storedFiles()).isZero();
    }

    @Test
    void aFileExactlyAtTheLimitIsAccepted() throws IOException {
        ContentStore store = new ContentStore(dir);

        assertThat(store.stage(new ByteArrayInputStream(new byte[1024]), 1024).size())
                .isEqualTo(1024);
    }

    @Test
    void aDiscardedUploadLeavesNothing() throws IOException {
        ContentStore store = new ContentStore(dir);

        store.discard(store.stage(stream("refused later"), 100));

        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void contentIsCheckedAgainstItsHashWhenRead() throws IOException {
        ContentStore store = new ContentStore(dir);
        ContentStore.Staged staged = store.stage(stream("original"), 100);
        store.keep(staged);
        try (InputStream in = store.openVerified(staged.sha256())) {
            assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("original");
        }

        Files.writeString(store.path(staged.sha256()), "altered on disk");

        assertThatThrownBy(() -> store.openVerified(staged.sha256()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is corrupt");
    }

    @Test
    void onlyHashesNameStoredFiles() {
        ContentStore store = new ContentStore(dir);

        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesAreDescribedInUnitsPeopleRead() {
        assertThat(ContentStore.describe(50L * 1024 * 1024)).isEqualTo("50 MiB");
        assertThat(ContentStore.describe(2048)).isEqualTo("2 KiB");
        assertThat(ContentStore.describe(1000)).isEqualTo("1000 bytes");
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(UTF_8));
    }

    private long storedFiles() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(dir.resolve("staging")))
                    .count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private java.util.List<Path> stagingFiles() {
        Path staging = dir.resolve("staging");
        if (!Files.exists(staging)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
