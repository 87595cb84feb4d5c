package fr.gouv.diplomatie.daect.site.inscription;

import fr.gouv.diplomatie.daect.site.browser.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registration markup as baked: what assistive tools, browsers' autofill and the form service read. */
class RegistrationPageTest {

    private static TestSite site;
    private static Document page;

    @BeforeAll
    static void bake() throws Exception {
        site = TestSite.external();
        page = parse(site.siteDir().resolve("inscription.html"));
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), file.toUri().toString());
    }

    /** The project's own bake, at the build's date: the programme of 2020–2021 is over. */
    private static Path publishedSite() {
        return Path.of(System.getProperty("site.dir", "target/www"));
    }

    @Test
    void theFormPageIsValidHtml() throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        String output = validator.validate(site.siteDir().resolve("inscription.html"));
        assertEquals(List.of(), output.lines().filter(line -> line.contains("error:") || line.contains("fatal:")).toList());
    }

    @Test
    void theSiteCheckFindsNothingWrongWithTheFormAndItsLinks() {
        // This copy is published at 127.0.0.1 on purpose: the check's complaint about the machine's address is expected here.
        List<String> problems = fr.gouv.diplomatie.daect.programme.check.SiteChecker.standard(site.url(""))
                .check(site.siteDir()).stream().map(p -> p.format("www-test"))
                .filter(p -> !p.contains("adresse de la machine de construction")).toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void oneFormPostsToTheConfiguredService() {
        Elements forms = page.select("form:not([role=search])");
        assertEquals(1, forms.size());
        assertEquals("post", forms.first().attr("method"));
        assertEquals(site.receiverUrl(), forms.first().attr("action"));
    }

    @Test
    void everyFieldHasItsLabelTypeAutofillRequirementAndLength() {
        record Expected(String name, String type, String autocomplete, boolean required, String maxlength, String label) {
        }
        List<Expected> expected = List.of(
                new Expected("nom", "text", "family-name", true, "100", "Nom"),
                new Expected("prenom", "text", "given-name", true, "100", "Prénom"),
                new Expected("email", "email", "email", true, "254", "Adresse électronique"),
                new Expected("organisation", "text", "organization", true, "200", "Organisation ou collectivité"),
                new Expected("fonction", "text", "organization-title", false, "150", "Fonction (facultatif)"));
        for (Expected field : expected) {
            Element input = page.selectFirst("form input[name=" + field.name() + "]");
            assertNotNull(input, field.name());
            assertEquals(field.type(), input.attr("type"), field.name());
            assertEquals(field.autocomplete(), input.attr("autocomplete"), field.name());
            assertEquals(field.required(), input.hasAttr("required"), field.name());
            assertEquals(field.maxlength(), input.attr("maxlength"), field.name());
            Element label = page.selectFirst("label[for=" + input.id() + "]");
            assertNotNull(label, "label of " + field.name());
            assertEquals(field.label(), label.ownText().strip(), field.name());
        }
    }

    @Test
    void oneBoxPerSessionOpenForRegistration() throws IOException {
        Elements boxes = page.select("fieldset#webinaires input[type=checkbox][name=webinaires]");
        List<String> slugs;
        try (Stream<Path> files = Files.list(TestSite.projectDir().resolve("content/webinaires"))) {
            slugs = files.map(f -> f.getFileName().toString().replace(".md", "")).sorted().toList();
        }
        // On 1 October 2020 every session of the programme is ahead, none cancelled or closed.
        assertEquals(slugs.stream().map(s -> "webinaire-" + s).toList(), boxes.eachAttr("id"));
        assertEquals("Mercredi 13 janvier 2021 — La santé", page.getElementById("webinaire-2021-01-13-sante").attr("value"));
        for (Element box : boxes) {
            assertNotNull(page.selectFirst("label[for=" + box.id() + "]"), box.id());
        }
        assertEquals("Webinaires choisis Cochez un ou plusieurs webinaires.", page.selectFirst("fieldset#webinaires legend").text());
    }

    @Test
    void theConsentBoxIsRequiredAndLeadsToThePersonalDataPage() {
        Element consent = page.getElementById("consentement");
        assertEquals("checkbox", consent.attr("type"));
        assertTrue(consent.hasAttr("required"));
        Element info = page.getElementById(consent.attr("aria-describedby"));
        Element link = info.selectFirst("a[href=donnees-personnelles.html]");
        assertNotNull(link);
        assertTrue(Files.isRegularFile(site.siteDir().resolve("donnees-personnelles.html")));
    }

    @Test
    void theProtocolFieldsAreThereAndTheHoneypotIsHiddenFromEveryone() {
        Element honeypot = page.selectFirst("input[name=_gotcha]");
        Element wrapper = honeypot.parent();
        assertTrue(wrapper.hasAttr("hidden"), "hidden without any stylesheet");
        assertEquals("true", wrapper.attr("aria-hidden"));
        assertEquals("-1", honeypot.attr("tabindex"));
        assertEquals("off", honeypot.attr("autocomplete"));
        assertEquals("", honeypot.attr("value"));
        assertEquals("Inscription aux webinaires de la DAECT", page.selectFirst("input[type=hidden][name=_subject]").attr("value"));
        assertEquals(site.url("inscription-merci.html"), page.selectFirst("input[type=hidden][name=_next]").attr("value"));
    }

    @Test
    void noInlineCodeAndACspThatAllowsExactlyTheService() {
        Element csp = page.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp);
        assertEquals(csp, page.head().child(1), "right after the charset, before anything is loaded");
        String policy = csp.attr("content");
        assertTrue(policy.contains("connect-src 'self' " + site.receiverUrl() + ";"), policy);
        assertTrue(policy.contains("form-action 'self' " + site.receiverUrl() + ";"), policy);
        assertTrue(policy.contains("script-src 'self';") && policy.contains("style-src 'self';"), policy);
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(page.select("style, [style]").isEmpty(), "no inline style");
        assertTrue(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()).noneMatch(a -> a.getKey().startsWith("on")),
                "no event handler attribute");
        Element script = page.selectFirst("script[src=js/inscription.js]");
        assertTrue(script.hasAttr("defer"));
        assertTrue(Files.isRegularFile(site.siteDir().resolve("js/inscription.js")));
    }

    @Test
    void theRegistrationPageIsInTheMainNavigation() throws IOException {
        for (String file : List.of("index.html", "guide.html", "webinaires/2021-01-13-sante.html")) {
            Document document = parse(site.siteDir().resolve(file));
            Element link = document.selectFirst("#navigation-principale a:containsOwn(Inscription)");
            assertNotNull(link, file);
            assertEquals(site.siteDir().resolve("inscription.html").normalize(),
                    site.siteDir().resolve(file).resolveSibling(link.attr("href")).normalize(), file);
        }
        assertEquals("page", page.selectFirst("#navigation-principale a:containsOwn(Inscription)").attr("aria-current"));
    }

    @Test
    void everyOpenSessionHasARegisterLinkOnItsPageAndItsCard() throws IOException {
        Document session = parse(site.siteDir().resolve("webinaires/2021-01-13-sante.html"));
        Element link = session.selectFirst("a.daect-register");
        assertEquals("../inscription.html?session=2021-01-13-sante", link.attr("href"));
        assertEquals("S’inscrire au webinaire « La santé »", link.text());

        Document home = parse(site.siteDir().resolve("index.html"));
        assertEquals(10, home.select(".daect-listing .fr-card a.daect-register").size());
        assertNotNull(home.selectFirst("[data-next] .fr-card a.daect-register[href=inscription.html?session=2020-10-26-cooperation-franco-marocaine]"),
                "the next session's register link");
        assertNotNull(home.selectFirst(".fr-card a.daect-register[href=inscription.html?session=2021-02-17-programme-expe-ct]"));
    }

    @Test
    void thePersonalDataPageSaysWhoWhyHowLongTheRightsAndWhomToWriteTo() throws IOException {
        Document privacy = parse(site.siteDir().resolve("donnees-personnelles.html"));
        String text = privacy.selectFirst("main").text();
        assertTrue(text.contains("Délégation pour l'action extérieure des collectivités territoriales (DAECT) du ministère de l'Europe et des Affaires étrangères"), text);
        assertTrue(text.contains("vous envoyer"), text);
        // Unconfirmed by the DAECT (privacy.retention.months empty): marked so, never a guessed duration.
        assertTrue(text.contains("Durée de conservation : à confirmer par la DAECT."), text);
        assertFalse(text.contains("mois après votre inscription"), text);
        for (String right : List.of("accéder", "rectifier", "effacer", "vous opposer", "limitation")) {
            assertTrue(text.contains(right), right);
        }
        assertNotNull(privacy.selectFirst("a[href=mailto:secretariat.dgm-aect@diplomatie.gouv.fr]"));
        assertNotNull(privacy.selectFirst("a[href^=https://www.cnil.fr/]"));
        assertNotNull(privacy.selectFirst("footer a[href=donnees-personnelles.html]"));
    }

    @Test
    void theThankYouPageIsInFrench() throws IOException {
        Document thanks = parse(site.siteDir().resolve("inscription-merci.html"));
        assertEquals("fr", thanks.selectFirst("html").attr("lang"));
        assertEquals("Merci pour votre inscription", thanks.selectFirst("h1").text());
        assertTrue(thanks.selectFirst("main").text().contains("quelques jours avant le webinaire choisi"));
    }

    @Test
    void whenNoSessionIsOpenThePageGivesTheSecretariatsAddressInsteadOfAForm() throws IOException {
        Document closed = parse(publishedSite().resolve("inscription.html"));

        assertTrue(closed.select("form:not([role=search])").isEmpty());
        assertTrue(closed.selectFirst("main").text().contains("Aucun webinaire n’est ouvert aux inscriptions pour le moment"));
        assertNotNull(closed.selectFirst("main a[href=mailto:secretariat.dgm-aect@diplomatie.gouv.fr]"));
        assertTrue(parse(publishedSite().resolve("index.html")).select("a.daect-register").isEmpty(), "no past session offers registration");
        assertFalse(parse(publishedSite().resolve("webinaires/2021-01-13-sante.html")).select("a.daect-register").size() > 0);
    }
}
