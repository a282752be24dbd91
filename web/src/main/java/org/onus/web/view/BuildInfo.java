package org.onus.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The portal's version and the versions of the webjars it serves, written by the build. */
public record BuildInfo(String version, String govukFrontend) {

    private static final BuildInfo CURRENT = load();

    public static BuildInfo current() {
        return CURRENT;
    }

    private static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("META-INF/onus-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(p.getProperty("onus.version", "dev"), p.getProperty("govuk-frontend.version"));
    }

    public String govukCss() {
        return "/webjars/govuk-frontend/" + govukFrontend + "/dist/govuk/govuk-frontend.min.css";
    }

    /**
     * GOV.UK Frontend's stylesheet mirrored for right-to-left pages (Arabic), generated from the same
     * version by {@code scripts/rtl-css.sh} and served by the portal itself.
     */
    public String govukRtlCss() {
        return "/assets/css/govuk-frontend-" + govukFrontend + ".rtl.min.css";
    }

    public String govukJs() {
        return "/webjars/govuk-frontend/" + govukFrontend + "/dist/govuk/govuk-frontend.min.js";
    }
}
