package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A page of the baked site as the steps that read the pages get it: its file, its bytes (UTF-8) and its head.
 * {@link #readAll} reads each page once for all of them.
 */
public record BakedPage(Path file, byte[] html, PageHead head) {

    /**
     * Reads every HTML page under {@code site} once, on every core, the largest first, and gives it to each
     * reader (from several threads at once); how many pages there are.
     */
    public static int readAll(Path site, List<Consumer<BakedPage>> readers) {
        return readAll(site, readers, null);
    }

    /** The same, on the bake's threads ({@code threads} null: on every core). */
    static int readAll(Path site, List<Consumer<BakedPage>> readers, Workers threads) {
        if (!Files.isDirectory(site)) {
            return 0;
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.getFileName().toString().endsWith(".html")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (readers.isEmpty()) {
            return pages.size();
        }
        java.util.function.BiConsumer<Object, Path> read = (ignored, file) -> {
            byte[] html;
            try {
                html = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            BakedPage page = new BakedPage(file, html, PageHead.of(html));
            readers.forEach(reader -> reader.accept(page));
        };
        if (threads == null) {
            LargestFirst.forEach(pages, () -> null, read);
        } else {
            LargestFirst.forEach(threads, pages, () -> null, read);
        }
        return pages.size();
    }
}
