package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void theMirroredStylesheetExistsForTheGovukFrontendVersionInUse() {
        BuildInfo build = BuildInfo.current();
        assertThat(build.govukFrontend()).isNotBlank();

        assertThat(Path.of("src/main/webapp" + build.govukRtlCss()))
                .as("run scripts/rtl-css.sh after changing the govuk-frontend version")
                .exists();
        assertThat(build.govukRtlCss()).contains(build.govukFrontend());
    }
}
