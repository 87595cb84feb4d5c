package fr.gouv.diplomatie.daect.site;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baked site offers its calendars as a visitor expects: per session, for the whole programme, on every page. */
class CalendarLinksSiteTest {

    static final Path SITE = Path.of(System.getProperty("site.dir", "target/www"));
    static final String MAROC = "webinaires/2020-10-26-cooperation-franco-marocaine";
    static final String SENEGAL = "webinaires/2020-12-09-senegal-developpement-durable";

    static Document page(String path) throws IOException {
        return Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(SITE)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    static List<Path> sessionPages() throws IOException {
        try (Stream<Path> files = Files.list(SITE.resolve("webinaires"))) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The file a relative link of {@code page} points to. */
    static Path target(Path page, String href) {
        return page.getParent().resolve(href).normalize();
    }

    static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    @Test
    void everySessionPageLinksItsOwnCalendarFile() throws IOException {
        List<Path> pages = sessionPages();
        assertEquals(10, pages.size());
        for (Path file : pages) {
            String slug = file.getFileName().toString().replace(".html", "");
            Elements links = Jsoup.parse(file.toFile(), "UTF-8").select("a[type=text/calendar][href$=" + slug + ".ics]");
            assertFalse(links.isEmpty(), file + " : pas de lien .ics");
            Element link = links.first();
            assertTrue(link.hasAttr("download"), link.outerHtml());
            // A session to come offers to add it to one's calendar (its page's calendar section); once over, its file stays.
            boolean toCome = !Jsoup.parse(file.toFile(), "UTF-8").select(".daect-calendar").isEmpty();
            assertTrue(link.text().startsWith(toCome ? "Ajouter à mon agenda (.ics)" : "Fichier agenda du webinaire (.ics)"), link.outerHtml());
            Path ics = target(file, link.attr("href"));
            assertTrue(Files.isRegularFile(ics), ics.toString());
            assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR\r\n"), ics.toString());
        }
    }

    @Test
    void googleAndOutlookLinksCarryTheUtcTimes() throws Exception {
        // Offered before a session only: on the site as baked on 1 October 2020.
        Path before = fr.gouv.diplomatie.daect.site.browser.TestSite.external().siteDir();
        Document maroc = Jsoup.parse(before.resolve(MAROC + ".html").toFile(), "UTF-8");
        Element google = maroc.selectFirst("a[href^=https://calendar.google.com/]");
        Element outlook = maroc.selectFirst("a[href^=https://outlook.office.com/]");
        assertTrue(google != null && google.text().contains("Google Agenda"), maroc.select("a").toString());
        assertTrue(outlook != null && outlook.text().contains("Outlook"), maroc.select("a").toString());
        assertEquals("20201026T130000Z/20201026T150000Z", query(google.attr("href")).get("dates"));
        assertEquals("2020-10-26T13:00:00Z", query(outlook.attr("href")).get("startdt"));
        assertEquals("2020-10-26T15:00:00Z", query(outlook.attr("href")).get("enddt"));

        Document senegal = Jsoup.parse(before.resolve(SENEGAL + ".html").toFile(), "UTF-8");
        assertEquals("20201209T090000Z/20201209T113000Z",
                query(senegal.selectFirst("a[href^=https://calendar.google.com/]").attr("href")).get("dates"));
        assertEquals("2020-12-09T09:00:00Z", query(senegal.selectFirst("a[href^=https://outlook.office.com/]").attr("href")).get("startdt"));
    }

    @Test
    void aPastSessionOffersNoCalendarActionsOnlyItsFile() throws IOException {
        Document maroc = page(MAROC + ".html");
        assertTrue(maroc.select(".daect-calendar, a[href^=https://calendar.google.com/], a[href^=https://outlook.office.com/]").isEmpty());
        assertFalse(maroc.selectFirst("a[type=text/calendar][href$=.ics]").hasClass("fr-btn"), "a plain link, not an action");
    }

    @Test
    void homePageAnnouncesAndOffersTheWholeProgramme() throws IOException {
        Path file = SITE.resolve("index.html");
        Document home = page("index.html");
        Element alternate = home.selectFirst("head link[rel=alternate][type=text/calendar]");
        assertTrue(alternate != null, home.head().outerHtml());
        Path programme = target(file, alternate.attr("href"));
        assertEquals(SITE.resolve("programme.ics").normalize(), programme);
        assertTrue(Files.readString(programme).contains("\r\nX-WR-CALNAME:"), "programme.ics");

        // This build keeps jbake.properties' example site.host: no subscription to a fake address, and the page says
        // where it will be (LegalPagesTest bakes with a real host and finds the webcal:// link and its https twin).
        assertTrue(home.select("a[href^=webcal:]").isEmpty(), home.select("a[href^=webcal:]").toString());
        assertTrue(home.select(".daect-subscribe code").isEmpty(), home.select(".daect-subscribe code").toString());
        assertEquals("L’adresse d’abonnement sera donnée ici sur le site publié : cette version du site ne connaît pas encore son "
                + "adresse publique. En attendant, téléchargez le programme complet et ouvrez-le avec votre agenda.",
                home.selectFirst(".daect-subscribe .daect-no-address").text());

        Element download = home.selectFirst("main a[type=text/calendar][href=programme.ics]");
        assertTrue(download != null && download.hasAttr("download"), home.select("main a[type=text/calendar]").toString());
    }

    @Test
    void everyCardOfTheHomePageLinksItsSessionsCalendar() throws IOException {
        Elements cards = page("index.html").select(".daect-listing .daect-session");
        assertEquals(10, cards.size());
        for (Element card : cards) {
            String pageHref = card.selectFirst(".fr-card__title a").attr("href");
            Element ics = card.selectFirst("a[type=text/calendar]");
            assertTrue(ics != null, card.outerHtml());
            assertEquals(pageHref.replace(".html", ".ics"), ics.attr("href"));
            assertTrue(Files.isRegularFile(target(SITE.resolve("index.html"), ics.attr("href"))), ics.attr("href"));
        }
    }

    @Test
    void everyPageLinksTheWholeProgrammeCalendar() throws IOException {
        for (Path file : pages()) {
            Element link = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("footer a[type=text/calendar][href$=programme.ics]");
            assertTrue(link != null, file + " : pas de lien vers le calendrier du programme");
            assertEquals(SITE.resolve("programme.ics").normalize(), target(file, link.attr("href")), file.toString());
        }
    }

    @Test
    void sessionPagesCarrySchemaOrgEventsWithOffsets() throws IOException {
        for (Path file : sessionPages()) {
            Elements scripts = Jsoup.parse(file.toFile(), "UTF-8").select("script[type=application/ld+json]");
            assertEquals(1, scripts.size(), file.toString());
            JsonObject event = JsonParser.parseString(scripts.first().data()).getAsJsonObject();
            assertEquals("Event", event.get("@type").getAsString(), file.toString());
            assertEquals("https://schema.org/OnlineEventAttendanceMode", event.get("eventAttendanceMode").getAsString());
            assertTrue(event.get("eventStatus").getAsString().startsWith("https://schema.org/Event"), file.toString());
            OffsetDateTime start = OffsetDateTime.parse(event.get("startDate").getAsString());
            OffsetDateTime end = OffsetDateTime.parse(event.get("endDate").getAsString());
            assertTrue(end.isAfter(start), file.toString());
            JsonObject location = event.getAsJsonObject("location");
            assertEquals("VirtualLocation", location.get("@type").getAsString());
            String slug = file.getFileName().toString();
            assertTrue(location.get("url").getAsString().matches("https?://.+/webinaires/" + slug.replace(".", "\\.")), location.toString());
            assertTrue(event.getAsJsonObject("organizer").get("name").getAsString().contains("DAECT"), event.toString());
        }
        JsonObject maroc = JsonParser.parseString(page(MAROC + ".html").selectFirst("script[type=application/ld+json]").data()).getAsJsonObject();
        assertEquals(OffsetDateTime.parse("2020-10-26T14:00+01:00"), OffsetDateTime.parse(maroc.get("startDate").getAsString()));
        assertEquals(Instant.parse("2020-10-26T13:00:00Z"), OffsetDateTime.parse(maroc.get("startDate").getAsString()).toInstant());
    }
}
