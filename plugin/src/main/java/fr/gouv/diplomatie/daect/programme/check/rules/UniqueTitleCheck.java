package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import fr.gouv.diplomatie.daect.programme.check.SiteCheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Two pages with the same title cannot be told apart in tabs, history and search results. */
public final class UniqueTitleCheck implements SiteCheck {

    private final Map<String, String> firstPageByTitle = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    @Override
    public void see(Page page) {
        String title = page.document().title().strip();
        if (title.isEmpty()) {
            return;
        }
        String first = firstPageByTitle.putIfAbsent(title, page.path());
        if (first != null) {
            problems.add(new Problem(page.path(), "même titre que " + first + " : « " + title + " »", "head > title"));
        }
    }

    @Override
    public void report(Consumer<Problem> report) {
        problems.forEach(report);
    }
}
