package fr.gouv.diplomatie.daect.site;

import fr.gouv.diplomatie.daect.programme.assets.FrontEndInstaller;
import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.preview.LivePreview;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;
import fr.gouv.diplomatie.daect.site.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editing interface (/admin/, Decap CMS) in headless Chromium, on the live preview of a copy of
 * the repository: an editor logs in to the local backend, creates a session through the form, edits
 * another, and is stopped, in French, before writing a session that ends before it starts. The files
 * written are checked as the build reads them. Screenshots go to target/captures/ (the documentation's
 * come from there, docs/images/; Decap's French « ＋ » is a full-width sign, which Debian's Chromium draws with a
 * font such as fonts-droid-fallback, a box without one).
 */
class EditingInterfaceBrowserTest {

    private static final String SANTE = "content/webinaires/2021-01-13-sante.md";
    /** An apostrophe and more than 50 characters: the file is named as new-session names it. */
    private static final String TITLE = "L'eau et l'assainissement dans la coopération décentralisée franco-marocaine";
    private static final String NEW_FILE = "content/webinaires/2027-03-10-l-eau-et-l-assainissement-dans-la-cooperation.md";
    private static final Pattern UID = Pattern.compile("(?m)^uid=([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$");
    private static final Path CAPTURES = Rebake.projectDir().toAbsolutePath().resolve("target/captures");

    private ProjectCopy copy;
    private LivePreview preview;
    private Browser browser;

    /** Decap CMS, the cms/ npm project (mvn package leaves it out): installed here if the repository lacks it. */
    @BeforeAll
    static void installDecap() throws Exception {
        FrontEndInstaller.editingInterface(Rebake.projectDir().toAbsolutePath(), BuildLog.silent()).install();
    }

    @BeforeEach
    void start() throws Exception {
        copy = new ProjectCopy("edition").withEditingInterface();
        preview = LivePreview.start(new LivePreview.Options(copy.dir(), copy.dir().resolveSibling("www"),
                () -> SiteSettings.load(copy.dir(), Map.of()), Clock.systemUTC(), false, 0,
                copy.dir().resolveSibling("inscriptions.jsonl")), BuildLog.silent());
        // The editor's own zone: the date and time pickers must not shift the hours written.
        browser = Browser.withJavaScript().inTimeZone("Europe/Paris");
        Files.createDirectories(CAPTURES);
    }

    @AfterEach
    void stop() {
        browser.close();
        preview.close();
    }

    @Test
    void anEditorCreatesASessionThroughTheFormAndSeesItOnTheSite() throws Exception {
        logIn();
        List<WebElement> sessions = browser.findAll("a[href*='#/collections/webinaires/entries/']");
        assertEquals(10, sessions.size(), "the ten sessions of the programme");
        capture("edition-liste");

        browser.driver().findElement(By.xpath("//a[contains(@href, '/collections/webinaires/new')]")).click();
        field("title").sendKeys(TITLE);
        setNativeInput(field("date"), "2027-03-10");
        setNativeInput(field("start"), "10:00");
        setNativeInput(field("end"), "11:30");
        field("tags").sendKeys("Maroc");
        field("tags").sendKeys(Keys.ENTER);
        waitLong(driver -> previewPane().contains("La validation ne signale rien."));
        browser.script("arguments[0].scrollIntoView()", field("title"));
        capture("edition-nouveau");
        publish();

        Path written = copy.dir().resolve(NEW_FILE);
        waitLong(driver -> Files.isRegularFile(written));
        String text = Files.readString(written, StandardCharsets.UTF_8);
        Matcher uid = UID.matcher(text);
        assertTrue(uid.find(), text);
        assertEquals("title=" + TITLE + "\ntype=session\nstatus=published\ndate=2027-03-10\nstart=10:00\nend=11:30\n"
                + "uid=" + uid.group(1) + "\ntags=maroc\n~~~~~~\n", text);
        assertFalse(otherSessions().anyMatch(other -> other.contains(uid.group(1))), "a fresh uid");
        ValidationReport report = new SiteBuild(copy.dir(), copy.dir().resolveSibling("verifie"), SiteSettings.load(copy.dir(), Map.of()),
                Clock.systemUTC(), false, BuildLog.silent()).withoutFrontEnd().validate().report();
        assertEquals(0, report.errors(), report.diagnostics().toString());

        // The preview rebuilt the site from the new file: on the home page and at its own address.
        browser.open(preview.url());
        waitLong(driver -> {
            driver.navigate().refresh();
            return driver.findElement(By.tagName("main")).getText().contains(TITLE);
        });
        browser.open(preview.url() + "webinaires/2027-03-10-l-eau-et-l-assainissement-dans-la-cooperation");
        assertEquals(TITLE, browser.find("main h1").getText());
    }

