package fr.gouv.diplomatie.daect.programme.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Works through files on every core, the largest first, each worker taking the next file as soon as it is done
 * with one. A site's few listing pages are hundreds of times larger than a session's page, and a parallel stream,
 * which splits a list by position, left them all to one core at the end (a second at 20,000 sessions).
 */
public final class LargestFirst {

    private LargestFirst() {
    }

    /**
     * Gives each file to {@code work}, with the state of the worker handling it ({@code newState} makes one per
     * worker); returns the workers' states, for the caller to join.
     */
    public static <S> List<S> forEach(List<Path> files, Supplier<S> newState, BiConsumer<S, Path> work) {
        List<Path> order = largestFirst(files);
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), order.size()));
        return IntStream.range(0, workers).parallel().mapToObj(worker -> drain(order, next, newState, work)).toList();
    }

    /** The same, on the bake's {@link Workers} (in the caller's thread alone when the bake runs on one thread). */
    public static <S> List<S> forEach(Workers threads, List<Path> files, Supplier<S> newState, BiConsumer<S, Path> work) {
        List<Path> order = largestFirst(files);
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads.threads(), order.size()));
        List<S> states = new java.util.concurrent.CopyOnWriteArrayList<>();
        threads.runEach(workers, worker -> states.add(drain(order, next, newState, work)));
        return new java.util.ArrayList<>(states); // states may be null
    }

    private static <S> S drain(List<Path> order, AtomicInteger next, Supplier<S> newState, BiConsumer<S, Path> work) {
        S state = newState.get();
        for (int i = next.getAndIncrement(); i < order.size(); i = next.getAndIncrement()) {
            work.accept(state, order.get(i));
        }
        return state;
    }

    private static List<Path> largestFirst(List<Path> files) {
        Map<Path, Long> sizes = files.stream().collect(Collectors.toMap(Function.identity(), LargestFirst::size, (a, b) -> a));
        return files.stream().sorted(Comparator.comparing(sizes::get).reversed()).toList();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // read (and reported) by the work itself
        }
    }
}
