package fr.gouv.diplomatie.daect.programme.benchmark;

import fr.gouv.diplomatie.daect.programme.log.BuildLog;
import fr.gouv.diplomatie.daect.programme.bake.BakeReport;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import fr.gouv.diplomatie.daect.programme.check.SiteChecker;
import fr.gouv.diplomatie.daect.programme.settings.SiteSettings;
import fr.gouv.diplomatie.daect.programme.site.ValidatedContent;
import fr.gouv.diplomatie.daect.programme.site.SiteBuild;
import fr.gouv.diplomatie.daect.programme.testing.FileTrees;
import fr.gouv.diplomatie.daect.programme.validation.ValidationBenchmark;
import fr.gouv.diplomatie.daect.programme.validation.ValidationReport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rerunnable benchmark of the whole build (not a test: nothing is timed in the test suite).
 * Generates N valid sessions ({@link ValidationBenchmark#generate}) in a temporary project with a copy
 * of this repository's site (settings, tag vocabulary, templates, assets, pages other than sessions), then does what a Maven build does, in this
 * fresh JVM: the validate goal, the bake goal (which validates again, then bakes with JBake and
 * writes the calendars and other files) and the check goal. Prints each step's wall-clock time,
 * the process's CPU time and the peak memory, then the site's heaviest page (raw and gzipped), its deepest session in
 * links from the home page, its bytes per session, the search index's size, and each bake step's time. Run it with
 * {@code core/benchmark/build.sh}.
 */
public final class BuildBenchmark {

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]).toAbsolutePath().normalize();
        int count = Integer.parseInt(args[1]);
        // The script gives a folder it empties once every size has run (see build.sh).
        String workDir = System.getProperty("benchmark.workdir");
        Path dir = workDir == null ? Files.createTempDirectory("programme-benchmark-" + count + "-")
                : Files.createTempDirectory(Path.of(workDir), "programme-benchmark-" + count + "-");
        try {
            // The validation benchmark's programme (valid sessions, one a day), in a copy of this site.
            ValidationBenchmark.generate(dir, count);
            copySite(repository, dir);
            int runs = Integer.getInteger("runs", 1);
            for (int run = 1; run <= runs; run++) {
                run(dir, count);
            }
        } finally {
            if (System.getProperty("keep") == null && workDir == null) {
                deleteRecursively(dir);
            } else if (workDir == null) {
                System.out.println("Projet conservé : " + dir);
            }
        }
    }

    private static void run(Path dir, int count) throws Exception {
        SiteSettings settings = SiteSettings.load(dir, Map.of("programme.today", "2021-01-01"));
        Path output = dir.resolve("target/www");

        // -Dtimeline=true: how many cores the process keeps busy, every 100 ms (where the build leaves a core idle).
        Thread timeline = Boolean.getBoolean("timeline") ? startTimeline() : null;
        long cpu0 = processCpu();
        long thread0 = threadCpu();
        long t0 = System.nanoTime();
        // As the validate goal, then the bake goal, which takes up the validated content: one SiteBuild per goal.
        ValidatedContent validated = new SiteBuild(dir, output, settings, Clock.systemUTC(), false, BuildLog.silent()).validate();
        ValidationReport report = validated.report();
        if (report.fails(false)) {
            throw new IllegalStateException("le programme généré devrait être valide : " + report.diagnostics().get(0).format());
        }
        long t1 = System.nanoTime();
        BakeReport baked = new SiteBuild(dir, output, settings, Clock.systemUTC(), false, BuildLog.silent()).bake(validated);
        long t2 = System.nanoTime();
        long cpuPlugin = processCpu() - cpu0;
        long threadPlugin = threadCpu() - thread0;
        // -Dcheck=false leaves the check goal out (to profile validation and bake alone).
        List<Problem> problems = Boolean.parseBoolean(System.getProperty("check", "true"))
                ? SiteChecker.standard(settings.get(SiteSettings.SITE_HOST, "")).check(output) : List.of();
        long t3 = System.nanoTime();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.size() + " problème(s) dans le site, dont : " + problems.get(0).format("www"));
        }
        Duration calendars = baked.stepTimes().getOrDefault("calendriers", Duration.ZERO);
        System.out.printf("%6d séances | validation %6d ms | cuisson %6d ms (JBake %6d ms, calendriers %5d ms, autres étapes %5d ms) "
                        + "| contrôle %6d ms | greffon (validation + cuisson) %6d ms, CPU %6d ms (fil principal %6d ms) | mémoire : tas max %5d Mio, RSS max %5d Mio | %d pages%n",
                count, ms(t1 - t0), ms(t2 - t1), baked.jbakeTime().toMillis(), calendars.toMillis(),
                baked.stepTimes().values().stream().mapToLong(Duration::toMillis).sum() - calendars.toMillis(),
                ms(t3 - t2), ms(t2 - t0), cpuPlugin / 1_000_000, threadPlugin / 1_000_000, peakHeap() >> 20, peakRss() >> 20, baked.pages());
        // The site's weight and depth at this size, and the time of each step of the bake (Pagefind included).
        System.out.println(SiteMeasure.of(output).format(count));
        StringBuilder steps = new StringBuilder("       étapes :");
        baked.stepTimes().forEach((step, time) -> steps.append(' ').append(step).append(' ').append(time.toMillis()).append(" ms ;"));
        System.out.println(steps);
        if (timeline != null) {
            timeline.interrupt();
            timeline.join();
        }
        if (System.getProperty("steps") != null) {
            System.out.println("       " + baked.summary());
        }
    }

    /** Prints, from now until interrupted, the cores the process used in each tenth of a second, 20 figures a line. */
    private static Thread startTimeline() {
        Thread sampler = new Thread(() -> {
            long start = System.nanoTime();
            long lastCpu = processCpu();
            long last = start;
            StringBuilder line = new StringBuilder();
            int figures = 0;
            boolean running = true;
            while (running) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    running = false;
                }
                long cpu = processCpu();
                long now = System.nanoTime();
                line.append(String.format(java.util.Locale.ROOT, " %.1f", (double) (cpu - lastCpu) / (now - last)));
                lastCpu = cpu;
                last = now;
                if (++figures == 20 || !running) {
                    System.out.println("  cœurs occupés jusqu'à " + ms(now - start) + " ms :" + line);
                    line.setLength(0);
                    figures = 0;
                }
            }
        }, "benchmark-timeline");
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    /** Copies what makes the site, except the sessions; node_modules is linked (the DSFR is installed once). */
    private static void copySite(Path repository, Path dir) throws IOException {
        for (String name : List.of("jbake.properties", "tags.properties", "package.json", "package-lock.json")) {
            if (Files.exists(repository.resolve(name))) {
                // The installer compares the lock file's date with the installed packages': keep it.
                Files.copy(repository.resolve(name), dir.resolve(name), StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String folder : List.of("templates", "assets")) {
            FileTrees.copy(repository.resolve(folder), dir.resolve(folder), StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Stream<Path> pages = Files.list(repository.resolve("content"))) {
            for (Path page : pages.filter(Files::isRegularFile).toList()) {
                FileTrees.copy(page, dir.resolve("content").resolve(page.getFileName().toString()),
                        StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path modules = repository.resolve("node_modules");
        if (!Files.isDirectory(modules)) {
            throw new IllegalStateException("le DSFR n'est pas installé dans " + repository + " : lancez d'abord mvn package");
        }
        Files.createSymbolicLink(dir.resolve("node_modules"), modules);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The benchmark thread's own CPU time: without the compiler and collector threads, and the steadier figure on a busy machine. */
    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The sum of the heap pools' peaks: an upper bound of the live heap at its highest. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    }

    /** The process's peak resident memory (Linux), or -1. */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: no figure.
        }
        return -1;
    }
}
