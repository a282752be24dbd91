package org.onus.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian ({@code chromium}, {@code chromium-driver}); .ci/run installs
 * them. Selenium is pointed at the installed driver so it never tries to download one.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("onus.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("onus.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final Path profile;

    private Browser(ChromeDriver chrome, WebDriver driver, Path profile) {
        this.chrome = chrome;
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
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            WebDriver driver = new EventFiringDecorator<>(new WaitForNextPage(chrome)).decorate(chrome);
            return new Browser(chrome, driver, profile);
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

    /**
     * The text of the element, read again if the page is replaced while it is being read (a page
     * that loads after a click the listener did not recognise as loading one).
     */
    public String textOf(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        WebElement element = ExpectedConditions.visibilityOfElementLocated(locator)
                                .apply(d);
                        return element == null ? null : element.getText();
                    } catch (WebDriverException e) {
                        if (replacedUnderTheReader(e)) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /*
     * Chromium's driver reports an element of a page that a navigation has just replaced as an
     * "unknown error" rather than as a stale element; reading again finds the new page's element.
     */
    private static boolean replacedUnderTheReader(WebDriverException e) {
        String message = e.getMessage();
        return message != null && message.contains("does not belong to the document");
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** A DevTools command, such as emulating a phone's viewport (headless windows stay 500 px or wider). */
    public void devTools(String command, java.util.Map<String, Object> parameters) {
        chrome.executeCdpCommand(command, parameters);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Makes every click that submits a form or follows a link return only once the page it was on
     * is gone. A click returns before the next page loads, and an element the next page shares with
     * this one (a result count, a heading, an error summary) would otherwise be read from the old
     * page, or go stale under the reader: a race that failed CI now and then, in whichever test lost
     * it. Done here, once, so no test has to remember which of its clicks load a page.
     */
    private static final class WaitForNextPage implements WebDriverListener {

        // Mirrors what the browser itself does with a click: a link (not to an anchor on this page,
        // not a download), or a submit button of a form the browser will send (valid, or not validated).
        private static final String LOADS_A_PAGE = """
                const el = arguments[0];
                const link = el.closest('a[href]');
                if (link) {
                    const href = link.getAttribute('href');
                    return !href.startsWith('#') && !href.startsWith('javascript:')
                        && !link.hasAttribute('download') && (link.target || '_self') === '_self';
                }
                const button = el.closest('button, input[type=submit], input[type=image]');
                if (!button || !button.form || (button.type !== 'submit' && button.type !== 'image')) {
                    return false;
                }
                const form = button.form;
                return (form.noValidate || button.formNoValidate || form.checkValidity())
                    && (button.formTarget || form.target || '_self') === '_self';
                """;

        private final WebDriver chrome;
        private WebElement leaving;

        WaitForNextPage(WebDriver chrome) {
            this.chrome = chrome;
        }

        @Override
        public void beforeClick(WebElement element) {
            leaving = Boolean.TRUE.equals(((JavascriptExecutor) chrome).executeScript(LOADS_A_PAGE, element))
                    ? chrome.findElement(By.tagName("html"))
                    : null;
        }

        @Override
        public void afterClick(WebElement element) {
            if (leaving == null) {
                return;
            }
            try {
                new WebDriverWait(chrome, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(leaving));
            } catch (TimeoutException stayed) {
                // The server answered with a file, or not at all: the test's own waits say which.
            } finally {
                leaving = null;
            }
        }
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
