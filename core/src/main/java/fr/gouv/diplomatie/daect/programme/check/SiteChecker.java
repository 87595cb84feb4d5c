package fr.gouv.diplomatie.daect.programme.check;

import fr.gouv.diplomatie.daect.programme.bake.LargestFirst;
import fr.gouv.diplomatie.daect.programme.check.rules.ExampleAddressCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.FieldLabelCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.ImageAltCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.LandmarkCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.LanguageCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.MetadataCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.ReferenceCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.SingleHeadingCheck;
import fr.gouv.diplomatie.daect.programme.check.rules.UniqueTitleCheck;

import fr.gouv.diplomatie.daect.programme.check.rules.CalendarFileCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Runs every check over the baked site and lists every problem found. */
public final class SiteChecker {

    private final List<PageCheck> pageChecks;
    private final List<Supplier<SiteCheck>> siteChecks;
    private final List<FileCheck> fileChecks;

    /** @param siteChecks each makes a new check for each run (a site check keeps what it saw of the pages) */
    public SiteChecker(List<PageCheck> pageChecks, List<Supplier<SiteCheck>> siteChecks, List<FileCheck> fileChecks) {
        this.pageChecks = List.copyOf(pageChecks);
        this.siteChecks = List.copyOf(siteChecks);
        this.fileChecks = List.copyOf(fileChecks);
    }

    /** The checks of a French public site; {@code siteHost} is where it is published. */
    public static SiteChecker standard(String siteHost) {
        return new SiteChecker(
                List.of(new ReferenceCheck(siteHost), new LanguageCheck(), new MetadataCheck(), new SingleHeadingCheck(),
                        new LandmarkCheck(), new ImageAltCheck(), new FieldLabelCheck(), new ExampleAddressCheck()),
                List.of(UniqueTitleCheck::new),
                List.of(new CalendarFileCheck()));
    }

    /** The other files are checked on a thread of their own while the pages are checked on every core. */
    public List<Problem> check(Path siteFolder) {
        AuditedSite site = new AuditedSite(siteFolder);
        CompletableFuture<List<Problem>> files = CompletableFuture.supplyAsync(() -> checkFiles(site), SECOND_THREAD);
        List<SiteCheck> siteChecks = this.siteChecks.stream().map(Supplier::get).toList();
        // Pages on every core, the largest first (the listing pages, thousands of sessions each, were left to one core
        // at the end), each parsed, checked and dropped; the problems in one list.
        List<Path> pages = site.pagePaths().stream().map(site.root()::resolve).toList();
        List<Problem> problems = new ArrayList<>();
        LargestFirst.forEach(pages, ArrayList<Problem>::new, (found, file) -> {
            Page page = site.page(site.relative(file)).orElseThrow();
            for (PageCheck check : pageChecks) {
                check.check(page, site, found::add);
            }
            for (SiteCheck check : siteChecks) {
                check.see(page);
            }
        }).forEach(problems::addAll);
        for (SiteCheck check : siteChecks) {
            check.report(problems::add);
        }
        problems.addAll(files.join());
        problems.sort(Comparator.comparing(Problem::page).thenComparing(Problem::message));
        return problems;
    }

    private List<Problem> checkFiles(AuditedSite site) {
        List<Problem> problems = new ArrayList<>();
        if (fileChecks.isEmpty()) {
            return problems;
        }
        List<String> paths;
        try (Stream<Path> files = Files.walk(site.root())) {
            paths = files.filter(Files::isRegularFile).map(site::relative).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FileCheck check : fileChecks) {
            check.check(site.root(), paths.stream().filter(check::reads).toList(), problems::add);
        }
        return problems;
    }

    private static final Executor SECOND_THREAD = task -> {
        Thread thread = new Thread(task, "controle-fichiers");
        thread.setDaemon(true);
        thread.start();
    };
}
