package org.onus.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onus.web.api.Problem;

class FailureTest {

    @Test
    void serverErrorsCarryAFreshReferenceOthersNone() {
        Failure one = Failure.of(500);
        Failure two = Failure.of(500);

        assertThat(one.reference()).isNotBlank().isNotEqualTo(two.reference());
        assertThat(one.detail()).contains(one.reference());
        assertThat(Failure.of(404).reference()).isNull();
        assertThat(Failure.of(403).reference()).isNull();
    }

    @Test
    void apiPathsGetProblemDocuments() {
        assertThat(Failure.isApiPath("/api/v1/me")).isTrue();
        assertThat(Failure.isApiPath("api/v1/me")).isTrue();
        assertThat(Failure.isApiPath("/admin/organisations")).isFalse();

        var response = ErrorRendering.response(Failure.of(401), true);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(response.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        assertThat(((Problem) response.getEntity()).title()).isEqualTo("Unauthorized");
    }
}
