package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * A page of the baked site as the steps that read the pages get it: its file, its bytes (UTF-8) and its head.
 * {@link #readAll} reads each page once for all of them.
 */
public record BakedPage(Path file, byte[] html, PageHead head) {

    /** What {@code collector} keeps of every HTML page under {@code site}, the pages read on every core. */
    public static <T> T collect(Path site, Collector<BakedPage, ?, T> collector) {
        PageCollection.Collecting<T, ?> collecting = PageCollection.Collecting.of(collector);
        readAll(site, collecting::newReader, null);
        return collecting.result();
    }

    /**
     * Reads every HTML page under {@code site} once, the largest first, and gives it to the reader of the worker that
     * read it ({@code newReader} makes one per worker), on {@code threads} ({@code null}: on every core); how many
     * pages there are.
     */
    static int readAll(Path site, Supplier<Consumer<BakedPage>> newReader, Workers threads) {
        if (!Files.isDirectory(site)) {
            return 0;
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.getFileName().toString().endsWith(".html")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.function.BiConsumer<Consumer<BakedPage>, Path> read = (reader, file) -> {
            byte[] html;
            try {
                html = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader.accept(new BakedPage(file, html, PageHead.of(html)));
        };
        if (threads == null) {
            LargestFirst.forEach(pages, newReader, read);
        } else {
            LargestFirst.forEach(threads, pages, newReader, read);
        }
        return pages.size();
    }
}
