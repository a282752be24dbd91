package org.onus.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian ({@code chromium}, {@code chromium-driver}); .ci/run installs
 * them. Selenium is pointed at the installed driver so it never tries to download one.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("onus.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("onus.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Chromium and its driver: sudo apt-get install -y chromium"
                            + " chromium-driver (.ci/run does this), or point -Donus.chromium and -Donus.chromedriver at them");
        }
        try {
            Path profile = Files.createTempDirectory("onus-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // Headless, and quiet on this machine's closed network: no background connections.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--window-size=1280,1024",
                    "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(ItConfig.portal(path).toString());
        return this;
    }

    /** Fills Keycloak's login form; the browser must be on it. */
    public Browser signInAs(String username) {
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(username);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    public String textOf(By locator) {
        return waitFor(locator).getText();
    }

    /**
     * Clicks what submits a form or follows a link, and waits until the page it was on is gone: a
     * click returns before the next page loads, and an element the next page shares with this one
     * (a results list, a heading) would otherwise be read from the old page, or go stale under the
     * reader.
     */
    public void clickToLoad(By locator) {
        org.openqa.selenium.WebElement current = driver.findElement(By.tagName("html"));
        driver.findElement(locator).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(current));
    }

    public org.openqa.selenium.WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            } catch (IOException e) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
