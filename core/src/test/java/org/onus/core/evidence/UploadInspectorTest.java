package org.onus.core.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.core.evidence.UploadRejectedException.Reason;

class UploadInspectorTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private final UploadInspector inspector = new UploadInspector(1024 * 1024);

    @Test
    void aPdfIsAcceptedUnderItsOwnName() throws IOException {
        UploadInspector.Accepted accepted = inspect(SampleFiles.pdf(), "application/pdf", "notice.pdf");

        assertThat(accepted.mediaType()).isEqualTo("application/pdf");
        assertThat(accepted.fileName()).isEqualTo("notice.pdf");
        assertThat(accepted.label()).isEqualTo("PDF");
    }

    @Test
    void plainDataFormatsAreAccepted() throws IOException {
        assertThat(inspect("région,code\nKashgar,653100\n".getBytes(UTF_8), "text/csv", "regions.csv")
                        .mediaType())
                .isEqualTo("text/csv");
        assertThat(inspect("Testimony notes\n".getBytes(UTF_8), "text/plain", "notes.txt")
                        .mediaType())
                .isEqualTo("text/plain");
        assertThat(inspect("{\"a\":1}".getBytes(UTF_8), "application/json", "a.json")
                        .mediaType())
                .isEqualTo("application/json");
        assertThat(inspect(SampleFiles.png(), "image/png", "photo.png").mediaType())
                .isEqualTo("image/png");
    }

    @Test
    void aWordDocumentIsRecognisedFromItsParts() throws IOException {
        UploadInspector.Accepted accepted = inspect(SampleFiles.docx(1000), DOCX, "report.docx");

        assertThat(accepted.mediaType()).isEqualTo(DOCX);
        assertThat(accepted.label()).isEqualTo("Word document");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "application/pdf", "empty.pdf", Reason.EMPTY, "The file is empty");
    }

    @Test
    void aProgramDisguisedAsAPdfIsRefused() {
        assertRefused(SampleFiles.windowsProgram(), "application/pdf", "invoice.pdf", Reason.EXECUTABLE, "program");
    }

    @Test
    void aLinuxProgramIsRefused() {
        assertRefused(SampleFiles.elfProgram(), null, "tool", Reason.EXECUTABLE, "program");
    }

    @Test
    void aShellScriptIsRefused() {
        assertRefused("#!/bin/sh\nrm -rf /\n".getBytes(UTF_8), "text/plain", "install.sh", Reason.EXECUTABLE, "script");
    }

    @Test
    void anArchiveIsRefusedWithAdviceToUploadItsDocuments() throws IOException {
        byte[] zip = SampleFiles.zip("a.pdf", SampleFiles.pdf());

        assertRefused(
                zip, "application/zip", "bundle.zip", Reason.ARCHIVE, "upload the documents inside it one by one");
    }

    @Test
    void aZipBombDressedAsAWordDocumentIsRefused() throws IOException {
        // 1 MiB bound; this document's parts expand to 4 MiB from a few KiB of zeros
        byte[] bomb = SampleFiles.docx(4 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(64 * 1024);

        assertRefused(bomb, DOCX, "report.docx", Reason.EXPANDS_TOO_MUCH, "zip bomb");
    }

    @Test
    void aDeclaredTypeTheContentContradictsIsRefused() {
        assertRefused(
                SampleFiles.pdf(),
                "image/png",
                "notice",
                Reason.TYPE_MISMATCH,
                "sent as image/png but its content is PDF");
    }

    @Test
    void aFileNameTheContentContradictsIsRefused() {
        assertRefused(SampleFiles.pdf(), null, "notice.docx", Reason.TYPE_MISMATCH, "\"notice.docx\" says");
    }

    @Test
    void aTypeOutsideTheAllowlistIsRefusedNamingWhatIsAccepted() {
        assertRefused(
                "<html><script>alert(1)</script></html>".getBytes(UTF_8),
                "text/html",
                "page.html",
                Reason.NOT_ALLOWED,
                "Onus accepts PDF");
    }

    @Test
    void aGenericDeclaredTypeIsNoClaim() throws IOException {
        assertThat(inspect(SampleFiles.pdf(), "application/octet-stream", "scan.pdf")
                        .mediaType())
                .isEqualTo("application/pdf");
    }

    @Test
    void namesWithAPathAreRefused() {
        for (String name : new String[] {"../../etc/passwd", "..\\windows\\win.ini", "reports/a.pdf", ".."}) {
            assertThatThrownBy(() -> UploadInspector.safeName(name))
                    .isInstanceOfSatisfying(
                            UploadRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.BAD_FILE_NAME))
                    .hasMessageContaining("contains a path");
        }
    }

    @Test
    void namesWithControlCharactersAreRefused() {
        assertThatThrownBy(() -> UploadInspector.safeName("report\r\nSet-Cookie: x.pdf"))
                .isInstanceOfSatisfying(
                        UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_FILE_NAME))
                .hasMessageContaining("control characters");
    }

    @Test
    void namesAreMadeSafeToStoreAndSendBack() {
        assertThat(UploadInspector.safeName("  .hidden report?.pdf ")).isEqualTo("hidden report_.pdf");
        assertThat(UploadInspector.safeName("喀什 报告.pdf")).isEqualTo("喀什 报告.pdf");
        assertThat(UploadInspector.safeName(null)).isEqualTo("document");
        String longName = "x".repeat(300) + ".pdf";
        assertThat(UploadInspector.safeName(longName)).hasSize(200).endsWith(".pdf");
    }

    private UploadInspector.Accepted inspect(byte[] content, String declared, String name) throws IOException {
        ContentStore store = new ContentStore(dir);
        ContentStore.Staged staged = store.stage(new ByteArrayInputStream(content), Long.MAX_VALUE);
        try {
            return inspector.inspect(staged, declared, name);
        } finally {
            store.discard(staged);
        }
    }

    private void assertRefused(byte[] content, String declared, String name, Reason reason, String message) {
        assertThatThrownBy(() -> inspect(content, declared, name))
                .isInstanceOfSatisfying(
                        UploadRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }
}
