package fr.gouv.diplomatie.daect.site.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Debian's Chromium and chromedriver, headless, never downloaded by Selenium
 * ({@code -Dchrome.binary} and {@code -Dchromedriver} point elsewhere if need be). The visitor's
 * time zone and clock can be set through Chrome DevTools before a page is opened.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    private Browser(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=fr-FR");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    public static Browser withJavaScript() {
        return new Browser(true);
    }

    public static Browser withoutJavaScript() {
        return new Browser(false);
    }

    /** The time zone of the visitor's system, for every page opened afterwards (DevTools' emulation). */
    public Browser inTimeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
        return this;
    }

    /**
     * The visitor's clock: every page opened afterwards starts at this instant, and time runs on from
     * there. Date is replaced before any script of the page runs; dates built from a value are untouched.
     */
    public Browser withClockAt(Instant instant) {
        String source = "(() => {\n"
                + "  const RealDate = Date;\n"
                + "  const shift = " + instant.toEpochMilli() + " - RealDate.now();\n"
                + "  function VisitorDate(...args) {\n"
                + "    if (!new.target) { return new RealDate(RealDate.now() + shift).toString(); }\n"
                + "    return args.length === 0 ? new RealDate(RealDate.now() + shift) : new RealDate(...args);\n"
                + "  }\n"
                + "  VisitorDate.prototype = RealDate.prototype;\n"
                + "  VisitorDate.now = () => RealDate.now() + shift;\n"
                + "  VisitorDate.parse = RealDate.parse;\n"
                + "  VisitorDate.UTC = RealDate.UTC;\n"
                + "  globalThis.Date = VisitorDate;\n"
                + "})();";
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
        return this;
    }

    /** What axe-core finds wrong in the page as it stands, one line per rule ("id (help) [targets]"). */
    public List<String> axeViolations() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens {@code url} and waits until the browser shows that document, loaded: chromedriver may answer a navigation
     * before it has begun, leaving the test to read the blank page a new browser starts with.
     */
    public void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> url + " not shown; the browser shows " + driver.getCurrentUrl())
                .until(page -> Boolean.TRUE.equals(script("return document.readyState === 'complete' && location.origin"
                        + " + location.pathname === new URL(arguments[0]).origin + new URL(arguments[0]).pathname", url)));
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The element that has the keyboard focus, as the page itself sees it. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public String focusedId() {
        return focused().getAttribute("id");
    }

    /** Waits for {@code condition}; an element that went stale meanwhile (the page reloaded between finding and reading it) is looked for again. */
    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /**
     * Does what leaves the page (a link followed, a form sent by the keyboard) and waits until the browser has left it:
     * chromedriver may answer a click or a key before the navigation it starts has begun.
     */
    public void leaveBy(Runnable action) {
        WebElement page = driver.findElement(By.tagName("html"));
        action.run();
        waitFor(ExpectedConditions.stalenessOf(page));
    }

    /** Follows the link {@code css} finds and waits for the page it leads to. */
    public void follow(String css) {
        WebElement link = find(css);
        leaveBy(link::click);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The browser console's complaints about the page's Content-Security-Policy since the last call. */
    public List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