    @Test
    void anEditedTitleChangesOnlyItsLineAndAnEndBeforeTheStartIsRefusedInFrench() throws Exception {
        Path sante = copy.dir().resolve(SANTE);
        String before = Files.readString(sante, StandardCharsets.UTF_8);
        logIn();
        browser.open(preview.url() + "admin/#/collections/webinaires/entries/2021-01-13-sante");
        WebElement title = field("title");
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), "La santé mondiale");
        publish();
        waitLong(driver -> !read(sante).equals(before));
        assertEquals(before.replace("title=La santé\n", "title=La santé mondiale\n"), read(sante), "only the title's line changed");

        String edited = read(sante);
        setNativeInput(field("end"), "09:00");
        waitLong(driver -> previewPane().contains("Heure de fin : `end=09:00` n'est pas après `start=10:00`"));
        // The capture shows the error, not the notice of the title's publication a moment before.
        browser.driver().findElements(By.cssSelector(".Toastify__close-button")).forEach(WebElement::click);
        waitLong(driver -> driver.findElements(By.cssSelector(".Toastify__toast")).isEmpty());
        capture("edition-erreur");
        publish();
        WebElement toast = waitLong(driver -> driver.findElements(By.cssSelector(".Toastify")).stream()
                .filter(t -> t.getText().contains("Heure de fin")).findFirst().orElse(null));
        assertTrue(toast.getText().contains("Heure de fin : la fin (09:00) doit venir après le début (10:00)."), toast.getText());
        assertEquals(edited, read(sante), "nothing written");
    }

    private void logIn() {
        browser.open(preview.url() + "admin/");
        waitLong(driver -> driver.findElements(By.xpath("//button[normalize-space()='Se connecter']")).stream().findFirst().orElse(null)).click();
        waitLong(driver -> driver.findElements(By.cssSelector("a[href*='#/collections/webinaires/entries/']")).size() >= 10);
    }

    /** The form's input for a header key: Decap names it "key-field-N". */
    private WebElement field(String key) {
        return waitLong(driver -> driver.findElements(By.cssSelector("[id^='" + key + "-field-']")).stream().findFirst().orElse(null));
    }

    /**
     * Chromium's date and time inputs take keys in the browser's locale order; set through the input's own
     * setter and an input event, as the browser does when a date is picked.
     */
    private void setNativeInput(WebElement input, String value) {
        browser.script("const input = arguments[0];"
                + "Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arguments[1]);"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));", input, value);
    }

    private void publish() {
        browser.driver().findElement(By.xpath("//*[@role='button' or self::button][normalize-space()='Publier']")).click();
        waitLong(driver -> driver.findElements(By.xpath("//*[@role='menuitem'][normalize-space()='Publier maintenant']")).stream()
                .findFirst().orElse(null)).click();
    }

    /** The text of the preview pane (an iframe), as the editor reads it beside the form. */
    private String previewPane() {
        return String.valueOf(browser.script("const frame = document.querySelector('iframe');"
                + "return frame && frame.contentDocument ? frame.contentDocument.body.innerText : '';"));
    }

    private Stream<String> otherSessions() throws IOException {
        try (Stream<Path> files = Files.list(copy.dir().resolve("content/webinaires"))) {
            return files.filter(f -> !f.endsWith(Path.of(NEW_FILE).getFileName())).map(EditingInterfaceBrowserTest::read).toList().stream();
        }
    }

    private void capture(String name) throws IOException {
        Files.write(CAPTURES.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    /** Decap's first load and the preview's rebuild take longer than a page's script. */
    private <T> T waitLong(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(condition);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
