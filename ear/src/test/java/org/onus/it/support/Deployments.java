package org.onus.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment tests use: always the EAR the build produced, never a hand-assembled subset, so
 * that tests exercise exactly what ./run and production deploy.
 */
public final class Deployments {

    public static final String WAR = "onus-web.war";
    static final String TEST_RUNNER_PATH = "/ArquillianServletRunnerEE9";

    private Deployments() {}

    /**
     * Tests that run inside the server. Their classes travel in the one archive every test class
     * deploys (the deployment is shared, see {@link SharedDeployment}), so a new in-server test
     * must be listed here; {@link InServerTestsFirst} runs them before the client tests.
     */
    static final List<String> IN_SERVER_TESTS = List.of(
            "org.onus.it.platform.ProcessTransactionIT",
            "org.onus.it.notification.NotificationIT",
            "org.onus.it.entry.DetentionTransactionIT");

    /**
     * The application as built, with the in-server tests added to its web module. Every test class
     * deploys this same archive: tests that act as clients over HTTP or through a browser ignore
     * the test classes; tests inside the server reach them through Arquillian's servlet, which
     * the portal's security constraint would send to the login page, so that one path is open.
     */
    public static EnterpriseArchive onus() {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "onus.ear")
                .importFrom(ItConfig.earFile().toFile())
                .as(EnterpriseArchive.class);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        for (String test : IN_SERVER_TESTS) {
            war.addClass(load(test));
        }
        // The tests' own annotations must resolve inside the server too, or JUnit drops its extensions.
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

    static boolean runsInServer(Class<?> testClass) {
        return IN_SERVER_TESTS.contains(testClass.getName());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("In-server test " + name + " is listed but does not exist", e);
        }
    }

    private static String read(WebArchive war) {
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
