package fr.gouv.diplomatie.daect.programme.publish;

import fr.gouv.diplomatie.daect.programme.bake.BakedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SitemapStepTest {

    @TempDir
    Path site;

    private void page(String path, String head) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html lang=\"fr\"><head><title>é</title>" + head + "</head><body><p>Contenu</p></body></html>");
    }

    @Test
    void listsTheCanonicalAddressOfEveryIndexablePageInPathOrder() throws IOException {
        String host = "https://example.org/webinaires/";
        page("index.html", "<link rel=\"canonical\" href=\"" + host + "\">");
        page("webinaires/sante.html", "<meta name=\"description\" content=\"" + "é".repeat(6000) + "\">"
                + "<link rel=\"canonical\" href=\"" + host + "webinaires/sante.html\">");
        page("404.html", "<meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"" + host + "404.html\">");
        page("brouillon.html", "");

        new SitemapStep(host).write(site);

        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/webinaires/</loc></url>
                  <url><loc>https://example.org/webinaires/webinaires/sante.html</loc></url>
                </urlset>
                """, Files.readString(site.resolve("sitemap.xml")), "a head longer than the first bytes read is read whole");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/webinaires/sitemap.xml\n", Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void writesTheSameSitemapFromThePagesTheBakerGives() throws IOException {
        String host = "https://example.org/webinaires/";
        page("index.html", "<link rel=\"canonical\" href=\"" + host + "\">");
        page("webinaires/b.html", "<link rel=\"canonical\" href=\"" + host + "webinaires/b.html\">");
        page("webinaires/a.html", "<link rel=\"canonical\" href=\"" + host + "webinaires/a.html\">");
        page("404.html", "<meta name=\"robots\" content=\"noindex\"><link rel=\"canonical\" href=\"" + host + "404.html\">");
        SitemapStep step = new SitemapStep(host);
        step.write(site);
        String readByItself = Files.readString(site.resolve("sitemap.xml"));

        Files.delete(site.resolve("sitemap.xml"));
        step.write(site, BakedPage.collect(site, step.pages()));

        assertEquals(readByItself, Files.readString(site.resolve("sitemap.xml")));
        assertEquals(3, readByItself.split("<url>").length - 1, readByItself);
    }
}
