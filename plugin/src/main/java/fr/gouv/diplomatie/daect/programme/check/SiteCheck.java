package fr.gouv.diplomatie.daect.programme.check;

import java.util.List;
import java.util.function.Consumer;

/** A rule over all pages at once (for example, titles that must differ from page to page). */
public interface SiteCheck {

    void check(List<Page> pages, Consumer<Problem> report);
}
