package fr.gouv.diplomatie.daect.programme.check.rules;

import fr.gouv.diplomatie.daect.programme.check.Page;
import fr.gouv.diplomatie.daect.programme.check.Problem;
import fr.gouv.diplomatie.daect.programme.check.SiteCheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Two pages with the same title cannot be told apart in tabs, history and search results. */
public final class UniqueTitleCheck implements SiteCheck {

    @Override
    public void check(List<Page> pages, Consumer<Problem> report) {
        Map<String, String> firstPageByTitle = new HashMap<>();
        for (Page page : pages) {
            String title = page.document().title().strip();
            if (title.isEmpty()) {
                continue;
            }
            String first = firstPageByTitle.putIfAbsent(title, page.path());
            if (first != null) {
                report.accept(new Problem(page.path(), "même titre que " + first + " : « " + title + " »", "head > title"));
            }
        }
    }
}
