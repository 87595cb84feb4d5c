package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import fr.gouv.diplomatie.daect.programme.check.SiteCheck;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;

/** Two pages with the same title cannot be told apart in tabs, history and search results. */
public final class UniqueTitleCheck implements SiteCheck {

    /** The pages of each title, in path order; pages may be seen from several threads, in any order. */
    private final Map<String, Set<String>> pagesByTitle = new ConcurrentHashMap<>();

    @Override
    public void see(Page page) {
        String title = page.document().title().strip();
        if (!title.isEmpty()) {
            pagesByTitle.computeIfAbsent(title, t -> new ConcurrentSkipListSet<>()).add(page.path());
        }
    }

    @Override
    public void report(Consumer<Problem> report) {
        pagesByTitle.forEach((title, pages) -> {
            String first = pages.iterator().next();
            pages.stream().skip(1).forEach(path ->
                    report.accept(new Problem(path, "même titre que " + first + " : « " + title + " »", "head > title")));
        });
    }
}
