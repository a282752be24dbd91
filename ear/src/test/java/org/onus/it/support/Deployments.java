package org.onus.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments tests use: always the EAR the build produced, never a hand-assembled subset,
 * so that tests exercise exactly what ./run and production deploy.
 */
public final class Deployments {

    public static final String WAR = "onus-web.war";
    static final String TEST_RUNNER_PATH = "/ArquillianServletRunnerEE9";

    private Deployments() {}

    /** The application as built: for tests that act as a client over HTTP or through a browser. */
    public static EnterpriseArchive onus() {
        return ShrinkWrap.create(ZipImporter.class, "onus.ear")
                .importFrom(ItConfig.earFile().toFile())
                .as(EnterpriseArchive.class);
    }

    /**
     * The application with test classes added to its web module, for tests that run inside the
     * server. Arquillian reaches them through its servlet, which the portal's security constraint
     * would send to the login page; the test deployment leaves that one path open.
     */
    public static EnterpriseArchive onusWith(Class<?>... testClasses) {
        EnterpriseArchive ear = onus();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        // The test's own annotations must resolve inside the server too, or JUnit drops its extensions.
        war.addClasses(OnusIT.class, OnusServices.class, ItConfig.class);
        String webXml = read(war);
        String opened = webXml.replace("<login-config>", """
                <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian-test-runner</web-resource-name>
                            <url-pattern>%s</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                    <login-config>""".formatted(TEST_RUNNER_PATH));
        if (opened.equals(webXml)) {
            throw new IllegalStateException("web.xml has no <login-config>; cannot open the test runner path");
        }
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new StringAsset(opened));
        return ear;
    }

    private static String read(WebArchive war) {
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
