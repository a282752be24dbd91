package org.onus.it.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.onus.it.support.Browser;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (the build fetches it from the npm registry) in Chromium on a page and lists its
 * violations: every rule axe runs by default (WCAG 2.x A and AA, and its best practices).
 */
public final class AxeCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String script;

    private AxeCheck(String script) {
        this.script = script;
    }

    public static AxeCheck load() {
        String path = System.getProperty("it.axe.script");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("axe-core is missing (" + path + "): the build fetches it before the ITs");
        }
        try {
            return new AxeCheck(Files.readString(Path.of(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Violations on the page the browser shows, one line each: rule, impact, where, and how many. */
    public List<String> violations(Browser browser, String label) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(script);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document).then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify({error: String(e)})));");
        List<String> found = new ArrayList<>();
        try {
            JsonNode violations = JSON.readTree(String.valueOf(result));
            if (violations.has("error")) {
                found.add(label + ": axe could not run: "
                        + violations.get("error").asText());
                return found;
            }
            for (JsonNode v : violations) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.get("nodes")) {
                    targets.add(node.get("target").toString());
                    if (targets.size() == 3) {
                        break;
                    }
                }
                found.add("%s: axe %s (%s) on %d element(s), e.g. %s: %s"
                        .formatted(
                                label,
                                v.get("id").asText(),
                                v.path("impact").asText(),
                                v.get("nodes").size(),
                                String.join(" ", targets),
                                v.get("help").asText()));
            }
        } catch (IOException e) {
            found.add(label + ": unreadable axe result " + result);
        }
        return found;
    }
}
