package org.onus.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void decodesRfc5987FileNames() {
        assertThat(Uploads.percentDecode("%E5%8F%91%E7%A5%A8.pdf", StandardCharsets.UTF_8))
                .isEqualTo("发票.pdf");
        assertThat(Uploads.percentDecode("r%E9sum%E9.pdf", StandardCharsets.ISO_8859_1))
                .isEqualTo("résumé.pdf");
        assertThat(Uploads.percentDecode("broken%E", StandardCharsets.UTF_8)).isNull();
        assertThat(Uploads.percentDecode("x.pdf", null)).isNull();
    }

    @Test
    void aFileNameCutShortByALineBreakLeavesAnOpenQuote() {
        assertThat(Uploads.quotesBalanced("form-data; name=\"file\"; filename=\"report"))
                .isFalse();
        assertThat(Uploads.quotesBalanced("form-data; name=\"file\"; filename=\"a \\\" b.pdf\""))
                .isTrue();
        assertThat(Uploads.quotesBalanced("form-data; name=\"file\"; filename=\"发票.pdf\""))
                .isTrue();
    }
}
