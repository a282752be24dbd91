package org.onus.it.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;

/**
 * The OpenAPI document the running portal serves passes Redocly's {@code recommended} rules with no
 * error and no warning ({@code redocly.yaml}). The linter is pinned by {@code tools/openapi-lint}'s
 * lock file and installed with {@code npm ci} into the build directory, once per lock file, so the
 * check costs seconds after the first build and cannot drift with npm's latest release.
 */
@OnusIT
@RunAsClient
class OpenApiLintIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void theServedOpenApiDocumentHasNoLintErrorsOrWarnings() throws Exception {
        HttpResponse<String> response = Http.get(ItConfig.portal("/openapi?format=JSON"));
        assertThat(response.statusCode()).isEqualTo(200);

        Path build = ItConfig.earFile().getParent();
        Path repository = build.getParent().getParent();
        Path document = build.resolve("openapi").resolve("openapi.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, response.body(), StandardCharsets.UTF_8);

        Path redocly =
                installLinter(repository.resolve("tools").resolve("openapi-lint"), build.resolve("openapi-lint"));
        Path report = build.resolve("openapi").resolve("lint.json");
        Run lint = run(
                repository,
                List.of(
                        redocly.toString(),
                        "lint",
                        "--config",
                        repository.resolve("redocly.yaml").toString(),
                        "--format",
                        "json",
                        document.toString()),
                report);

        JsonNode result = parse(report, lint);
        JsonNode totals = result.get("totals");
        List<String> problems = new ArrayList<>();
        result.path("problems")
                .forEach(p -> problems.add(p.path("severity").asText() + " "
                        + p.path("ruleId").asText() + ": " + p.path("message").asText() + " at "
                        + p.path("location").path(0).path("pointer").asText()));
        assertThat(problems)
                .as("Redocly problems in %s (rules: redocly.yaml)", document)
                .isEmpty();
        assertThat(totals.get("errors").asInt()).isZero();
        assertThat(totals.get("warnings").asInt()).isZero();
        assertThat(lint.exit()).as(lint.output()).isZero();
    }

    /**
     * The description's security and statuses are true of the server: every read without a token
     * is answered 401 where the document asks for a token and not where it lets anyone in,
     * and always with a status the operation documents (path ids are ids that do not exist).
     */
    @Test
    void everyAnonymousReadIsAnsweredAsTheDocumentSays() {
        JsonNode api = Http.json(Http.get(ItConfig.portal("/openapi?format=JSON")));
        boolean securedByDefault = needsCredentials(api.path("security"));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) api.get("paths")::fields) {
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            boolean secured = get.has("security") ? needsCredentials(get.get("security")) : securedByDefault;
            String address = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            int status = Http.get(ItConfig.portal(address), "Accept", "application/json, */*;q=0.1")
                    .statusCode();
            checked++;
            if (secured && status != 401) {
                wrong.add("GET " + address + " needs a token by the document but answered " + status);
            } else if (!secured && status == 401) {
                wrong.add("GET " + address + " is public by the document but answered 401");
            } else if (!get.path("responses").has(String.valueOf(status))) {
                wrong.add("GET " + address + " answered " + status + ", which it does not document");
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(wrong).isEmpty();
    }

    /** Whether every alternative names a scheme ({@code [{}]} and {@code []} let anyone in). */
    static boolean needsCredentials(JsonNode alternatives) {
        if (alternatives.size() == 0) {
            return false;
        }
        for (JsonNode alternative : alternatives) {
            if (alternative.size() == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code npm ci} into the build directory, unless the same lock file was installed there before. */
    static Path installLinter(Path tools, Path into) throws Exception {
        Path bin = into.resolve("node_modules").resolve(".bin").resolve("redocly");
        Path lock = tools.resolve("package-lock.json");
        Path installedLock = into.resolve("package-lock.json");
        boolean current =
                Files.isExecutable(bin) && Files.exists(installedLock) && Files.mismatch(lock, installedLock) == -1;
        if (!current) {
            Files.createDirectories(into);
            Files.copy(
                    tools.resolve("package.json"), into.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(lock, installedLock, StandardCopyOption.REPLACE_EXISTING);
            Run install = run(
                    into,
                    List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"),
                    into.resolve("npm-ci.log"));
            if (install.exit() != 0 || !Files.isExecutable(bin)) {
                Files.deleteIfExists(installedLock);
                fail("npm ci in " + into + " failed (Node.js 20 and npm are needed):\n" + install.output());
            }
        }
        return bin;
    }

    record Run(int exit, String output) {}

    static Run run(Path directory, List<String> command, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        // A build must not phone home or wait on an update check.
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process;
        try {
            process = builder.redirectErrorStream(false)
                    .redirectOutput(output.toFile())
                    .redirectError(
                            output.resolveSibling(output.getFileName() + ".err").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot run " + command.get(0) + ": Node.js 20 and npm must be on the PATH for the OpenAPI lint",
                    e);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " took more than 5 minutes");
        }
        String text = Files.readString(output) + "\n"
                + Files.readString(output.resolveSibling(output.getFileName() + ".err"));
        return new Run(process.exitValue(), text);
    }

    static JsonNode parse(Path report, Run lint) throws IOException {
        try {
            JsonNode result = JSON.readTree(report.toFile());
            if (result == null || result.get("totals") == null) {
                fail("Redocly gave no JSON report:\n" + lint.output());
            }
            return result;
        } catch (IOException e) {
            fail("Redocly gave no JSON report:\n" + lint.output());
            throw e;
        }
    }
}
