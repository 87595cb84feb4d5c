package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Collector;

/**
 * The baked pages read once for all the {@link PageStep}s of a bake: each worker gives each page it reads to its own
 * container of each step's collector; the containers are joined once every page is read.
 */
final class PageCollection {

    private final List<Pending<?>> steps;

    PageCollection(List<PageStep<?>> steps) {
        this.steps = steps.stream().<Pending<?>>map(Pending::of).toList();
    }

    /** Reads every page of {@code site} for every step, on {@code threads}; how many pages there are. */
    int read(Path site, Workers threads) {
        return BakedPage.readAll(site, () -> {
            List<Consumer<BakedPage>> readers = steps.stream().map(step -> step.collecting().newReader()).toList();
            return page -> readers.forEach(reader -> reader.accept(page));
        }, threads);
    }

    /** The steps, each ready to write from what it kept of the pages read. */
    List<Pending<?>> steps() {
        return steps;
    }

    /** A step and what it keeps of the pages. */
    record Pending<T>(PageStep<T> step, Collecting<T, ?> collecting) {

        static <T> Pending<T> of(PageStep<T> step) {
            return new Pending<>(step, Collecting.of(step.pages()));
        }

        /** Writes the step's files from the pages read. */
        int write(Path site) throws IOException {
            return step.write(site, collecting.result());
        }
    }

    /** One collector over the pages, with a container for each worker that reads some. */
    static final class Collecting<T, A> {

        private final Collector<BakedPage, A, T> collector;
        private final Queue<A> containers = new ConcurrentLinkedQueue<>();

        private Collecting(Collector<BakedPage, A, T> collector) {
            this.collector = collector;
        }

        static <T> Collecting<T, ?> of(Collector<BakedPage, ?, T> collector) {
            return new Collecting<>(collector);
        }

        /** A new worker's reader, accumulating into a container of its own. */
        Consumer<BakedPage> newReader() {
            A container = collector.supplier().get();
            containers.add(container);
            return page -> collector.accumulator().accept(container, page);
        }

        /** The workers' containers joined, finished. */
        T result() {
            A joined = containers.stream().reduce(collector.combiner()).orElseGet(collector.supplier());
            return collector.finisher().apply(joined);
        }
    }
}
