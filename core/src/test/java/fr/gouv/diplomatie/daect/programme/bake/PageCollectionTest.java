package fr.gouv.diplomatie.daect.programme.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pages read once for several page steps, on several threads: each step gets what it would get alone. */
class PageCollectionTest {

    @TempDir
    Path site;

    /** Keeps each page's file name, and writes them, one a line, into {@code name}. */
    private record Names(String name) implements PageStep<SortedSet<String>> {
        @Override
        public String name() {
            return name;
        }

        @Override
        public Collector<BakedPage, ?, SortedSet<String>> pages() {
            return Collectors.mapping(page -> site(page).relativize(page.file()).toString(), Collectors.toCollection(TreeSet::new));
        }

        private static Path site(BakedPage page) {
            Path file = page.file();
            while (!Files.exists(file.getParent().resolve("marker"))) {
                file = file.getParent();
            }
            return file.getParent();
        }

        @Override
        public int write(Path site, SortedSet<String> pages) throws IOException {
            Files.writeString(site.resolve(name), String.join("\n", pages), StandardCharsets.UTF_8);
            return 1;
        }
    }

    @Test
    void eachStepGetsEveryPageWhateverTheThreads() throws IOException {
        Files.writeString(site.resolve("marker"), "");
        for (int i = 0; i < 200; i++) {
            Path page = site.resolve("p" + (i % 7)).resolve("page-" + i + ".html");
            Files.createDirectories(page.getParent());
            // Pages of different sizes, so that the largest-first order differs from the files' order.
            Files.writeString(page, "<html><head><title>" + "x".repeat(i * 13 % 500) + "</title></head></html>");
        }
        Names first = new Names("first.txt");
        Names second = new Names("second.txt");
        String alone = String.join("\n", BakedPage.collect(site, first.pages()));

        for (int threads : List.of(1, 2, 4)) {
            try (Workers workers = Workers.of(threads)) {
                PageCollection collection = new PageCollection(List.of(first, second));
                assertEquals(200, collection.read(site, workers));
                for (PageCollection.Pending<?> pending : collection.steps()) {
                    assertEquals(1, pending.write(site));
                }
            }
            assertEquals(alone, Files.readString(site.resolve("first.txt")), threads + " threads");
            assertEquals(alone, Files.readString(site.resolve("second.txt")), threads + " threads");
        }
        assertEquals(200, alone.lines().count());
    }
}
