package fr.gouv.diplomatie.daect.programme.check;

import java.util.function.Consumer;

/** One rule over one page; {@link AuditedSite} lets it look at the other files of the site. */
public interface PageCheck {

    void check(Page page, AuditedSite site, Consumer<Problem> report);
}
