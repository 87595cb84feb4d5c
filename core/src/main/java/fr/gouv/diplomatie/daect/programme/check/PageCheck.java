package fr.gouv.diplomatie.daect.programme.check;

import java.util.function.Consumer;

/** One rule over one page; {@link BakedSite} lets it look at the other files of the site. */
public interface PageCheck {

    void check(Page page, BakedSite site, Consumer<Problem> report);
}
