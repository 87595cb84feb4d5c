package fr.gouv.diplomatie.daect.programme.check;

import java.util.function.Consumer;

/**
 * A rule over all pages at once (for example, titles that must differ from page to page): it sees each page,
 * from several threads and in any order, and keeps what it needs of it; then it reports.
 */
public interface SiteCheck {

    void see(Page page);

    /** Once every page was seen. */
    void report(Consumer<Problem> report);
}
