package fr.gouv.diplomatie.daect.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The site baked by the build ({@code target/www}), read with jsoup as a visitor's browser would get it. */
public final class BakedSite {

    private BakedSite() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("site.dir", "target/www"));
    }

    public static Document page(String path) {
        Path file = dir().resolve(path);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://site.test/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("page absente du site cuit : " + path, e);
        }
    }

    public static List<String> pages() {
        try (Stream<Path> files = Files.walk(dir())) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> dir().relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
